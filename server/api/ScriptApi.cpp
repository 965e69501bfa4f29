// Published audit scripts: the list, one version, and publishing a new version.

#include "api/Api.h"

#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/Directory.h"

#include <QJsonDocument>

namespace tp::server {

namespace {

ApiResponse listScripts(ApiRequest &, ServerContext &context)
{
    QSqlQuery query = context.db.prepare(
        QStringLiteral("SELECT id, version, title, channel, published_at, published_by FROM scripts"
                       " ORDER BY id, version"));
    if (!exec(query))
        return internalError(QStringLiteral("cannot read scripts"));
    QJsonArray scripts;
    while (query.next())
        scripts.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                   {QStringLiteral("version"), query.value(1).toLongLong()},
                                   {QStringLiteral("title"), query.value(2).toString()},
                                   {QStringLiteral("channel"), query.value(3).toString()},
                                   {QStringLiteral("publishedAt"), query.value(4).toString()},
                                   {QStringLiteral("publishedBy"), query.value(5).toString()}});
    return ApiResponse::json(scripts);
}

// Shoppers may read a script version only while one of their own assignments uses it.
std::optional<bool> shopperUsesScript(Database &db, const QString &shopper, const QString &id,
                                      qint64 version)
{
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT 1 FROM assignments WHERE shopper = ? AND script_id = ? AND "
                       "script_version = ? AND state NOT IN ('withdrawn', 'declined')"));
    query.addBindValue(shopper);
    query.addBindValue(id);
    query.addBindValue(version);
    if (!exec(query))
        return std::nullopt;
    return query.next();
}

ApiResponse getScript(ApiRequest &request, ServerContext &context)
{
    const QString id = request.param("id");
    const QString versionText = request.param("version");
    bool ok = false;
    const qint64 version = versionText.toLongLong(&ok);
    // Only plain decimal numbers name a version ("+1", " 1" or "01" do not).
    if (!ok || version <= 0 || QString::number(version) != versionText || id.size() > 64)
        return notFound(QStringLiteral("script"));
    if (request.user().is(Role::Shopper)) {
        const auto uses = shopperUsesScript(context.db, request.user().username, id, version);
        if (!uses)
            return internalError(QStringLiteral("cannot read assignments"));
        if (!*uses)
            return notFound(QStringLiteral("script"));
    }
    QSqlQuery query =
        context.db.prepare(QStringLiteral("SELECT body FROM scripts WHERE id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!exec(query))
        return internalError(QStringLiteral("cannot read scripts"));
    if (!query.next())
        return notFound(QStringLiteral("script"));
    return ApiResponse::json(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
}

ApiResponse publishScript(ApiRequest &request, ServerContext &context)
{
    // The usual limits and a JSON object first; the script loader then names every problem.
    ApiResponse error;
    if (!jsonBody(request, context.settings, &error))
        return error;
    Directory directory(context.db);
    Directory::Result result = directory.publishScript(request.body, request.user().username);
    if (result.outcome == Directory::Outcome::Failed) {
        // Two publishers of the same new version at once: the loser's insert fails on the
        // primary key. Asking again answers from what the winner stored.
        result = directory.publishScript(request.body, request.user().username);
    }
    const qsizetype slash = result.id.lastIndexOf(QLatin1Char('/'));
    const QJsonObject reference{{QStringLiteral("id"), result.id.left(slash)},
                                {QStringLiteral("version"), result.id.mid(slash + 1).toLongLong()}};
    switch (result.outcome) {
    case Directory::Outcome::Created:
        return ApiResponse::json(reference, 201);
    case Directory::Outcome::Unchanged:
    case Directory::Outcome::Updated:
        return ApiResponse::json(reference, 200);
    case Directory::Outcome::Conflict:
        return ApiResponse::error(409, QStringLiteral("conflict"), result.message, reference);
    case Directory::Outcome::Invalid:
        return unprocessable(QStringLiteral("invalid_script"),
                             QStringLiteral("the script is not valid"), result.issues);
    case Directory::Outcome::Failed:
        break;
    }
    return internalError(result.message.isEmpty() ? QStringLiteral("cannot store the script")
                                                  : result.message);
}

} // namespace

void addScriptRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/scripts", Access::SignedIn,
               {Role::Admin, Role::RegionalManager, Role::Executive},
               [&context](ApiRequest &r) { return listScripts(r, context); });
    router.add("GET", "/scripts/{id}/{version}", Access::SignedIn,
               {Role::Admin, Role::RegionalManager, Role::Executive, Role::Shopper},
               [&context](ApiRequest &r) { return getScript(r, context); });
    router.add("POST", "/scripts", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return publishScript(r, context); });
}

} // namespace tp::server
