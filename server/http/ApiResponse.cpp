#include "http/ApiTypes.h"

#include <QJsonDocument>

namespace tp::server {

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QJsonValue &details)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isUndefined() && !details.isNull())
        error.insert(QStringLiteral("details"), details);
    return json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

ApiResponse notFound(const QString &what)
{
    return ApiResponse::error(404, QStringLiteral("not_found"),
                              what + QStringLiteral(" not found"));
}

ApiResponse forbidden(const QString &why)
{
    return ApiResponse::error(403, QStringLiteral("forbidden"), why);
}

ApiResponse badRequest(const QString &code, const QString &message, const QJsonValue &details)
{
    return ApiResponse::error(400, code, message, details);
}

ApiResponse internalError(const QString &what)
{
    return ApiResponse::error(500, QStringLiteral("internal"), what);
}

} // namespace tp::server
