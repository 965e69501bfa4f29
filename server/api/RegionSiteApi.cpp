// Regions and sites: reading them (filtered by who may see what) and writing them through
// Directory (admin everywhere, regional managers inside their own regions).

#include "api/Api.h"
#include "api/JsonViews.h"
#include "api/WriteResults.h"

#include "auth/Access.h"
#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/Directory.h"

namespace tp::server {

namespace {

QString siteSelect()
{
    return QStringLiteral("SELECT ") + kSiteColumns + QStringLiteral(" FROM sites s");
}

QString regionSelect()
{
    return QStringLiteral("SELECT ") + kRegionColumns + QStringLiteral(" FROM regions r");
}

std::optional<QJsonObject> readSite(Database &db, const QString &id)
{
    QSqlQuery query = db.prepare(siteSelect() + QStringLiteral(" WHERE s.id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return siteToJson(query);
}

std::optional<QJsonObject> readRegion(Database &db, const QString &id)
{
    QSqlQuery query = db.prepare(regionSelect() + QStringLiteral(" WHERE r.id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return regionToJson(query);
}

// The rows each role may see; every variant binds the caller's name or site exactly once, except
// admin and executive, who bind nothing.
QString visibleRegionsSql(const Principal &user, QVariant *bound)
{
    const QString base = regionSelect();
    const QString order = QStringLiteral(" ORDER BY r.id");
    switch (user.role) {
    case Role::Admin:
    case Role::Executive:
        return base + order;
    case Role::RegionalManager:
        *bound = user.username;
        return base +
               QStringLiteral(
                   " WHERE r.id IN (SELECT region_id FROM user_regions WHERE username = ?)") +
               order;
    case Role::StoreManager:
        *bound = user.site;
        return base + QStringLiteral(" WHERE r.id IN (SELECT region_id FROM sites WHERE id = ?)") +
               order;
    case Role::Shopper:
        *bound = user.username;
        return base +
               QStringLiteral(" WHERE r.id IN (SELECT s.region_id FROM sites s JOIN assignments a"
                              " ON a.site_id = s.id WHERE a.shopper = ? AND a.state <> "
                              "'withdrawn')") +
               order;
    }
    return {};
}

QString visibleSitesSql(const Principal &user, QVariant *bound)
{
    const QString base = siteSelect();
    const QString order = QStringLiteral(" ORDER BY s.region_id, s.id");
    switch (user.role) {
    case Role::Admin:
    case Role::Executive:
        return base + order;
    case Role::RegionalManager:
        *bound = user.username;
        return base +
               QStringLiteral(" WHERE s.region_id IN (SELECT region_id FROM user_regions WHERE "
                              "username = ?)") +
               order;
    case Role::StoreManager:
        *bound = user.site;
        return base + QStringLiteral(" WHERE s.id = ?") + order;
    case Role::Shopper:
        *bound = user.username;
        return base +
               QStringLiteral(
                   " WHERE s.id IN (SELECT site_id FROM assignments WHERE shopper = ? AND"
                   " state NOT IN ('withdrawn', 'declined'))") +
               order;
    }
    return {};
}

ApiResponse listRegions(ApiRequest &request, ServerContext &context)
{
    QVariant bound;
    QSqlQuery query = context.db.prepare(visibleRegionsSql(request.user(), &bound));
    if (bound.isValid())
        query.addBindValue(bound);
    if (!exec(query))
        return internalError(QStringLiteral("cannot read regions"));
    QJsonArray regions;
    while (query.next())
        regions.append(regionToJson(query));
    return ApiResponse::json(regions);
}

ApiResponse putRegion(ApiRequest &request, ServerContext &context)
{
    ApiResponse error;
    const auto body = jsonBody(request, context.settings, &error);
    if (!body)
        return error;
    Directory directory(context.db);
    const Directory::Result result = directory.putRegion(*body);
    if (result.outcome != Directory::Outcome::Created &&
        result.outcome != Directory::Outcome::Updated)
        return writeRefused(result, QStringLiteral("region"));
    const auto region = readRegion(context.db, result.id);
    if (!region)
        return internalError(QStringLiteral("cannot read the stored region"));
    return ApiResponse::json(*region, result.outcome == Directory::Outcome::Created ? 201 : 200);
}

ApiResponse listSites(ApiRequest &request, ServerContext &context)
{
    QVariant bound;
    QSqlQuery query = context.db.prepare(visibleSitesSql(request.user(), &bound));
    if (bound.isValid())
        query.addBindValue(bound);
    if (!exec(query))
        return internalError(QStringLiteral("cannot read sites"));
    QJsonArray sites;
    while (query.next()) {
        const SiteInfo site{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString()};
        // The query already narrows the rows; canSeeSite stays the one rule that decides.
        if (canSeeSite(context.db, request.user(), site))
            sites.append(siteToJson(query));
    }
    return ApiResponse::json(sites);
}

ApiResponse getSite(ApiRequest &request, ServerContext &context)
{
    const auto info = findSite(context.db, request.param("id"));
    if (!info || !canSeeSite(context.db, request.user(), *info))
        return notFound(QStringLiteral("site"));
    const auto site = readSite(context.db, info->id);
    if (!site)
        return notFound(QStringLiteral("site"));
    return ApiResponse::json(*site);
}

ApiResponse putSite(ApiRequest &request, ServerContext &context)
{
    ApiResponse error;
    const auto body = jsonBody(request, context.settings, &error);
    if (!body)
        return error;
    const Principal &user = request.user();
    if (user.role != Role::Admin) {
        // A regional manager writes only inside their regions: the site's new region, and its
        // current one when it exists, must both be theirs. A region that is not a string is
        // left for the validation to report.
        const QJsonValue region = body->value(QStringLiteral("region"));
        if (region.isString() && !managesRegion(user, region.toString()))
            return forbidden(QStringLiteral("you manage sites only in your own regions"));
        const QJsonValue id = body->value(QStringLiteral("id"));
        if (id.isString()) {
            const auto existing = findSite(context.db, id.toString());
            if (existing && !managesRegion(user, existing->region))
                return forbidden(
                    QStringLiteral("site %1 is not in your regions").arg(id.toString().left(64)));
        }
    }
    Directory directory(context.db);
    const Directory::Result result = directory.putSite(*body);
    if (result.outcome != Directory::Outcome::Created &&
        result.outcome != Directory::Outcome::Updated)
        return writeRefused(result, QStringLiteral("site"));
    const auto site = readSite(context.db, result.id);
    if (!site)
        return internalError(QStringLiteral("cannot read the stored site"));
    return ApiResponse::json(*site, result.outcome == Directory::Outcome::Created ? 201 : 200);
}

} // namespace

void addRegionAndSiteRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/regions", Access::SignedIn, {},
               [&context](ApiRequest &r) { return listRegions(r, context); });
    router.add("POST", "/regions", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return putRegion(r, context); });
    router.add("GET", "/sites", Access::SignedIn, {},
               [&context](ApiRequest &r) { return listSites(r, context); });
    router.add("GET", "/sites/{id}", Access::SignedIn, {},
               [&context](ApiRequest &r) { return getSite(r, context); });
    router.add("POST", "/sites", Access::SignedIn, {Role::Admin, Role::RegionalManager},
               [&context](ApiRequest &r) { return putSite(r, context); });
}

} // namespace tp::server
