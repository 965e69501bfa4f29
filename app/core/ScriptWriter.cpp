#include "core/JsonWriters.h"
#include "core/Metric.h"

#include <QJsonArray>

namespace tp {

namespace {

QJsonValue centiValue(Centi value)
{
    return centiToDouble(value);
}

QJsonObject conditionToJson(const Condition &condition)
{
    QJsonObject object{{QStringLiteral("item"), condition.itemId}};
    switch (condition.op) {
    case ConditionOperator::Equals:
        object.insert(QStringLiteral("equals"), condition.values.at(0));
        break;
    case ConditionOperator::OneOf:
        object.insert(QStringLiteral("oneOf"), condition.values);
        break;
    case ConditionOperator::Above:
        object.insert(QStringLiteral("above"), condition.threshold);
        break;
    case ConditionOperator::Below:
        object.insert(QStringLiteral("below"), condition.threshold);
        break;
    }
    return object;
}

QJsonObject itemToJson(const Item &item)
{
    QJsonObject object{{QStringLiteral("id"), item.id}, {QStringLiteral("prompt"), item.prompt}};
    if (item.metric)
        object.insert(QStringLiteral("metric"), metricName(*item.metric));
    else
        object.insert(QStringLiteral("type"), itemTypeName(item.type));
    if (!item.guidance.isEmpty())
        object.insert(QStringLiteral("guidance"), item.guidance);
    if (item.points)
        object.insert(QStringLiteral("points"), centiValue(*item.points));
    if (item.type == ItemType::YesNo && !item.goodAnswer)
        object.insert(QStringLiteral("good"), QStringLiteral("no"));
    if (item.min)
        object.insert(QStringLiteral("min"), *item.min);
    if (item.max)
        object.insert(QStringLiteral("max"), *item.max);
    if (!item.unit.isEmpty())
        object.insert(QStringLiteral("unit"), item.unit);
    if (!item.options.isEmpty()) {
        QJsonArray options;
        for (const Option &option : item.options) {
            QJsonObject o{{QStringLiteral("id"), option.id},
                          {QStringLiteral("label"), option.label}};
            if (option.points != 0)
                o.insert(QStringLiteral("points"), centiValue(option.points));
            options.append(o);
        }
        object.insert(QStringLiteral("options"), options);
    }
    if (!item.bands.isEmpty()) {
        QJsonArray bands;
        for (const Band &band : item.bands) {
            QJsonObject b{{QStringLiteral("points"), centiValue(band.points)}};
            if (band.min)
                b.insert(QStringLiteral("min"), *band.min);
            if (band.max)
                b.insert(QStringLiteral("max"), *band.max);
            bands.append(b);
        }
        object.insert(QStringLiteral("bands"), bands);
    }
    if (item.allowNA)
        object.insert(QStringLiteral("allowNA"), true);
    if (item.critical)
        object.insert(QStringLiteral("critical"), true);
    if (item.required)
        object.insert(QStringLiteral("required"), true);
    if (item.showIf)
        object.insert(QStringLiteral("showIf"), conditionToJson(*item.showIf));
    return object;
}

} // namespace

QJsonValue centiToJson(std::optional<Centi> value)
{
    return value ? QJsonValue(centiToDouble(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject scriptToJson(const Script &script)
{
    QJsonArray sections;
    for (const Section &section : script.sections) {
        QJsonArray items;
        for (int index : section.items)
            items.append(itemToJson(script.items[index]));
        QJsonObject object{{QStringLiteral("id"), section.id},
                           {QStringLiteral("title"), section.title},
                           {QStringLiteral("touchpoint"), section.touchpoint},
                           {QStringLiteral("department"), section.department},
                           {QStringLiteral("weight"), centiValue(section.weight)},
                           {QStringLiteral("items"), items}};
        if (!section.description.isEmpty())
            object.insert(QStringLiteral("description"), section.description);
        sections.append(object);
    }
    QJsonObject root{{QStringLiteral("id"), script.id},
                     {QStringLiteral("version"), script.version},
                     {QStringLiteral("title"), script.title},
                     {QStringLiteral("channel"), channelName(script.channel)},
                     {QStringLiteral("passMark"), centiValue(script.passMark)},
                     {QStringLiteral("sections"), sections}};
    if (!script.description.isEmpty())
        root.insert(QStringLiteral("description"), script.description);
    if (script.criticalCap != 0)
        root.insert(QStringLiteral("criticalCap"), centiValue(script.criticalCap));
    return root;
}

} // namespace tp
