#include "core/AuditChecker.h"

#include "core/JsonFields.h"
#include "core/Metric.h"

#include <QJsonArray>
#include <cmath>

namespace tp {

namespace {

QString expectedValue(const Item &item)
{
    switch (item.type) {
    case ItemType::YesNo:
        return QStringLiteral("true or false");
    case ItemType::Scale:
        return QStringLiteral("a whole number from %1 to %2").arg(*item.min).arg(*item.max);
    case ItemType::Nps:
        return QStringLiteral("a whole number from 0 to 10");
    case ItemType::Count:
        return QStringLiteral("a whole number from 0");
    case ItemType::Duration:
        return QStringLiteral("a number of seconds from 0");
    case ItemType::Number:
        if (item.min && item.max)
            return QStringLiteral("a number from %1 to %2").arg(*item.min).arg(*item.max);
        if (item.min)
            return QStringLiteral("a number from %1").arg(*item.min);
        if (item.max)
            return QStringLiteral("a number up to %1").arg(*item.max);
        return QStringLiteral("a number");
    case ItemType::Choice:
        return QStringLiteral("one option id");
    case ItemType::Checklist:
        return QStringLiteral("an array of option ids");
    case ItemType::Text:
        return QStringLiteral("a string");
    case ItemType::Photo:
        break;
    }
    return QStringLiteral("photos, not a value");
}

void checkOptions(const Item &item, const QJsonValue &value, const QString &path, Issues &issues)
{
    const QJsonArray values =
        item.type == ItemType::Checklist ? value.toArray() : QJsonArray{value};
    QStringList seen;
    const qsizetype issuesBefore = issues.size();
    for (const QJsonValue &entry : values) {
        if (issues.size() - issuesBefore >= 10)
            break; // enough to say what is wrong; a hostile list must not fill memory with issues
        const QString option = entry.toString();
        if (!entry.isString() || item.optionIndex(option) < 0) {
            issues.append(
                {path, QStringLiteral("unknown_option"),
                 entry.isString()
                     ? QStringLiteral("%1 has no option \"%2\"").arg(item.id, option.left(80))
                     : QStringLiteral("options are named by their id, a string, not %1")
                           .arg(jsonTypeName(entry))});
        } else if (seen.contains(option)) {
            issues.append({path, QStringLiteral("duplicate_option"),
                           QStringLiteral("option \"%1\" is ticked twice").arg(option)});
        }
        seen.append(option);
    }
}

void checkValue(const Item &item, const QJsonValue &value, const QString &path, Issues &issues)
{
    const auto wrongType = [&] {
        issues.append({path, QStringLiteral("wrong_value_type"),
                       QStringLiteral("the answer must be %1, not %2")
                           .arg(expectedValue(item), jsonTypeName(value))});
    };
    switch (item.type) {
    case ItemType::YesNo:
        if (!value.isBool())
            wrongType();
        return;
    case ItemType::Text:
        if (!value.isString())
            wrongType();
        return;
    case ItemType::Photo:
        issues.append(
            {path, QStringLiteral("wrong_value_type"),
             QStringLiteral("a photo item is answered with 'photos', not with a 'value'")});
        return;
    case ItemType::Choice:
        if (!value.isString())
            wrongType();
        else
            checkOptions(item, value, path, issues);
        return;
    case ItemType::Checklist:
        if (!value.isArray())
            wrongType();
        else
            checkOptions(item, value, path, issues);
        return;
    default:
        break;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        wrongType();
        return;
    }
    const double number = value.toDouble();
    const bool integral = number == std::floor(number);
    double low = item.min.value_or(-INFINITY);
    double high = item.max.value_or(INFINITY);
    if (item.type == ItemType::Nps) {
        low = 0;
        high = 10;
    } else if (item.type == ItemType::Count || item.type == ItemType::Duration) {
        low = 0;
    }
    if (isIntegerType(item.type) && !integral) {
        wrongType();
    } else if (number < low || number > high) {
        issues.append({path, QStringLiteral("value_out_of_range"),
                       QStringLiteral("%1 is out of range: the answer must be %2")
                           .arg(number)
                           .arg(expectedValue(item))});
    }
}

} // namespace

Issues checkAudit(const Script &script, const Audit &audit)
{
    Issues issues;
    if (audit.scriptId != script.id || audit.scriptVersion != script.version) {
        issues.append({QStringLiteral("script"), QStringLiteral("script_mismatch"),
                       QStringLiteral("the audit was made with %1 version %2, not %3 version %4")
                           .arg(audit.scriptId)
                           .arg(audit.scriptVersion)
                           .arg(script.id)
                           .arg(script.version)});
        return issues;
    }
    for (int i = 0; i < audit.timeline.size(); ++i) {
        const QString &event = audit.timeline[i].event;
        if (!isTimelineEvent(script.channel, event))
            issues.append(
                {QStringLiteral("timeline[%1]").arg(i), QStringLiteral("unknown_event"),
                 QStringLiteral("\"%1\" is not a %2 timeline event (expected one of %3)")
                     .arg(event.left(40), channelName(script.channel),
                          timelineEventNames(script.channel).join(QStringLiteral(", ")))});
    }
    // Answers to unknown items first (sorted), then the others in script order.
    QStringList unknown;
    for (auto it = audit.answers.cbegin(); it != audit.answers.cend(); ++it) {
        if (!script.itemIndex.contains(it.key()))
            unknown.append(it.key());
    }
    unknown.sort();
    for (const QString &id : std::as_const(unknown))
        issues.append({QStringLiteral("answers/") + id, QStringLiteral("unknown_item"),
                       QStringLiteral("the script has no item \"%1\"").arg(id)});

    for (int i = 0; i < script.items.size(); ++i) {
        const Item &item = script.items[i];
        const auto answer = audit.answers.constFind(item.id);
        if (answer == audit.answers.cend())
            continue;
        const QString path = script.itemPath(i);
        if (answer->notApplicable) {
            if (!item.allowNA)
                issues.append({path, QStringLiteral("na_not_allowed"),
                               QStringLiteral("this item cannot be answered N/A")});
            continue;
        }
        if (!answer->value.isUndefined() && !answer->value.isNull())
            checkValue(item, answer->value, path, issues);
    }
    return issues;
}

Issues checkComplete(const Script &script, const ScoreResult &score)
{
    Issues issues;
    for (int index : score.missingRequired)
        issues.append(
            {script.itemPath(index), QStringLiteral("missing_required"),
             QStringLiteral("required item not answered: %1").arg(script.items[index].prompt)});
    return issues;
}

} // namespace tp
