// Published audit scripts: the list, one version, and publishing a new version.

#include "api/Api.h"
#include "api/ListPage.h"

#include "auth/Visibility.h"
#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/Directory.h"
#include "storage/QueryBuilder.h"

#include <QJsonDocument>

namespace tp::server {

namespace {

ApiResponse listScripts(ApiRequest &request, ServerContext &context)
{
    ListPage page({{"sc.id"}, {"sc.version", false, SortKey::Type::Integer}});
    if (auto refusal = page.takeAll(request))
        return *refusal;
    return respondWithPage(
        context.db,
        QueryBuilder(QStringLiteral("SELECT sc.id, sc.version, sc.title, sc.channel,"
                                    " sc.published_at, sc.published_by FROM scripts sc"))
            .where(Visibility(request.user()).scripts(QStringLiteral("sc"))),
        page, request,
        [](const QSqlQuery &row) {
            return QJsonObject{{QStringLiteral("id"), row.value(0).toString()},
                               {QStringLiteral("version"), row.value(1).toLongLong()},
                               {QStringLiteral("title"), row.value(2).toString()},
                               {QStringLiteral("channel"), row.value(3).toString()},
                               {QStringLiteral("publishedAt"), row.value(4).toString()},
                               {QStringLiteral("publishedBy"), row.value(5).toString()}};
        },
        QStringLiteral("scripts"));
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
    const auto visible = Visibility(request.user()).seesScript(context.db, id, version);
    if (!visible)
        return internalError(QStringLiteral("cannot read scripts"));
    if (!*visible)
        return notFound(QStringLiteral("script"));
    auto query = runQuery(context.db,
                          QStringLiteral("SELECT body FROM scripts WHERE id = ? AND version = ?"),
                          {id, version});
    if (!query)
        return internalError(QStringLiteral("cannot read scripts"));
    if (!query->next())
        return notFound(QStringLiteral("script"));
    return ApiResponse::json(QJsonDocument::fromJson(query->value(0).toByteArray()).object());
}

ApiResponse publishScript(ApiRequest &request, ServerContext &context)
{
    // The usual limits and a JSON object first; the script loader then names every problem.
    if (const auto body = readJsonBody(request, context.settings); !body)
        return body.refusal();
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
