#pragma once

#include "ServerContext.h"
#include "http/Router.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTcpServer>
#include <QThread>

namespace tp::server {

// Sets TCP_NODELAY and, connected before the HTTP server's own handler, turns away requests whose
// declared size is over `limit` (413) or that have no declared size (411).
void guardRequests(QTcpSocket *socket, qint64 limit);

// Accepts connections and turns away, before Qt buffers them, requests whose declared or
// received size is over the limit, so a client cannot make the server hold a huge body.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxRequestBytes;
};

class RequestWorker;
struct IncomingRequest;

// The HTTP front of the JSON API. It reads requests and writes answers on its own thread and
// hands each request to one of its workers (routing, sign-in, role checks, the handler), each
// with its own database connection. Answers on one connection go out in the order of its
// requests.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ApiServer(const ServerSettings &settings, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts `count` workers on the database; false, with the reason, when one cannot open it.
    bool startWorkers(const QString &databaseSpec, int count, QString *error);
    // Listens on address:port (port 0 picks a free one); returns the port or 0.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Connection
    {
        quint64 nextRequest = 0;
        quint64 nextAnswer = 0;
        QMap<quint64, QByteArray> ready; // answers waiting for an earlier one
        QSet<quint64> closeAfter;
    };
    void deliver(QTcpSocket *socket, quint64 sequence, const QByteArray &bytes, bool close);
    void stopWorkers();

    ServerSettings m_settings;
    QList<RequestWorker *> m_workers;
    QList<QThread *> m_threads;
    int m_nextWorker = 0;
    QHash<QTcpSocket *, Connection> m_connections;
};

// An answer as bytes on the wire (HTTP/1.1).
QByteArray serialiseResponse(const ApiResponse &response, bool close);
QByteArray methodName(int method);

} // namespace tp::server
