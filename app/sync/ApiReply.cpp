#include "sync/ApiReply.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace tp::sync {

ApiReply ApiReply::from(QNetworkReply *reply)
{
    ApiReply result =
        fromParts(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->readAll(), reply->error() != QNetworkReply::NoError, reply->errorString());
    result.networkError = int(reply->error());
    return result;
}

ApiReply ApiReply::fromParts(int httpStatus, const QByteArray &body, bool transportError,
                             const QString &errorText)
{
    return classify(httpStatus, QJsonDocument::fromJson(body).object(), transportError, errorText);
}

ApiReply ApiReply::fromItem(int httpStatus, const QJsonObject &body)
{
    return classify(httpStatus, body, false, QString());
}

ApiReply ApiReply::classify(int httpStatus, QJsonObject body, bool transportError,
                            const QString &errorText)
{
    ApiReply result;
    result.status = httpStatus;
    result.json = std::move(body);
    const QString serverMessage = result.json.value(QLatin1String("error"))
                                      .toObject()
                                      .value(QLatin1String("message"))
                                      .toString();
    if (result.status == 0) {
        result.kind = Kind::Offline;
        result.message = QStringLiteral("no connection to the server (%1)").arg(errorText);
    } else if (result.status >= 200 && result.status < 300) {
        // A 2xx whose body was cut short is not an answer to trust.
        if (transportError) {
            result.kind = Kind::Offline;
            result.message = QStringLiteral("the connection broke: %1").arg(errorText);
        } else {
            result.kind = Kind::Ok;
        }
    } else if (result.status == 401) {
        result.kind = Kind::SignIn;
        result.message = QStringLiteral("sign in again to send your audits");
    } else if (result.status >= 500 || result.status == 408 || result.status == 429) {
        result.kind = Kind::Retry;
        result.message =
            serverMessage.isEmpty()
                ? QStringLiteral("the server could not take it now (HTTP %1)").arg(result.status)
                : QStringLiteral("the server could not take it now: %1").arg(serverMessage);
    } else {
        result.kind = Kind::Refused;
        result.message = serverMessage.isEmpty()
                             ? QStringLiteral("the server refused it (HTTP %1)").arg(result.status)
                             : QStringLiteral("the server refused it: %1").arg(serverMessage);
    }
    return result;
}

} // namespace tp::sync
