#include "http/ApiServer.h"

#include "http/RequestWorker.h"
#include <QElapsedTimer>
#include <QHttpServerRequest>

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcApi, "touchpoint.api", QtInfoMsg)

namespace tp::server {

namespace {

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

ApiServer::ApiServer(const ServerSettings &settings, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_settings(settings)
{
}

ApiServer::~ApiServer()
{
    stopWorkers();
}

bool ApiServer::startWorkers(const QString &databaseSpec, int count, QString *error)
{
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("api-worker-%1").arg(i));
        auto *worker = new RequestWorker(databaseSpec, m_settings);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.append(thread);
        m_workers.append(worker);
        bool opened = false;
        QMetaObject::invokeMethod(
            worker, [worker, &opened, error] { opened = worker->open(error); },
            Qt::BlockingQueuedConnection);
        if (!opened)
            return false;
    }
    return true;
}

void ApiServer::stopWorkers()
{
    for (int i = 0; i < m_workers.size(); ++i) {
        RequestWorker *worker = m_workers[i];
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
    m_workers.clear();
    m_threads.clear();
}

quint16 ApiServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new GuardedTcpServer(m_settings.maxBodyBytes, this);
    if (!tcp->listen(address, port)) {
        *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? "Internal Server Error" : "Status";
    }
}

bool wantsClose(const QHttpServerRequest &request)
{
    return request.value("Connection").toLower().contains("close");
}

} // namespace

QByteArray serialiseResponse(const ApiResponse &response, bool close)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                       reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        bytes += "Content-Type: " + response.contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bytes += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    bytes += response.body;
    return bytes;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    IncomingRequest incoming;
    incoming.method = methodName(int(request.method()));
    incoming.path = request.url().path();
    incoming.query = request.query();
    incoming.authorization = request.value("Authorization");
    incoming.body = request.body();
    incoming.peer = request.remoteAddress();
    const bool close = wantsClose(request);

    if (!m_connections.contains(socket)) {
        connect(socket, &QObject::destroyed, this,
                [this, socket] { m_connections.remove(socket); });
        connect(socket, &QAbstractSocket::disconnected, this,
                [this, socket] { m_connections.remove(socket); });
    }
    const quint64 sequence = m_connections[socket].nextRequest++;
    QPointer<QTcpSocket> target(socket);
    RequestWorker *worker = m_workers[m_nextWorker++ % m_workers.size()];
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, incoming, target, sequence, close, timer] {
            const ApiResponse response = worker->process(incoming);
            const QByteArray bytes = serialiseResponse(response, close);
            const int status = response.status;
            QMetaObject::invokeMethod(
                this,
                [this, target, sequence, bytes, close, status, incoming, timer] {
                    qCInfo(lcApi).noquote() << incoming.method << incoming.path.left(200) << status
                                            << timer.elapsed() << "ms";
                    if (target)
                        deliver(target.data(), sequence, bytes, close);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

void ApiServer::deliver(QTcpSocket *socket, quint64 sequence, const QByteArray &bytes, bool close)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return; // the client went away
    Connection &connection = *found;
    connection.ready.insert(sequence, bytes);
    if (close)
        connection.closeAfter.insert(sequence);
    while (!connection.ready.isEmpty() && connection.ready.firstKey() == connection.nextAnswer) {
        const quint64 next = connection.nextAnswer++;
        socket->write(connection.ready.take(next));
        if (connection.closeAfter.contains(next)) {
            m_connections.remove(socket);
            socket->disconnectFromHost();
            return;
        }
    }
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->write(serialiseResponse(notFound(QStringLiteral("path")), wantsClose(request)));
}

} // namespace tp::server
