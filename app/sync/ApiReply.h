#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QNetworkReply;

namespace tp::sync {

// What a finished request means for sync.
struct ApiReply
{
    enum class Kind
    {
        Ok,      // 2xx
        Offline, // no HTTP answer at all: no network, refused, reset, timed out
        SignIn,  // 401: the token is no longer good
        Retry,   // 5xx, 408, 429: the server could not take it now; try again later
        Refused, // any other 4xx: this request will not succeed as it is
    };
    Kind kind = Kind::Offline;
    int status = 0;
    QJsonObject json;     // the body, when it was a JSON object
    QString message;      // in words, for the screen
    int networkError = 0; // QNetworkReply::NetworkError; for the log, which never shows a URL

    static ApiReply from(QNetworkReply *reply);
    // The same decision from the parts of an answer, without a network (fuzzed in tests/fuzz):
    // `httpStatus` 0 means no HTTP answer; `transportError` that the transfer failed (a 2xx whose
    // body was cut short), with `errorText` saying how.
    static ApiReply fromParts(int httpStatus, const QByteArray &body, bool transportError,
                              const QString &errorText = QString());
    // The same decision for one answer inside a bulk upload's answer (an HTTP status and its body).
    static ApiReply fromItem(int httpStatus, const QJsonObject &body);
    bool ok() const { return kind == Kind::Ok; }

private:
    static ApiReply classify(int httpStatus, QJsonObject body, bool transportError,
                             const QString &errorText);
};

} // namespace tp::sync
