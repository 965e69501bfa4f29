// Regions and sites: reading them (filtered by who may see what) and writing them through
// Directory (admin everywhere, regional managers inside their own regions).

#include "api/Api.h"
#include "api/JsonViews.h"
#include "api/ListPage.h"
#include "api/WriteResults.h"

#include "auth/Access.h"
#include "auth/Visibility.h"
#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/Directory.h"
#include "storage/QueryBuilder.h"

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
    auto query = QueryBuilder(siteSelect()).where(QStringLiteral("s.id = ?"), {id}).run(db);
    if (!query || !query->next())
        return std::nullopt;
    return siteToJson(*query);
}

std::optional<QJsonObject> readRegion(Database &db, const QString &id)
{
    auto query = QueryBuilder(regionSelect()).where(QStringLiteral("r.id = ?"), {id}).run(db);
    if (!query || !query->next())
        return std::nullopt;
    return regionToJson(*query);
}

ApiResponse listRegions(ApiRequest &request, ServerContext &context)
{
    ListPage page({{"r.id"}});
    if (auto refusal = page.takeAll(request))
        return *refusal;
    return respondWithPage(
        context.db,
        QueryBuilder(regionSelect()).where(Visibility(request.user()).regions(QStringLiteral("r"))),
        page, request, [](const QSqlQuery &row) { return regionToJson(row); },
        QStringLiteral("regions"));
}

ApiResponse putRegion(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
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
    ListPage page({{"s.region_id"}, {"s.id"}});
    if (auto refusal = page.takeAll(request))
        return *refusal;
    return respondWithPage(
        context.db,
        QueryBuilder(siteSelect()).where(Visibility(request.user()).sites(QStringLiteral("s"))),
        page, request, [](const QSqlQuery &row) { return siteToJson(row); },
        QStringLiteral("sites"));
}

ApiResponse getSite(ApiRequest &request, ServerContext &context)
{
    const QString id = request.param("id");
    const auto visible = Visibility(request.user()).seesSite(context.db, id);
    if (!visible)
        return internalError(QStringLiteral("cannot read sites"));
    const auto site = *visible ? readSite(context.db, id) : std::nullopt;
    if (!site)
        return notFound(QStringLiteral("site"));
    return ApiResponse::json(*site);
}

ApiResponse putSite(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
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
