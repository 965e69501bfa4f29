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

std::optional<QJsonObject> jsonBody(const ApiRequest &request, const ServerSettings &settings,
                                    ApiResponse *error)
{
    if (request.body.size() > settings.maxJsonBytes) {
        *error = ApiResponse::error(413, QStringLiteral("too_large"),
                                    QStringLiteral("the body is %1 bytes; at most %2 are accepted")
                                        .arg(request.body.size())
                                        .arg(settings.maxJsonBytes));
        return std::nullopt;
    }
    if (jsonNestingDepth(request.body, settings.maxJsonDepth) > settings.maxJsonDepth) {
        *error = badRequest(
            QStringLiteral("too_deep"),
            QStringLiteral("the JSON nests deeper than %1 levels").arg(settings.maxJsonDepth));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = badRequest(QStringLiteral("invalid_json"),
                            QStringLiteral("the body is not valid JSON (at byte %1: %2)")
                                .arg(parseError.offset)
                                .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = badRequest(QStringLiteral("invalid_json"),
                            QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonObject> optionalJsonBody(const ApiRequest &request,
                                            const ServerSettings &settings, ApiResponse *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    return jsonBody(request, settings, error);
}

std::optional<ApiResponse> refuseAnyFields(const ApiRequest &request,
                                           const ServerSettings &settings)
{
    ApiResponse error;
    const auto body = optionalJsonBody(request, settings, &error);
    if (!body)
        return error;
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
