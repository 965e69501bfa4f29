#include "sync/ManagerApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace tp::sync {

ManagerApi::ManagerApi(QUrl server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_network(new QNetworkAccessManager(this))
{
}

void ManagerApi::get(const QString &path, const QUrlQuery &query, Done done)
{
    send("GET", path, query, QByteArray(), std::move(done));
}

void ManagerApi::post(const QString &path, const QJsonObject &body, Done done)
{
    send("POST", path, QUrlQuery(), QJsonDocument(body).toJson(QJsonDocument::Compact),
         std::move(done));
}

std::optional<QUrlQuery> ManagerApi::nextPageQuery(const QByteArray &linkHeader)
{
    static const QRegularExpression link(QStringLiteral(R"(<([^>]*)>\s*;\s*rel="?next"?)"));
    const QRegularExpressionMatch match = link.match(QString::fromLatin1(linkHeader));
    if (!match.hasMatch())
        return std::nullopt;
    return QUrlQuery(QUrl(match.captured(1)).query(QUrl::FullyEncoded));
}

void ManagerApi::put(const QString &path, const QJsonObject &body, Done done)
{
    send("PUT", path, QUrlQuery(), QJsonDocument(body).toJson(QJsonDocument::Compact),
         std::move(done));
}

void ManagerApi::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                      const QByteArray &body, Done done)
{
    if (!ready()) {
        Answer answer;
        answer.reply.kind = ApiReply::Kind::Offline;
        answer.reply.message = m_server.isValid() ? tr("not signed in to the server")
                                                  : tr("no server is set up on this phone");
        done(answer);
        return;
    }
    QUrl url = m_server;
    url.setPath(url.path() + QStringLiteral("/api/v1") + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    ++m_inFlight;
    emit inFlightChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        Answer answer;
        // ApiReply reads the body; keep a copy of it first for non-JSON answers (photos).
        answer.raw = reply->peek(reply->bytesAvailable());
        answer.reply = ApiReply::from(reply);
        answer.next = nextPageQuery(reply->rawHeader(QByteArrayLiteral("Link")));
        const QJsonDocument json = QJsonDocument::fromJson(answer.raw);
        answer.body = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
        if (answer.reply.kind == ApiReply::Kind::SignIn)
            answer.reply.message = tr("your sign-in has expired; sign out and in again");
        --m_inFlight;
        emit inFlightChanged();
        done(answer);
    });
}

} // namespace tp::sync
