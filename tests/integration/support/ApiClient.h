#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace tp::test {

// One HTTP answer, as the tests look at it.
struct ApiReply
{
    int status = 0; // 0: no HTTP answer at all (see networkError)
    QByteArray body;
    QJsonDocument json; // null unless the body is JSON
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QByteArray header(const QByteArray &name) const;
    // error.code of an error answer
    QString errorCode() const;
    // "STATUS BODY" (the body cut short) for failure messages.
    QString describe() const;
};

// One request; `body` is sent as is (JSON unless `contentType` says otherwise).
struct ApiRequestSpec
{
    QByteArray method;
    QString path; // under /api/v1, e.g. "/audits/UUID"; may carry a query
    QByteArray body;
    QString token;
    QByteArray contentType = "application/json";
};

// A synchronous JSON client for the real server: each call runs a local event loop until the
// answer arrives or the timeout passes. No proxy is used.
class ApiClient
{
public:
    explicit ApiClient(const QUrl &apiUrl, int timeoutMs = 20000);

    ApiReply get(const QString &path, const QString &token = QString());
    ApiReply del(const QString &path, const QString &token = QString());
    ApiReply put(const QString &path, const QJsonObject &body, const QString &token = QString());
    ApiReply put(const QString &path, const QByteArray &body, const QString &token = QString(),
                 const QByteArray &contentType = "application/json");
    ApiReply post(const QString &path, const QJsonObject &body, const QString &token = QString());
    ApiReply post(const QString &path, const QByteArray &body, const QString &token = QString(),
                  const QByteArray &contentType = "application/json");
    ApiReply send(const ApiRequestSpec &request);

    // Sends every request at once, each on its own QNetworkAccessManager (its own connection),
    // all started before the event loop runs, and waits for all of them.
    QList<ApiReply> sendConcurrently(const QList<ApiRequestSpec> &requests);

    // Writes the request by hand on a raw socket: headers first (with Content-Length:
    // `declaredLength`), then up to `bodyBytes` of body while watching for an early answer.
    // For requests that QNetworkAccessManager cannot express, such as an oversized upload that
    // the server refuses before reading it.
    ApiReply sendRaw(const QByteArray &method, const QString &path, qint64 declaredLength,
                     qint64 bodyBytes, const QString &token = QString());

    // The request from another loopback address (e.g. 127.0.0.2), on a raw socket bound to it:
    // the server sees `source` as the client's address.
    ApiReply sendFrom(const QHostAddress &source, const ApiRequestSpec &request);

    // POST /login; the token, or nothing with `*error` saying why (the server's answer).
    QString signIn(const QString &username, const QString &password, QString *error);

    QUrl apiUrl() const { return m_apiUrl; }

private:
    QNetworkRequest makeRequest(const ApiRequestSpec &request) const;
    static ApiReply collect(class QNetworkReply *reply);

    QUrl m_apiUrl;
    int m_timeoutMs;
    QNetworkAccessManager m_manager;
};

// The tokens of users who share one password, each signed in on first use and kept.
class TokenCache
{
public:
    TokenCache(ApiClient &api, QString password)
        : m_api(api)
        , m_password(std::move(password))
    {
    }

    QString token(const QString &username, QString *error);
    // A new sign-in, not kept (for tokens a test revokes).
    QString fresh(const QString &username, QString *error);

private:
    ApiClient &m_api;
    QString m_password;
    QHash<QString, QString> m_tokens;
};

// The path of a list's next page from the answer's Link header (`<?query>; rel="next"`, relative
// to `path`); empty after the last page.
QString nextPagePath(const QString &path, const ApiReply &reply);

// The JSON of `value` in one line, for messages.
QString compactJson(const QJsonValue &value);

} // namespace tp::test
