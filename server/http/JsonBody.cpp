#include "http/JsonBody.h"

#include "core/JsonFields.h"

#include <QJsonDocument>

namespace tp::server {

int jsonNestingDepth(const QByteArray &json, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

JsonBody JsonBody::of(QJsonObject object)
{
    JsonBody body;
    body.m_object = std::move(object);
    return body;
}

JsonBody JsonBody::refused(ApiResponse refusal)
{
    JsonBody body;
    body.m_refusal = std::move(refusal);
    return body;
}

std::optional<ApiResponse> refuseOversizedJson(const ApiRequest &request,
                                               const ServerSettings &settings)
{
    if (request.body.size() > settings.maxJsonBytes)
        return ApiResponse::error(413, QStringLiteral("too_large"),
                                  QStringLiteral("the body is %1 bytes; at most %2 are accepted")
                                      .arg(request.body.size())
                                      .arg(settings.maxJsonBytes));
    if (jsonNestingDepth(request.body, settings.maxJsonDepth) > settings.maxJsonDepth)
        return badRequest(
            QStringLiteral("too_deep"),
            QStringLiteral("the JSON nests deeper than %1 levels").arg(settings.maxJsonDepth));
    return std::nullopt;
}

JsonBody readJsonBody(const ApiRequest &request, const ServerSettings &settings, BodyNeed need)
{
    if (need == BodyNeed::EmptyIsNoFields && request.body.trimmed().isEmpty())
        return JsonBody::of(QJsonObject());
    if (auto refusal = refuseOversizedJson(request, settings))
        return JsonBody::refused(*refusal);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return JsonBody::refused(
            badRequest(QStringLiteral("invalid_json"),
                       QStringLiteral("the body is not valid JSON (at byte %1: %2)")
                           .arg(parseError.offset)
                           .arg(parseError.errorString())));
    if (!document.isObject())
        return JsonBody::refused(badRequest(QStringLiteral("invalid_json"),
                                            QStringLiteral("the body must be a JSON object")));
    return JsonBody::of(document.object());
}

std::optional<ApiResponse> refuseAnyFields(const ApiRequest &request,
                                           const ServerSettings &settings)
{
    const auto body = readJsonBody(request, settings, BodyNeed::EmptyIsNoFields);
    if (!body)
        return body.refusal();
    Issues issues;
    JsonFields(*body, QString(), issues).reportUnknownFields();
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("this request takes no fields"), issues);
    return std::nullopt;
}

QJsonArray issuesToJson(const Issues &issues)
{
    QJsonArray details;
    for (const Issue &issue : issues)
        details.append(QJsonObject{{QStringLiteral("path"), issue.path},
                                   {QStringLiteral("code"), issue.code},
                                   {QStringLiteral("message"), issue.message}});
    return details;
}

ApiResponse unprocessable(const QString &code, const QString &message, const Issues &issues)
{
    return ApiResponse::error(422, code, message, issuesToJson(issues));
}

} // namespace tp::server
