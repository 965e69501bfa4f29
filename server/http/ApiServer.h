#pragma once

#include "ServerContext.h"
#include "http/Router.h"

#include <QAbstractHttpServer>
#include <QTcpServer>

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

// The HTTP front of the JSON API: routing under /api/v1, sign-in, role checks, size limits,
// and a JSON error for everything that goes wrong.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(ServerContext &context, Router router, QObject *parent = nullptr);

    // Listens on address:port (port 0 picks a free one); returns the port or 0.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResponse dispatch(const QHttpServerRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    ServerContext &m_context;
    Router m_router;
};

QByteArray methodName(int method);

} // namespace tp::server
