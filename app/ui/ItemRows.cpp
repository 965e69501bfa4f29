#include "ui/ItemRows.h"

#include "ui/LiveClocks.h"

#include <QDir>
#include <QJsonArray>
#include <QUrl>

namespace tp::ui {

namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantList optionRows(const Item &item)
{
    QVariantList rows;
    for (const Option &option : item.options)
        rows << QVariantMap{{QStringLiteral("id"), option.id}, {QStringLiteral("label"), option.label}};
    return rows;
}

QStringList photoUrls(const QStringList &hashes, const QString &folder)
{
    QStringList urls;
    const QDir dir(folder);
    for (const QString &sha : hashes) {
        const QStringList matches = dir.entryList({sha + QStringLiteral(".*")}, QDir::Files);
        if (!matches.isEmpty())
            urls << QUrl::fromLocalFile(dir.filePath(matches.first())).toString();
    }
    return urls;
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
    return {"itemId",   "type",     "prompt",        "guidance",  "critical",    "required",
            "allowNA",  "shown",    "hasValue",      "value",     "notApplicable", "note",
            "photos",   "photoHashes", "options",    "min",       "max",         "unit",
            "isMetric", "measuredText", "answered",  "readOnly"};
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
        {QStringLiteral("photos"), photoUrls(in.answer.photos, in.photoFolder)},
        {QStringLiteral("photoHashes"), in.answer.photos},
        {QStringLiteral("options"), optionRows(item)},
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
