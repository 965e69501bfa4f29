#include "api/Api.h"

#include "auth/AuthService.h"
#include "core/JsonFields.h"
#include "http/JsonBody.h"

#include <QDateTime>

namespace tp::server {

namespace {

// 429 too_many_attempts, with the wait in Retry-After and in words.
ApiResponse throttled(qint64 waitSeconds)
{
    const QString when = waitSeconds < 120
                             ? QStringLiteral("%1 seconds").arg(waitSeconds)
                             : QStringLiteral("%1 minutes").arg((waitSeconds + 59) / 60);
    ApiResponse response =
        ApiResponse::error(429, QStringLiteral("too_many_attempts"),
                           QStringLiteral("too many failed sign-ins; try again in ") + when);
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(waitSeconds)});
    return response;
}

ApiResponse login(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    Issues issues;
    JsonFields fields(*body, QString(), issues);
    const auto username = fields.text("username", Need::Required, 100);
    const auto password = fields.text("password", Need::Required, 1000);
    fields.reportUnknownFields();
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the sign-in request is not valid"), issues);

    const LoginResult result = context.auth.login(*username, password->toUtf8(), request.peer);
    switch (result.outcome) {
    case LoginResult::SignedIn:
        return ApiResponse::json(QJsonObject{
            {QStringLiteral("token"), result.token},
            {QStringLiteral("expiresAt"),
             QDateTime::fromMSecsSinceEpoch(result.expiresAtMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("user"), principalToJson(*result.user)}});
    case LoginResult::WrongCredentials:
        return ApiResponse::error(401, QStringLiteral("wrong_credentials"),
                                  QStringLiteral("the user name or the password is wrong"));
    case LoginResult::Throttled:
        return throttled(result.retryAfterSeconds);
    case LoginResult::Failed:
        break;
    }
    return internalError(QStringLiteral("sign-in failed on the server"));
}

// {"currentPassword", "newPassword"}: the signed-in user's own new password.
ApiResponse changeOwnPassword(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    Issues issues;
    JsonFields fields(*body, QString(), issues);
    const auto current = fields.text("currentPassword", Need::Required, 1000);
    const auto next = fields.text("newPassword", Need::Required, 1000);
    fields.reportUnknownFields();
    if (next && next->size() < 8)
        fields.error(QStringLiteral("weak_password"),
                     QStringLiteral("a password needs at least 8 characters"));
    if (current && next && *current == *next)
        fields.error(QStringLiteral("same_password"),
                     QStringLiteral("the new password must differ from the current one"));
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the new password is not valid"), issues);
    const PasswordChange change = context.auth.changePassword(request.user(), current->toUtf8(),
                                                              next->toUtf8(), request.peer);
    switch (change.outcome) {
    case PasswordChange::Changed: {
        Principal user = request.user();
        user.mustChangePassword = false;
        return ApiResponse::json(principalToJson(user));
    }
    case PasswordChange::WrongPassword:
        return ApiResponse::error(403, QStringLiteral("wrong_password"),
                                  QStringLiteral("the current password is wrong"));
    case PasswordChange::Throttled:
        return throttled(change.retryAfterSeconds);
    case PasswordChange::Failed:
        break;
    }
    return internalError(QStringLiteral("the password could not be changed"));
}

} // namespace

void addAuthRoutes(Router &router, ServerContext &context)
{
    router.add("POST", "/login", Access::Public, {},
               [&context](ApiRequest &r) { return login(r, context); });
    router.add("POST", "/logout", Access::SignedInBeforePasswordChange, {},
               [&context](ApiRequest &r) {
                   if (!context.auth.revoke(r.user().tokenHash))
                       return internalError(QStringLiteral("could not revoke the token"));
                   return ApiResponse::noContent();
               });
    router.add("GET", "/me", Access::SignedInBeforePasswordChange, {},
               [](ApiRequest &r) { return ApiResponse::json(principalToJson(r.user())); });
    router.add("POST", "/me/password", Access::SignedInBeforePasswordChange, {},
               [&context](ApiRequest &r) { return changeOwnPassword(r, context); });
}

} // namespace tp::server
