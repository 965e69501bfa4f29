#pragma once

#include "ServerContext.h"
#include "core/Issue.h"
#include "http/ApiTypes.h"

#include <QJsonObject>

namespace tp::server {

// The request body as a JSON object, or the 4xx response that says why not: too large (413),
// nested too deep, not JSON or not an object (400).
std::optional<QJsonObject> jsonBody(const ApiRequest &request, const ServerSettings &settings,
                                    ApiResponse *error);

// Like jsonBody(), but an empty body is an empty object.
std::optional<QJsonObject> optionalJsonBody(const ApiRequest &request,
                                            const ServerSettings &settings, ApiResponse *error);

// For routes that take no fields: the 4xx for a body that has any, else nothing.
std::optional<ApiResponse> refuseAnyFields(const ApiRequest &request,
                                           const ServerSettings &settings);

// How deeply arrays and objects nest, without building them; stops counting past `limit`.
int jsonNestingDepth(const QByteArray &json, int limit);

// 422 with every issue in details: [{"path", "code", "message"}].
ApiResponse unprocessable(const QString &code, const QString &message, const Issues &issues);
QJsonArray issuesToJson(const Issues &issues);

} // namespace tp::server
