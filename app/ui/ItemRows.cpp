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
QList<PhotoRow> photoRows(const QString &itemId, const QStringList &hashes, const QString &folder)
{
    QList<PhotoRow> rows;
    const QDir dir(folder);
    for (const QString &sha : hashes) {
        const QStringList matches = dir.entryList({sha + QStringLiteral(".*")}, QDir::Files);
        const QString url = matches.isEmpty()
                                ? QString()
                                : QUrl::fromLocalFile(dir.filePath(matches.first())).toString();
        rows << PhotoRow{itemId, sha, url};
    }
    return rows;
}

// The answers a shopper can tap for yes/no, scale, NPS, choice and checklist items, each
// carrying what its button needs: the item, the value to save, and whether it is the saved one.
QList<ChoiceRow> choiceRows(const Item &item, const Answer &answer)
{
    QList<ChoiceRow> rows;
    auto add = [&](const QVariant &value, const QString &label, bool selected) {
        rows << ChoiceRow{item.id, value, label, selected};
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

ItemRow makeItemRow(const ItemRowInput &in)
{
    const Item &item = in.script.items.at(in.itemIndex);
    ItemRow row;
    row.itemId = item.id;
    row.type = item.type;
    row.prompt = item.prompt;
    row.guidance = item.guidance;
    row.critical = item.critical;
    row.required = item.required || item.critical;
    row.allowNA = item.allowNA;
    row.shown = in.score.state != ItemState::Hidden;
    row.hasValue = !in.answer.value.isUndefined() && !in.answer.value.isNull();
    row.value = row.hasValue ? in.answer.value.toVariant() : QVariant();
    row.notApplicable = in.answer.notApplicable;
    row.note = in.answer.note;
    row.photos = photoRows(item.id, in.answer.photos, in.photoFolder);
    row.choices = choiceRows(item, in.answer);
    row.min = optionalNumber(item.min);
    row.max = optionalNumber(item.max);
    row.unit = item.unit;
    row.isMetric = item.metric.has_value();
    row.measuredText = measuredText(item, in.score, in.answer);
    row.answered = in.score.state == ItemState::Scored || in.score.state == ItemState::Unscored ||
                   in.score.state == ItemState::NotApplicable;
    row.readOnly = in.readOnly;
    return row;
}

} // namespace tp::ui
