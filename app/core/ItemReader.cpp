// Reads one script item: its type (or timeline metric), scoring fields and showIf condition.

#include "core/Metric.h"
#include "core/ScriptLoaderParts.h"

#include <algorithm>
#include <cmath>

namespace tp::detail {

namespace {

constexpr int kMaxOptions = 100;
constexpr int kMaxBands = 50;
constexpr int kMaxScaleSteps = 1000;
constexpr qint64 kMaxScaleBound = 1000000000; // keeps every scale value exact in a double

bool typeAllows(ItemType type, const char *field)
{
    const QLatin1String name(field);
    if (name == QLatin1String("points"))
        return type == ItemType::YesNo || type == ItemType::Scale;
    if (name == QLatin1String("good"))
        return type == ItemType::YesNo;
    if (name == QLatin1String("min") || name == QLatin1String("max"))
        return type == ItemType::Scale || type == ItemType::Number;
    if (name == QLatin1String("unit"))
        return type == ItemType::Number;
    if (name == QLatin1String("options"))
        return type == ItemType::Choice || type == ItemType::Checklist;
    if (name == QLatin1String("bands"))
        return isNumericType(type);
    return true;
}

void rejectFieldsNotFor(JsonFields &fields, ItemType type)
{
    for (const char *field : {"points", "good", "min", "max", "unit", "options", "bands"}) {
        if (fields.has(field) && !typeAllows(type, field)) {
            fields.raw(field);
            fields.error(QStringLiteral("field_not_allowed"),
                         QStringLiteral("'%1' is not used by %2 items")
                             .arg(QLatin1String(field), itemTypeName(type)));
        }
    }
}

std::optional<ItemType> readTypeAndMetric(JsonFields &fields, const ItemContext &context,
                                          Item &item)
{
    std::optional<ItemType> declared;
    bool typeUnusable = false;
    if (const auto typeName = fields.text("type", Need::Optional, 40)) {
        declared = itemTypeFromName(*typeName);
        if (!declared) {
            typeUnusable = true;
            fields.error(QStringLiteral("unknown_type"),
                         QStringLiteral("unknown item type \"%1\" (expected one of yesno, scale, "
                                        "nps, choice, checklist, number, duration, count, text, "
                                        "photo)")
                             .arg(typeName->left(40)));
        }
    } else if (fields.has("type")) {
        typeUnusable = true;
    }

    if (const auto metricName = fields.text("metric", Need::Optional, 40)) {
        const auto metric = metricFromName(*metricName);
        if (!metric) {
            fields.error(
                QStringLiteral("unknown_metric"),
                QStringLiteral("unknown timeline metric \"%1\"").arg(metricName->left(40)));
            return std::nullopt;
        }
        if (metricChannel(*metric) != context.channel) {
            fields.error(QStringLiteral("metric_wrong_channel"),
                         QStringLiteral("metric \"%1\" belongs to %2 scripts, not %3 scripts")
                             .arg(*metricName, channelName(metricChannel(*metric)),
                                  channelName(context.channel)));
            return std::nullopt;
        }
        item.metric = *metric;
        if (declared && *declared != metricItemType(*metric)) {
            fields.error(
                QStringLiteral("metric_type_mismatch"),
                QStringLiteral("metric \"%1\" gives a %2, so the item cannot be of type %3")
                    .arg(*metricName, itemTypeName(metricItemType(*metric)),
                         itemTypeName(*declared)));
            return std::nullopt;
        }
        return metricItemType(*metric);
    }
    if (!declared && !typeUnusable && !fields.has("metric"))
        fields.error(QStringLiteral("missing_field"),
                     QStringLiteral("'type' is missing (or bind the item to a timeline 'metric')"));
    return declared;
}

void readOptions(JsonFields &fields, Item &item)
{
    const auto options = fields.array("options", Need::Required, kMaxOptions);
    if (!options)
        return;
    const int minimum = item.type == ItemType::Choice ? 2 : 1;
    if (options->size() < minimum) {
        fields.error(QStringLiteral("too_few_options"),
                     QStringLiteral("a %1 item needs at least %2 options, it has %3")
                         .arg(itemTypeName(item.type))
                         .arg(minimum)
                         .arg(options->size()));
    }
    for (int i = 0; i < options->size(); ++i) {
        const QString path = fields.path() + QStringLiteral("/options[%1]").arg(i);
        const QJsonValue value = options->at(i);
        if (!value.isObject()) {
            fields.issues().append(
                {path, QStringLiteral("wrong_type"),
                 QStringLiteral("an option must be an object, not ") + jsonTypeName(value)});
            continue;
        }
        const QJsonObject object = value.toObject();
        JsonFields optionFields(object, fields.path(), "options", i, fields.issues());
        Option option;
        option.id = optionFields.identifier("id", Need::Required).value_or(QString());
        option.label = optionFields.text("label", Need::Required, 200).value_or(QString());
        option.points = readPoints(optionFields, "points", Need::Optional).value_or(0);
        optionFields.reportUnknownFields();
        if (!option.id.isEmpty() && item.optionIndex(option.id) >= 0)
            optionFields.error(QStringLiteral("duplicate_option"),
                               QStringLiteral("option id \"%1\" is used twice").arg(option.id));
        item.options.append(std::move(option));
    }
}

void readBands(JsonFields &fields, Item &item)
{
    const auto bands = fields.array("bands", Need::Required, kMaxBands);
    if (!bands)
        return;
    if (bands->isEmpty()) {
        fields.error(QStringLiteral("no_bands"),
                     QStringLiteral("'bands' is empty; leave it out to record the value unscored"));
        return;
    }
    for (int i = 0; i < bands->size(); ++i) {
        const QString path = fields.path() + QStringLiteral("/bands[%1]").arg(i);
        const QJsonValue value = bands->at(i);
        if (!value.isObject()) {
            fields.issues().append(
                {path, QStringLiteral("wrong_type"),
                 QStringLiteral("a band must be an object, not ") + jsonTypeName(value)});
            continue;
        }
        const QJsonObject object = value.toObject();
        JsonFields bandFields(object, fields.path(), "bands", i, fields.issues());
        Band band;
        band.min = bandFields.number("min", Need::Optional);
        band.max = bandFields.number("max", Need::Optional);
        band.points = readPoints(bandFields, "points", Need::Required).value_or(0);
        bandFields.reportUnknownFields();
        if (band.min && band.max && *band.min > *band.max)
            bandFields.error(
                QStringLiteral("invalid_band"),
                QStringLiteral("'min' %1 is above 'max' %2").arg(*band.min).arg(*band.max));
        item.bands.append(band);
    }
}

void readRange(JsonFields &fields, Item &item)
{
    const Need need = item.type == ItemType::Scale ? Need::Required : Need::Optional;
    if (item.type == ItemType::Scale) {
        const auto min = fields.integer("min", need);
        const auto max = fields.integer("max", need);
        if (min && max) {
            if (*min >= *max || *max - *min > kMaxScaleSteps || *min < -kMaxScaleBound ||
                *max > kMaxScaleBound)
                fields.error(QStringLiteral("invalid_scale"),
                             QStringLiteral("a scale needs 'min' below 'max' and at most %1 steps, "
                                            "within -1000000000..1000000000, not %2..%3")
                                 .arg(kMaxScaleSteps)
                                 .arg(*min)
                                 .arg(*max));
            item.min = double(*min);
            item.max = double(*max);
        }
        return;
    }
    item.min = fields.number("min", need);
    item.max = fields.number("max", need);
    if (item.min && item.max && *item.min >= *item.max)
        fields.error(
            QStringLiteral("invalid_range"),
            QStringLiteral("'min' %1 must be below 'max' %2").arg(*item.min).arg(*item.max));
}

bool conditionValueIsScalar(const QJsonValue &value)
{
    return value.isBool() || value.isDouble() || value.isString();
}

void readCondition(JsonFields &fields, Item &item)
{
    const auto object = fields.object("showIf", Need::Optional);
    if (!object)
        return;
    JsonFields conditionFields(*object, fields.path() + QStringLiteral("/showIf"), fields.issues());
    Condition condition;
    condition.itemId = conditionFields.identifier("item", Need::Required).value_or(QString());
    int operators = 0;
    bool valid = !condition.itemId.isEmpty();
    if (conditionFields.has("equals")) {
        ++operators;
        condition.op = ConditionOperator::Equals;
        const QJsonValue value = conditionFields.raw("equals");
        if (!conditionValueIsScalar(value)) {
            conditionFields.error(QStringLiteral("wrong_type"),
                                  QStringLiteral("'equals' must be true, false, a number or a "
                                                 "string, not ") +
                                      jsonTypeName(value));
            valid = false;
        }
        condition.values = QJsonArray{value};
    }
    if (conditionFields.has("oneOf")) {
        ++operators;
        condition.op = ConditionOperator::OneOf;
        const auto values = conditionFields.array("oneOf", Need::Required, kMaxOptions);
        if (!values || values->isEmpty() ||
            !std::all_of(values->begin(), values->end(),
                         [](const QJsonValue &v) { return conditionValueIsScalar(v); })) {
            if (values)
                conditionFields.error(QStringLiteral("wrong_type"),
                                      QStringLiteral("'oneOf' must be a non-empty array of "
                                                     "booleans, numbers or strings"));
            valid = false;
        } else {
            condition.values = *values;
        }
    }
    for (const auto &[key, op] : {std::pair{"above", ConditionOperator::Above},
                                  std::pair{"below", ConditionOperator::Below}}) {
        if (!conditionFields.has(key))
            continue;
        ++operators;
        condition.op = op;
        const auto threshold = conditionFields.number(key, Need::Required);
        valid = valid && threshold.has_value();
        condition.threshold = threshold.value_or(0);
    }
    conditionFields.reportUnknownFields();
    if (operators != 1) {
        conditionFields.error(QStringLiteral("invalid_condition"),
                              QStringLiteral("'showIf' needs exactly one of equals, oneOf, above "
                                             "or below; it has %1")
                                  .arg(operators));
        valid = false;
    }
    if (valid)
        item.showIf = condition;
    else
        item.showIf = Condition{}; // keeps the item marked as conditional; the issue is reported
}

Centi possiblePoints(const Item &item)
{
    if (!item.bands.isEmpty()) {
        Centi best = 0;
        for (const Band &band : item.bands)
            best = std::max(best, band.points);
        return best;
    }
    switch (item.type) {
    case ItemType::YesNo:
    case ItemType::Scale:
        return item.pointsOrDefault();
    case ItemType::Choice: {
        Centi best = 0;
        for (const Option &option : item.options)
            best = std::max(best, option.points);
        return best;
    }
    case ItemType::Checklist: {
        Centi sum = 0;
        for (const Option &option : item.options)
            sum += option.points;
        return sum;
    }
    default:
        return 0;
    }
}

} // namespace

std::optional<Item> readItem(const QJsonObject &object, const ItemContext &context, Issues &issues)
{
    const QString candidateId = object.value(QLatin1String("id")).toString();
    const bool validId = isValidIdentifier(candidateId);
    const QString path =
        validId ? joinPath(context.sectionId, candidateId)
                : joinPath(context.sectionId, QStringLiteral("items[%1]").arg(context.position));
    JsonFields fields(object, path, issues);
    const qsizetype issuesBefore = issues.size();

    Item item;
    item.sectionIndex = context.sectionIndex;
    item.id = fields.identifier("id", Need::Required).value_or(QString());
    item.prompt = fields.text("prompt", Need::Required, 500).value_or(QString());
    item.guidance = fields.text("guidance", Need::Optional).value_or(QString());
    item.allowNA = fields.boolean("allowNA").value_or(false);
    item.critical = fields.boolean("critical").value_or(false);
    item.required = fields.boolean("required").value_or(false);
    readCondition(fields, item);

    const auto type = readTypeAndMetric(fields, context, item);
    if (type) {
        item.type = *type;
        rejectFieldsNotFor(fields, item.type);
        if (typeAllows(item.type, "points"))
            item.points = readPoints(fields, "points", Need::Optional);
        if (item.type == ItemType::YesNo) {
            if (const auto good = fields.text("good", Need::Optional, 10)) {
                if (*good == QLatin1String("yes") || *good == QLatin1String("no"))
                    item.goodAnswer = *good == QLatin1String("yes");
                else
                    fields.error(QStringLiteral("invalid_value"),
                                 QStringLiteral("'good' must be \"yes\" or \"no\", not \"%1\"")
                                     .arg(good->left(40)));
            }
        }
        if (typeAllows(item.type, "min"))
            readRange(fields, item);
        if (typeAllows(item.type, "unit"))
            item.unit = fields.text("unit", Need::Optional, 40).value_or(QString());
        if (typeAllows(item.type, "options"))
            readOptions(fields, item);
        if (typeAllows(item.type, "bands") && fields.has("bands")) {
            readBands(fields, item);
            if (item.points)
                fields.error(
                    QStringLiteral("field_not_allowed"),
                    QStringLiteral("'points' is not used when 'bands' score the item; give "
                                   "each band its points"));
        }
    } else {
        // Mark the type-specific fields as seen: with an unknown type they cannot be judged.
        for (const char *field : {"points", "good", "min", "max", "unit", "options", "bands"})
            fields.raw(field);
    }
    fields.reportUnknownFields();

    if (!validId || !type) {
        if (validId)
            context.unusableIds->insert(item.id);
        return std::nullopt;
    }
    item.possible = possiblePoints(item);
    if (issues.size() == issuesBefore && !item.bands.isEmpty())
        checkBandCoverage(item, path, issues);
    if (item.critical && item.possible == 0)
        fields.error(QStringLiteral("critical_unscored"),
                     QStringLiteral("a critical item must be able to earn points; this %1 item "
                                    "earns none")
                         .arg(itemTypeName(item.type)));
    return item;
}

} // namespace tp::detail
