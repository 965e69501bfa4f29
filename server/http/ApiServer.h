#pragma once

#include "ServerContext.h"
#include "http/Router.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>

#include <memory>

namespace tp::server {

Q_DECLARE_LOGGING_CATEGORY(lcApi) // touchpoint.api: one line per request

class SqliteWriter;
class WalCheckpointer;

// Sets TCP_NODELAY and, connected before the HTTP server's own handler, turns away requests whose
// declared size is over `limit` (413) or that have no declared size (411).
void guardRequests(QTcpSocket *socket, qint64 limit);

class RequestWorker;
class RelayServer;
class RateLimiter;

// One lane of the API: an HTTP server on its own thread, with its own database connection,
// sign-in, script cache and routes (RequestWorker). It serves the connections the front deals
// to it, or, with TLS, listens itself. Its functions run on its thread.
class ApiLane : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiLane(QString databaseSpec, ServerSettings settings, std::shared_ptr<RateLimiter> limiter,
            SqliteWriter *writer);
    ~ApiLane() override;

    bool open(QString *error);
    void adopt(qintptr socketDescriptor);
    quint16 listenTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port,
                      QString *error);
    void close();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ServerSettings m_settings;
    std::unique_ptr<RequestWorker> m_worker;
    RelayServer *m_relay = nullptr;
};

// The API's front: listens, and deals each accepted connection to one of its lanes, each a
// thread of its own. Lanes keep no state but caches, like separate server instances.
class ApiServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ApiServer(const ServerSettings &settings, QObject *parent = nullptr);
    ~ApiServer() override;

    bool startLanes(const QString &databaseSpec, int count, QString *error);
    // Listens on address:port (port 0 picks a free one); returns the port or 0.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);
    // HTTPS for small set-ups: the first lane listens itself.
    quint16 startTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port,
                     QString *error);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void stopLanes();

    ServerSettings m_settings;
    std::shared_ptr<RateLimiter> m_limiter; // one for all lanes
    QList<ApiLane *> m_lanes;
    QList<QThread *> m_threads;
    int m_nextLane = 0;
    std::unique_ptr<SqliteWriter> m_writer;          // SQLite only; outlives the lanes
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite only
};

// An answer as bytes on the wire (HTTP/1.1).
QByteArray serialiseResponse(const ApiResponse &response, bool close);
QByteArray methodName(int method);

} // namespace tp::server
