#include "api/Api.h"

#include "auth/AuthService.h"
#include "core/JsonFields.h"
#include "http/JsonBody.h"

#include <QDateTime>

namespace tp::server {

namespace {

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
    case LoginResult::Throttled: {
        ApiResponse response =
            ApiResponse::error(429, QStringLiteral("too_many_attempts"),
                               QStringLiteral("too many failed sign-ins; try again in %1 minutes")
                                   .arg(result.retryAfterSeconds / 60));
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(result.retryAfterSeconds)});
        return response;
    }
    case LoginResult::Failed:
        break;
    }
    return internalError(QStringLiteral("sign-in failed on the server"));
}

} // namespace

void addAuthRoutes(Router &router, ServerContext &context)
{
    router.add("POST", "/login", Access::Public, {},
               [&context](ApiRequest &r) { return login(r, context); });
    router.add("POST", "/logout", Access::SignedIn, {}, [&context](ApiRequest &r) {
        if (!context.auth.revoke(r.user().tokenHash))
            return internalError(QStringLiteral("could not revoke the token"));
        return ApiResponse::noContent();
    });
    router.add("GET", "/me", Access::SignedIn, {},
               [](ApiRequest &r) { return ApiResponse::json(principalToJson(r.user())); });
}

} // namespace tp::server
