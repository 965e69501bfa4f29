#include "storage/OrganisationJson.h"

#include <QJsonDocument>

namespace tp::storage {

SiteInfo siteFromJson(const QJsonObject &o)
{
    SiteInfo s;
    s.id = o.value(QLatin1String("id")).toString();
    s.region = o.value(QLatin1String("region")).toString();
    s.kind = o.value(QLatin1String("kind")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    s.address = o.value(QLatin1String("address")).toString();
    s.phone = o.value(QLatin1String("phone")).toString();
    if (o.value(QLatin1String("latitude")).isDouble())
        s.latitude = o.value(QLatin1String("latitude")).toDouble();
    if (o.value(QLatin1String("longitude")).isDouble())
        s.longitude = o.value(QLatin1String("longitude")).toDouble();
    s.radiusMetres = o.value(QLatin1String("checkInRadius")).toDouble(100);
    s.timezone = o.value(QLatin1String("timezone")).toString();
    const QJsonObject hours = o.value(QLatin1String("openingHours")).toObject();
    if (!hours.isEmpty())
        s.openingHours = QString::fromUtf8(QJsonDocument(hours).toJson(QJsonDocument::Compact));
    return s;
}

AssignmentInfo assignmentFromJson(const QJsonObject &o)
{
    const QJsonObject script = o.value(QLatin1String("script")).toObject();
    return {o.value(QLatin1String("id")).toString(),
            o.value(QLatin1String("site")).toString(),
            script.value(QLatin1String("id")).toString(),
            script.value(QLatin1String("version")).toInt(),
            o.value(QLatin1String("shopper")).toString(),
            o.value(QLatin1String("windowStart")).toString(),
            o.value(QLatin1String("windowEnd")).toString(),
            o.value(QLatin1String("state")).toString()};
}

} // namespace tp::storage
