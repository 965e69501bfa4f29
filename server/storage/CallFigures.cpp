#include "storage/CallFigures.h"

#include <QJsonArray>

#include <cmath>

namespace tp::server {

namespace {

// The item of the script bound to `metric`, if any.
QString itemFor(const QJsonObject &script, const QString &metric)
{
    for (const QJsonValue &section : script.value(QLatin1String("sections")).toArray()) {
        for (const QJsonValue &item : section.toObject().value(QLatin1String("items")).toArray()) {
            if (item.toObject().value(QLatin1String("metric")).toString() == metric)
                return item.toObject().value(QLatin1String("id")).toString();
        }
    }
    return {};
}

// The value used for one metric: the typed answer, else the timeline's (in the score).
std::optional<double> measured(const QJsonObject &audit, const QJsonObject &score,
                               const QJsonObject &script, const char *metricName)
{
    const QString metric = QLatin1String(metricName);
    const QString item = itemFor(script, metric);
    if (!item.isEmpty()) {
        const QJsonObject answer =
            audit.value(QLatin1String("answers")).toObject().value(item).toObject();
        if (answer.value(QLatin1String("na")).toBool())
            return std::nullopt;
        const QJsonValue typed = answer.value(QLatin1String("value"));
        if (typed.isDouble() && typed.toDouble() >= 0)
            return typed.toDouble();
    }
    const QJsonValue fromTimeline = score.value(QLatin1String("metrics")).toObject().value(metric);
    if (fromTimeline.isDouble())
        return fromTimeline.toDouble();
    return std::nullopt;
}

std::optional<qint64> milliseconds(std::optional<double> seconds)
{
    return seconds ? std::optional<qint64>(std::llround(*seconds * 1000.0)) : std::nullopt;
}

std::optional<qint64> whole(std::optional<double> count)
{
    return count ? std::optional<qint64>(std::llround(*count)) : std::nullopt;
}

bool answeredResolved(const QJsonObject &audit, const QJsonObject &script)
{
    const QJsonObject answers = audit.value(QLatin1String("answers")).toObject();
    for (const QJsonValue &section : script.value(QLatin1String("sections")).toArray()) {
        for (const QJsonValue &entry : section.toObject().value(QLatin1String("items")).toArray()) {
            const QJsonObject item = entry.toObject();
            if (item.value(QLatin1String("type")).toString() != QLatin1String("choice"))
                continue;
            const QString id = item.value(QLatin1String("id")).toString();
            if (answers.value(id).toObject().value(QLatin1String("value")).toString() !=
                QLatin1String("resolved"))
                continue;
            for (const QJsonValue &option : item.value(QLatin1String("options")).toArray()) {
                if (option.toObject().value(QLatin1String("id")).toString() ==
                    QLatin1String("resolved"))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

CallFigures callFigures(const QJsonObject &audit, const QJsonObject &score,
                        const QJsonObject &script)
{
    CallFigures figures;
    figures.timeToAnswerMs = milliseconds(measured(audit, score, script, "timeToAnswer"));
    figures.timeInMenusMs = milliseconds(measured(audit, score, script, "timeInMenus"));
    figures.holdMs = milliseconds(measured(audit, score, script, "totalHold"));
    figures.holds = whole(measured(audit, score, script, "holdCount"));
    figures.transfers = whole(measured(audit, score, script, "transferCount"));
    for (const QJsonValue &event : audit.value(QLatin1String("timeline")).toArray()) {
        if (event.toObject().value(QLatin1String("event")).toString() == QLatin1String("resolved"))
            figures.resolved = true;
    }
    figures.resolved = figures.resolved || answeredResolved(audit, script);
    return figures;
}

} // namespace tp::server
