#pragma once

#include "sync/ApiReply.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace tp::sync {

// The manager screens' calls to the server (reports, lists, reviews, actions, photos): JSON in,
// JSON out, asynchronous on the calling thread (never blocking), with the signed-in user's bearer
// token. Each answer comes back as an ApiReply (its kind says whether the phone is offline, must
// sign in again, or was refused) and the body as parsed JSON (object or array).
class ManagerApi : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        ApiReply reply;
        QJsonValue body; // the whole JSON body: an object or an array
        QByteArray raw;  // the bytes, for photos
        // A paged list's next page: the query of its Link rel="next"; nothing after the last.
        std::optional<QUrlQuery> next;
    };
    using Done = std::function<void(const Answer &)>;

    ManagerApi(QUrl server, QObject *parent = nullptr);

    void setToken(const QString &token) { m_token = token; }
    void setServer(const QUrl &server) { m_server = server; }
    bool ready() const { return m_server.isValid() && !m_token.isEmpty(); }
    int inFlight() const { return m_inFlight; }

    void get(const QString &path, const QUrlQuery &query, Done done);
    // The query of the rel="next" link of a Link header; the server writes it relative to the
    // request ("<?limit=100&after=...>; rel=\"next\"").
    static std::optional<QUrlQuery> nextPageQuery(const QByteArray &linkHeader);
    void post(const QString &path, const QJsonObject &body, Done done);
    void put(const QString &path, const QJsonObject &body, Done done);

signals:
    void inFlightChanged();

private:
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
              const QByteArray &body, Done done);

    QUrl m_server;
    QString m_token;
    QNetworkAccessManager *m_network;
    int m_inFlight = 0;
};

} // namespace tp::sync
