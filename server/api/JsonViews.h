#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QSqlQuery>

namespace tp::server {

// The JSON that the API sends for the organisation's records, read from a query row. Each
// k...Columns list is what to SELECT (with the table alias shown) for the matching ...ToJson, which
// reads those columns starting at `first`. Fields that are NULL in the database are left out, so a
// site sent back to POST /sites as it came is accepted.

// Alias r: id, name.
inline constexpr QLatin1String kRegionColumns{"r.id, r.name"};
QJsonObject regionToJson(const QSqlQuery &query, int first = 0);

// Alias s: {id, region, kind, name, address, latitude, longitude, checkInRadius, phone,
// openingHours (object), timezone}.
inline constexpr QLatin1String kSiteColumns{
    "s.id, s.region_id, s.kind, s.name, s.address, s.latitude, "
    "s.longitude, s.check_in_radius, s.phone, s.opening_hours, "
    "s.timezone"};
QJsonObject siteToJson(const QSqlQuery &query, int first = 0);

// Alias a: {id, site, script: {id, version}, shopper, windowStart, windowEnd, state, reason,
// auditUuid (only once an audit is filed)}.
inline constexpr QLatin1String kAssignmentColumns{
    "a.id, a.site_id, a.script_id, a.script_version, "
    "a.shopper, a.window_start, a.window_end, a.state, "
    "a.reason, a.audit_uuid"};
QJsonObject assignmentToJson(const QSqlQuery &query, int first = 0);

} // namespace tp::server
