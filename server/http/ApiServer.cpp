#include "http/ApiServer.h"

#include "auth/AuthService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcApi, "touchpoint.api", QtInfoMsg)

namespace tp::server {

namespace {

const QString kPrefix = QStringLiteral("/api/v1");

QByteArray rejection(const QByteArray &statusLine, const QByteArray &code,
                     const QByteArray &message)
{
    const QByteArray body =
        R"({"error":{"code":")" + code + R"(","message":")" + message + R"("}})";
    return "HTTP/1.1 " + statusLine +
           "\r\nContent-Type: application/json\r\nConnection: close\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool startsWithRequestLine(const QByteArray &head)
{
    int letters = 0;
    while (letters < head.size() && letters < 8 && head.at(letters) >= 'A' &&
           head.at(letters) <= 'Z')
        ++letters;
    return letters >= 3 && head.size() > letters + 1 && head.at(letters) == ' ' &&
           head.at(letters + 1) == '/';
}

// The Content-Length of the request at the head of the buffer, when its headers are complete.
std::optional<qint64> declaredLength(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QByteArray headers = head.left(end).toLower();
    const qsizetype at = headers.indexOf("\r\ncontent-length:");
    if (at < 0)
        return std::nullopt;
    const qsizetype lineEnd = headers.indexOf("\r\n", at + 2);
    bool ok = false;
    const qint64 length =
        headers.mid(at + 17, lineEnd < 0 ? -1 : lineEnd - at - 17).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(length) : std::optional<qint64>(-1);
}

} // namespace

QByteArray methodName(int method)
{
    switch (QHttpServerRequest::Method(method)) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

GuardedTcpServer::GuardedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{
}

void guardRequests(QTcpSocket *socket, qint64 limit)
{
    // Qt writes a response's head and body separately; without TCP_NODELAY the second write waits
    // for the client's delayed ACK (40 ms on Linux) on every request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before the HTTP server's own handler, so it sees each chunk first.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, limit] {
        const QByteArray head = socket->peek(16 * 1024);
        if (!startsWithRequestLine(head))
            return;
        const qsizetype headersEnd = head.indexOf("\r\n\r\n");
        QByteArray reply;
        if (headersEnd >= 0 && head.left(headersEnd).toLower().contains("\r\ntransfer-encoding:")) {
            // Without a declared length a body could grow without bound inside Qt's parser.
            reply = rejection("411 Length Required", "length_required",
                              "send the body with a Content-Length");
        } else if (const auto length = declaredLength(head);
                   length && (*length > limit || *length < 0)) {
            reply = rejection("413 Payload Too Large", "too_large",
                              "the request is larger than " + QByteArray::number(limit) + " bytes");
        }
        if (!reply.isEmpty()) {
            socket->readAll();
            socket->write(reply);
            socket->disconnectFromHost();
        }
    });
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    guardRequests(socket, m_maxRequestBytes);
    addPendingConnection(socket);
}

ApiServer::ApiServer(ServerContext &context, Router router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_router(std::move(router))
{
}

quint16 ApiServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new GuardedTcpServer(m_context.settings.maxBodyBytes, this);
    if (!tcp->listen(address, port)) {
        *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

ApiResponse ApiServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (path != kPrefix && !path.startsWith(kPrefix + QLatin1Char('/')))
        return notFound(QStringLiteral("path %1").arg(path.left(200)));
    const QByteArray method = methodName(int(request.method()));
    const Router::Match match = m_router.match(method, path.mid(kPrefix.size()));
    if (!match.route) {
        if (match.pathKnown)
            return ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                      QStringLiteral("%1 is not allowed on %2")
                                          .arg(QLatin1String(method), path.left(200)));
        return notFound(QStringLiteral("path %1").arg(path.left(200)));
    }
    if (request.body().size() > m_context.settings.maxBodyBytes)
        return ApiResponse::error(413, QStringLiteral("too_large"),
                                  QStringLiteral("the request is too large"));

    ApiRequest apiRequest;
    apiRequest.http = &request;
    apiRequest.method = method;
    apiRequest.params = match.params;
    apiRequest.query = request.query();
    apiRequest.body = request.body();
    apiRequest.peer = request.remoteAddress();

    const Route &route = *match.route;
    if (route.access == Access::SignedIn) {
        const QByteArray authorization = request.value("Authorization");
        if (!authorization.startsWith("Bearer "))
            return ApiResponse::error(
                401, QStringLiteral("unauthenticated"),
                QStringLiteral("sign in first: send 'Authorization: Bearer TOKEN'"));
        apiRequest.principal =
            m_context.auth.authenticate(QString::fromLatin1(authorization.mid(7).trimmed()));
        if (!apiRequest.principal)
            return ApiResponse::error(
                401, QStringLiteral("invalid_token"),
                QStringLiteral("the token is unknown, expired or revoked; sign in again"));
        if (!route.roles.isEmpty() && !route.roles.contains(apiRequest.principal->role))
            return forbidden(QStringLiteral("the role %1 may not do this")
                                 .arg(roleName(apiRequest.principal->role)));
    }
    return route.handler(apiRequest);
}

void ApiServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                     const ApiResponse &response)
{
    QHttpServerResponse reply(response.contentType, response.body,
                              QHttpServerResponse::StatusCode(response.status));
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    for (const auto &[name, value] : response.headers)
        reply.addHeader(name, value);
    reply.write(makeResponder(request, socket));
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiResponse response;
    try {
        response = dispatch(request);
    } catch (const std::exception &e) {
        qCCritical(lcApi) << "handler threw:" << e.what();
        response = internalError(QStringLiteral("the server failed; the request was not applied"));
    }
    m_context.db.releaseStatements();
    qCInfo(lcApi).noquote() << methodName(int(request.method())) << request.url().path().left(200)
                            << response.status << timer.elapsed() << "ms";
    send(request, socket, response);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, notFound(QStringLiteral("path")));
}

} // namespace tp::server
