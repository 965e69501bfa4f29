// Users: the admin manages accounts; a regional manager sees the shoppers they can assign work
// to, by display name only (no personal details beyond that: docs/architecture.md).

#include "api/Api.h"
#include "api/ListPage.h"
#include "api/WriteResults.h"

#include "auth/AuthService.h"
#include "core/JsonFields.h"
#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/Directory.h"
#include "storage/QueryBuilder.h"

#include <QMap>

namespace tp::server {

namespace {

QJsonObject userJson(const QSqlQuery &query, const QStringList &regions)
{
    return {{QStringLiteral("username"), query.value(0).toString()},
            {QStringLiteral("displayName"), query.value(1).toString()},
            {QStringLiteral("role"), query.value(2).toString()},
            {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
            {QStringLiteral("site"), query.value(3).isNull()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(query.value(3).toString())},
            {QStringLiteral("disabled"), query.value(4).toInt() != 0}};
}

std::optional<QJsonObject> readUser(Database &db, const QString &username, bool *failed)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT username, display_name, role, site_id, disabled FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!exec(query)) {
        *failed = true;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QSqlQuery regionQuery = db.prepare(
        QStringLiteral("SELECT region_id FROM user_regions WHERE username = ? ORDER BY region_id"));
    regionQuery.addBindValue(username);
    if (!exec(regionQuery)) {
        *failed = true;
        return std::nullopt;
    }
    QStringList regions;
    while (regionQuery.next())
        regions.append(regionQuery.value(0).toString());
    return userJson(query, regions);
}

ApiResponse respondWithUser(Database &db, const QString &username, int status)
{
    bool failed = false;
    const auto user = readUser(db, username, &failed);
    if (!user)
        return failed ? internalError(QStringLiteral("cannot read users"))
                      : notFound(QStringLiteral("user"));
    return ApiResponse::json(*user, status);
}

bool userExists(Database &db, const QString &username, bool *failed)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!exec(query)) {
        *failed = true;
        return false;
    }
    return query.next();
}

// An admin who locks themselves out may leave nobody able to manage the organisation.
ApiResponse selfLockout(const QString &what)
{
    return ApiResponse::error(
        409, QStringLiteral("self_lockout"),
        QStringLiteral("you cannot %1 your own account; ask another admin").arg(what));
}

ApiResponse listUsers(ApiRequest &request, ServerContext &context)
{
    ListPage page({{"username"}});
    if (auto refusal = page.takeAll(request))
        return *refusal;
    if (request.user().role == Role::RegionalManager) {
        // Active shoppers, the people a manager can give work to: name and handle, nothing else.
        return respondWithPage(
            context.db,
            QueryBuilder(QStringLiteral("SELECT username, display_name FROM users"))
                .where(QStringLiteral("role = 'shopper' AND disabled = 0")),
            page, request,
            [](const QSqlQuery &row) {
                return QJsonObject{{QStringLiteral("username"), row.value(0).toString()},
                                   {QStringLiteral("displayName"), row.value(1).toString()}};
            },
            QStringLiteral("users"));
    }
    if (request.user().role != Role::Admin)
        return forbidden(QStringLiteral("only admins and regional managers list users"));
    QSqlQuery regionQuery = context.db.prepare(QStringLiteral(
        "SELECT username, region_id FROM user_regions ORDER BY username, region_id"));
    if (!exec(regionQuery))
        return internalError(QStringLiteral("cannot read users"));
    QMap<QString, QStringList> regions;
    while (regionQuery.next())
        regions[regionQuery.value(0).toString()].append(regionQuery.value(1).toString());
    return respondWithPage(
        context.db,
        QueryBuilder(
            QStringLiteral("SELECT username, display_name, role, site_id, disabled FROM users")),
        page, request,
        [&regions](const QSqlQuery &row) {
            return userJson(row, regions.value(row.value(0).toString()));
        },
        QStringLiteral("users"));
}

ApiResponse createUser(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    Directory directory(context.db);
    const Directory::Result result = directory.putUser(*body, false, true);
    if (result.outcome != Directory::Outcome::Created)
        return writeRefused(result, QStringLiteral("user"));
    return respondWithUser(context.db, result.id, 201);
}

ApiResponse updateUser(ApiRequest &request, ServerContext &context)
{
    const QString username = request.param("username");
    bool failed = false;
    if (!userExists(context.db, username, &failed))
        return failed ? internalError(QStringLiteral("cannot read users"))
                      : notFound(QStringLiteral("user"));
    auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    const QJsonValue named = body->value(QStringLiteral("username"));
    if (!named.isUndefined() && named != QJsonValue(username))
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the user is not valid"),
                             {{QStringLiteral("user/username"), QStringLiteral("field_not_allowed"),
                               QStringLiteral("the user name is taken from the path and cannot "
                                              "change")}});
    const QJsonValue role = body->value(QStringLiteral("role"));
    if (username == request.user().username && role.isString() &&
        role != QJsonValue(roleName(Role::Admin)))
        return selfLockout(QStringLiteral("take the admin role from"));
    body->insert(QStringLiteral("username"), username);
    const bool newPassword = body->contains(QStringLiteral("password"));

    Directory directory(context.db);
    const Directory::Result result = directory.putUser(*body, true, true);
    if (result.outcome != Directory::Outcome::Updated)
        return writeRefused(result, QStringLiteral("user"));
    if (newPassword) {
        // A new password ends the sessions signed in with the old one (as Directory::setPassword
        // does), except the admin's own session that made this change.
        QSqlQuery revoke = context.db.prepare(
            QStringLiteral("UPDATE tokens SET revoked = 1 WHERE username = ? AND token_hash <> ?"));
        revoke.addBindValue(username);
        revoke.addBindValue(request.user().tokenHash);
        if (!exec(revoke))
            return internalError(
                QStringLiteral("the password changed, but the old sessions could not be ended"));
    }
    return respondWithUser(context.db, username, 200);
}

ApiResponse setDisabled(ApiRequest &request, ServerContext &context, bool disabled)
{
    const QString username = request.param("username");
    bool failed = false;
    if (!userExists(context.db, username, &failed))
        return failed ? internalError(QStringLiteral("cannot read users"))
                      : notFound(QStringLiteral("user"));
    if (auto refusal = refuseAnyFields(request, context.settings))
        return *refusal;
    if (disabled && username == request.user().username)
        return selfLockout(QStringLiteral("disable"));
    Directory directory(context.db);
    const Directory::Result result = directory.setDisabled(username, disabled);
    if (result.outcome == Directory::Outcome::Invalid)
        return notFound(QStringLiteral("user"));
    if (result.outcome != Directory::Outcome::Updated)
        return writeRefused(result, QStringLiteral("user"));
    return respondWithUser(context.db, username, 200);
}

ApiResponse unlockUser(ApiRequest &request, ServerContext &context)
{
    const QString username = request.param("username");
    bool failed = false;
    if (!userExists(context.db, username, &failed))
        return failed ? internalError(QStringLiteral("cannot read users"))
                      : notFound(QStringLiteral("user"));
    if (auto refusal = refuseAnyFields(request, context.settings))
        return *refusal;
    if (!context.auth.unlock(username))
        return internalError(QStringLiteral("cannot forget the user's failed sign-ins"));
    return respondWithUser(context.db, username, 200);
}

} // namespace

void addUserRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/users", Access::SignedIn, {Role::Admin, Role::RegionalManager},
               [&context](ApiRequest &r) { return listUsers(r, context); });
    router.add("POST", "/users", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return createUser(r, context); });
    router.add("PUT", "/users/{username}", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return updateUser(r, context); });
    router.add("POST", "/users/{username}/disable", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return setDisabled(r, context, true); });
    router.add("POST", "/users/{username}/enable", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return setDisabled(r, context, false); });
    router.add("POST", "/users/{username}/unlock", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return unlockUser(r, context); });
}

} // namespace tp::server
