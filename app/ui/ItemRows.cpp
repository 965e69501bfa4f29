#include "ui/ItemRows.h"

#include "ui/LiveClocks.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QUrl>

namespace tp::ui {

namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Each photo with what its delegate needs to show and remove it.
QVariantList photoRows(const QString &itemId, const QStringList &hashes, const QString &folder)
{
    QVariantList rows;
    const QDir dir(folder);
    for (const QString &sha : hashes) {
        const QStringList matches = dir.entryList({sha + QStringLiteral(".*")}, QDir::Files);
        const QString url = matches.isEmpty()
                                ? QString()
                                : QUrl::fromLocalFile(dir.filePath(matches.first())).toString();
        rows << QVariantMap{{QStringLiteral("itemId"), itemId},
                            {QStringLiteral("sha256"), sha},
                            {QStringLiteral("url"), url}};
    }
    return rows;
}

// The answers a shopper can tap for yes/no, scale, NPS, choice and checklist items, each
// carrying what its button needs: the item, the value to save, and whether it is the saved one.
QVariantList choiceRows(const Item &item, const Answer &answer)
{
    QVariantList rows;
    auto add = [&](const QVariant &value, const QString &label, bool selected) {
        rows << QVariantMap{{QStringLiteral("itemId"), item.id},
                            {QStringLiteral("value"), value},
                            {QStringLiteral("label"), label},
                            {QStringLiteral("selected"), selected}};
    };
    const QJsonValue &saved = answer.value;
    switch (item.type) {
    case ItemType::YesNo:
        add(true, QCoreApplication::translate("Touchpoint", "Yes"),
            saved.isBool() && saved.toBool());
        add(false, QCoreApplication::translate("Touchpoint", "No"),
            saved.isBool() && !saved.toBool());
        break;
    case ItemType::Scale:
    case ItemType::Nps: {
        const int first = item.type == ItemType::Nps ? 0 : int(item.min.value_or(1));
        const int last = item.type == ItemType::Nps ? 10 : int(item.max.value_or(5));
        for (int score = first; score <= last; ++score)
            add(score, QString::number(score), saved.isDouble() && saved.toDouble() == score);
        break;
    }
    case ItemType::Choice:
        for (const Option &option : item.options)
            add(option.id, option.label, saved.toString() == option.id);
        break;
    case ItemType::Checklist: {
        const QJsonArray ticked = saved.toArray();
        for (const Option &option : item.options)
            add(option.id, option.label, ticked.contains(option.id));
        break;
    }
    default:
        break;
    }
    return rows;
}

QString measuredText(const Item &item, const ItemScore &score, const Answer &answer)
{
    const bool overridden = !answer.value.isUndefined() && !answer.value.isNull();
    if (!item.metric || overridden || !score.value.isDouble())
        return QString();
    const double value = score.value.toDouble();
    return item.type == ItemType::Count ? QString::number(qRound(value)) : formatClock(value);
}

} // namespace

QList<QByteArray> itemRoleNames()
{
    return {"itemId",       "type",     "prompt",   "guidance", "critical",      "required",
            "allowNA",      "shown",    "hasValue", "value",    "notApplicable", "note",
            "photos",       "choices",  "min",      "max",      "unit",          "isMetric",
            "measuredText", "answered", "readOnly"};
}

QList<QByteArray> sectionRoleNames()
{
    return {"title", "touchpoint", "department", "answered", "shown", "percentText"};
}

QVariantMap makeItemRow(const ItemRowInput &in)
{
    const Item &item = in.script.items.at(in.itemIndex);
    const bool hasValue = !in.answer.value.isUndefined() && !in.answer.value.isNull();
    return {
        {QStringLiteral("itemId"), item.id},
        {QStringLiteral("type"), itemTypeName(item.type)},
        {QStringLiteral("prompt"), item.prompt},
        {QStringLiteral("guidance"), item.guidance},
        {QStringLiteral("critical"), item.critical},
        {QStringLiteral("required"), item.required || item.critical},
        {QStringLiteral("allowNA"), item.allowNA},
        {QStringLiteral("shown"), in.score.state != ItemState::Hidden},
        {QStringLiteral("hasValue"), hasValue},
        {QStringLiteral("value"), hasValue ? in.answer.value.toVariant() : QVariant()},
        {QStringLiteral("notApplicable"), in.answer.notApplicable},
        {QStringLiteral("note"), in.answer.note},
        {QStringLiteral("photos"), photoRows(item.id, in.answer.photos, in.photoFolder)},
        {QStringLiteral("choices"), choiceRows(item, in.answer)},
        {QStringLiteral("min"), optionalNumber(item.min)},
        {QStringLiteral("max"), optionalNumber(item.max)},
        {QStringLiteral("unit"), item.unit},
        {QStringLiteral("isMetric"), item.metric.has_value()},
        {QStringLiteral("measuredText"), measuredText(item, in.score, in.answer)},
        {QStringLiteral("answered"), in.score.state == ItemState::Scored ||
                                         in.score.state == ItemState::Unscored ||
                                         in.score.state == ItemState::NotApplicable},
        {QStringLiteral("readOnly"), in.readOnly},
    };
}

} // namespace tp::ui
