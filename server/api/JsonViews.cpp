#include "api/JsonViews.h"

#include <QJsonDocument>
#include <QVariant>

namespace tp::server {

QJsonObject regionToJson(const QSqlQuery &query, int first)
{
    return {{QStringLiteral("id"), query.value(first).toString()},
            {QStringLiteral("name"), query.value(first + 1).toString()}};
}

QJsonObject siteToJson(const QSqlQuery &query, int first)
{
    QJsonObject site{{QStringLiteral("id"), query.value(first).toString()},
                     {QStringLiteral("region"), query.value(first + 1).toString()},
                     {QStringLiteral("kind"), query.value(first + 2).toString()},
                     {QStringLiteral("name"), query.value(first + 3).toString()},
                     {QStringLiteral("address"), query.value(first + 4).toString()},
                     {QStringLiteral("phone"), query.value(first + 8).toString()},
                     {QStringLiteral("timezone"), query.value(first + 10).toString()}};
    const struct
    {
        const char *name;
        int column;
    } numbers[] = {{"latitude", 5}, {"longitude", 6}, {"checkInRadius", 7}};
    for (const auto &number : numbers) {
        const QVariant value = query.value(first + number.column);
        if (!value.isNull())
            site.insert(QLatin1String(number.name), value.toDouble());
    }
    site.insert(QStringLiteral("openingHours"),
                QJsonDocument::fromJson(query.value(first + 9).toByteArray()).object());
    return site;
}

QJsonObject assignmentToJson(const QSqlQuery &query, int first)
{
    QJsonObject assignment{
        {QStringLiteral("id"), query.value(first).toString()},
        {QStringLiteral("site"), query.value(first + 1).toString()},
        {QStringLiteral("script"),
         QJsonObject{{QStringLiteral("id"), query.value(first + 2).toString()},
                     {QStringLiteral("version"), query.value(first + 3).toLongLong()}}},
        {QStringLiteral("shopper"), query.value(first + 4).toString()},
        {QStringLiteral("windowStart"), query.value(first + 5).toString()},
        {QStringLiteral("windowEnd"), query.value(first + 6).toString()},
        {QStringLiteral("state"), query.value(first + 7).toString()},
        {QStringLiteral("reason"), query.value(first + 8).toString()}};
    const QVariant audit = query.value(first + 9);
    if (!audit.isNull() && !audit.toString().isEmpty())
        assignment.insert(QStringLiteral("auditUuid"), audit.toString());
    return assignment;
}

} // namespace tp::server
