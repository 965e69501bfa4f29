#pragma once

#include "ServerContext.h"
#include "core/Issue.h"
#include "http/ApiTypes.h"

#include <QJsonObject>

namespace tp::server {

// The request body as a JSON object, or the 4xx response that refuses it:
//     const auto body = readJsonBody(request, context.settings);
//     if (!body)
//         return body.refusal();
//     ... body->value(...) ...
class JsonBody
{
public:
    static JsonBody of(QJsonObject object);
    static JsonBody refused(ApiResponse refusal);

    explicit operator bool() const { return m_object.has_value(); }
    QJsonObject &operator*() { return *m_object; }
    const QJsonObject &operator*() const { return *m_object; }
    QJsonObject *operator->() { return &*m_object; }
    const QJsonObject *operator->() const { return &*m_object; }
    const ApiResponse &refusal() const { return m_refusal; }

private:
    std::optional<QJsonObject> m_object;
    ApiResponse m_refusal;
};

enum class BodyNeed
{
    Required,        // an empty body is refused as not JSON
    EmptyIsNoFields, // an empty body is an empty object (for optional fields)
};

// Refused: too large (413), nested too deep, not JSON or not an object (400).
JsonBody readJsonBody(const ApiRequest &request, const ServerSettings &settings,
                      BodyNeed need = BodyNeed::Required);

// The size and depth limits alone (413, 400), for bodies that another reader parses.
std::optional<ApiResponse> refuseOversizedJson(const ApiRequest &request,
                                               const ServerSettings &settings);

// For routes that take no fields: the 4xx for a body that has any, else nothing.
std::optional<ApiResponse> refuseAnyFields(const ApiRequest &request,
                                           const ServerSettings &settings);

// How deeply arrays and objects nest, without building them; stops counting past `limit`.
int jsonNestingDepth(const QByteArray &json, int limit);

// 422 with every issue in details: [{"path", "code", "message"}].
ApiResponse unprocessable(const QString &code, const QString &message, const Issues &issues);
QJsonArray issuesToJson(const Issues &issues);

} // namespace tp::server
