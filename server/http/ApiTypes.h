#pragma once

#include "auth/Principal.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <optional>

class QHttpServerRequest;

namespace tp::server {

struct ApiRequest
{
    const QHttpServerRequest *http = nullptr;
    QByteArray method;
    QHash<QString, QString> params; // from {name} segments of the route
    QUrlQuery query;
    QByteArray body;
    QHostAddress peer;
    std::optional<Principal> principal; // set for every route that needs sign-in

    QString param(const char *name) const { return params.value(QLatin1String(name)); }
    const Principal &user() const { return *principal; }
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse json(const QJsonArray &array, int status = 200);
    // {"error": {"code", "message", "details"}}: `code` is stable for programs, `message` is for
    // people.
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QJsonValue &details = QJsonValue());
    static ApiResponse noContent();
};

// Common errors, worded once.
ApiResponse notFound(const QString &what);
ApiResponse forbidden(const QString &why);
ApiResponse badRequest(const QString &code, const QString &message,
                       const QJsonValue &details = QJsonValue());
ApiResponse internalError(const QString &what);

} // namespace tp::server
