#include "http/ApiServer.h"

#include "storage/SqliteWriter.h"
#include "storage/WalCheckpointer.h"

#include "http/ClientAddress.h"
#include "http/IdleTimeout.h"
#include "http/PromptAck.h"
#include "http/RateLimiter.h"
#include "http/RequestWorker.h"
#include <QElapsedTimer>
#include <QHttpServerRequest>

#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>

namespace tp::server {

Q_LOGGING_CATEGORY(lcApi, "touchpoint.api", QtInfoMsg)

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

void guardRequests(QTcpSocket *socket, qint64 limit)
{
    // Qt writes a response's head and body separately; without TCP_NODELAY the second write waits
    // for the client's delayed ACK (40 ms on Linux) on every request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before the HTTP server's own handler, so it sees each chunk first.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, limit] {
        ackPromptly(socket);
        // Most chunks continue a body: a look at their first bytes tells, without copying 16 KB
        // of each 200 KB photo (and scanning it) a dozen times.
        char first[10];
        const qint64 firstBytes = socket->peek(first, sizeof first);
        if (firstBytes <= 0 ||
            !startsWithRequestLine(QByteArray::fromRawData(first, int(firstBytes))))
            return;
        const QByteArray head = socket->peek(16 * 1024);
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

// Hands sockets accepted elsewhere to its lane's HTTP server, which takes them as if it had
// accepted them itself.
class RelayServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    void relay(QTcpSocket *socket)
    {
        addPendingConnection(socket);
        emit newConnection();
    }
};

namespace {

QtMessageHandler previousMessageHandler = nullptr;

// The relays do not listen (the front does), and Qt says so on every connection they hand
// over; only that line is dropped.
void dropRelayNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(
            QLatin1String("QTcpServer::nextPendingConnection() called while not listening")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

} // namespace

ApiLane::ApiLane(QString databaseSpec, ServerSettings settings,
                 std::shared_ptr<RateLimiter> limiter, SqliteWriter *writer)
    : m_settings(settings)
    , m_worker(std::make_unique<RequestWorker>(std::move(databaseSpec), settings,
                                               std::move(limiter), writer))
{
}

ApiLane::~ApiLane() = default;

bool ApiLane::open(QString *error)
{
    if (!m_worker->open(error))
        return false;
    m_relay = new RelayServer(this);
    // bind() warns that the relay is not listening; it is not meant to: the front listens.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver.warning=false"));
    bind(m_relay);
    QLoggingCategory::setFilterRules(QString());
    return true;
}

void ApiLane::adopt(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(m_relay);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    guardRequests(socket, m_settings.maxBodyBytes);
    closeWhenIdle(socket, m_settings.idleTimeoutMs);
    m_relay->relay(socket);
}

quint16 ApiLane::listenTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port,
                           QString *error)
{
    auto *sslServer = new QSslServer(this);
    sslServer->setSslConfiguration(tls);
    const qint64 limit = m_settings.maxBodyBytes;
    const int idleTimeoutMs = m_settings.idleTimeoutMs;
    connect(sslServer, &QSslServer::startedEncryptionHandshake, sslServer,
            [limit, idleTimeoutMs](QSslSocket *socket) {
                guardRequests(socket, limit);
                closeWhenIdle(socket, idleTimeoutMs);
            });
    if (!sslServer->listen(address, port)) {
        *error = sslServer->errorString();
        delete sslServer;
        return 0;
    }
    bind(sslServer);
    return sslServer->serverPort();
}

void ApiLane::close()
{
    m_worker->close();
}

bool ApiLane::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    IncomingRequest incoming;
    incoming.method = methodName(int(request.method()));
    incoming.path = request.url().path();
    incoming.query = request.query();
    incoming.authorization = request.value("Authorization");
    incoming.body = request.body();
    incoming.peer = clientAddress(request, m_settings);
    const ApiResponse response = m_worker->process(incoming);
    const bool close = request.value("Connection").toLower().contains("close");
    socket->write(serialiseResponse(response, close));
    if (close)
        socket->disconnectFromHost();
    qCInfo(lcApi).noquote() << incoming.method << incoming.path.left(200) << response.status
                            << timer.elapsed() << "ms";
    return true;
}

void ApiLane::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->write(serialiseResponse(notFound(QStringLiteral("path")),
                                    request.value("Connection").toLower().contains("close")));
}

ApiServer::ApiServer(const ServerSettings &settings, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_limiter(std::make_shared<RateLimiter>(settings.requestsPerTokenPerMinute))
{
    static const bool installed = [] {
        previousMessageHandler = qInstallMessageHandler(dropRelayNotices);
        return true;
    }();
    Q_UNUSED(installed);
}

ApiServer::~ApiServer()
{
    stopLanes();
}

bool ApiServer::startLanes(const QString &databaseSpec, int count, QString *error)
{
    const bool sqlite = !databaseSpec.startsWith(QLatin1String("postgres"));
    if (sqlite) {
        m_writer = std::make_unique<SqliteWriter>();
        if (!m_writer->start(databaseSpec, error))
            return false;
    }
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("api-lane-%1").arg(i));
        auto *lane = new ApiLane(databaseSpec, m_settings, m_limiter, m_writer.get());
        lane->moveToThread(thread);
        thread->start();
        m_threads.append(thread);
        m_lanes.append(lane);
        bool opened = false;
        QMetaObject::invokeMethod(
            lane, [lane, &opened, error] { opened = lane->open(error); },
            Qt::BlockingQueuedConnection);
        if (!opened)
            return false;
    }
    if (sqlite) {
        m_checkpointer = std::make_unique<WalCheckpointer>();
        if (!m_checkpointer->start(databaseSpec, 1000, error))
            return false;
    }
    return true;
}

void ApiServer::stopLanes()
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        ApiLane *lane = m_lanes[i];
        // Deleted on its own thread, where its sockets and database connection live.
        QMetaObject::invokeMethod(
            lane,
            [lane] {
                lane->close();
                delete lane;
            },
            Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
    m_lanes.clear();
    m_threads.clear();
}

quint16 ApiServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!listen(address, port)) {
        *error = errorString();
        return 0;
    }
    return serverPort();
}

quint16 ApiServer::startTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port,
                            QString *error)
{
    ApiLane *lane = m_lanes.first();
    quint16 result = 0;
    QMetaObject::invokeMethod(
        lane, [&] { result = lane->listenTls(tls, address, port, error); },
        Qt::BlockingQueuedConnection);
    return result;
}

void ApiServer::incomingConnection(qintptr handle)
{
    ApiLane *lane = m_lanes[m_nextLane++ % m_lanes.size()];
    QMetaObject::invokeMethod(
        lane, [lane, handle] { lane->adopt(handle); }, Qt::QueuedConnection);
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

} // namespace tp::server
