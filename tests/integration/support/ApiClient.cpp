#include "ApiClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace tp::test {

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiReply::errorCode() const
{
    return object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString ApiReply::describe() const
{
    if (status == 0)
        return QStringLiteral("no HTTP answer: ") + networkError;
    QString text = QString::number(status);
    if (!body.isEmpty())
        text += QLatin1Char(' ') + QString::fromUtf8(body.left(1500));
    return text;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

ApiClient::ApiClient(const QUrl &apiUrl, int timeoutMs)
    : m_apiUrl(apiUrl)
    , m_timeoutMs(timeoutMs)
{
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

ApiReply ApiClient::get(const QString &path, const QString &token)
{
    return send({"GET", path, {}, token});
}

ApiReply ApiClient::del(const QString &path, const QString &token)
{
    return send({"DELETE", path, {}, token});
}

ApiReply ApiClient::put(const QString &path, const QJsonObject &body, const QString &token)
{
    return send({"PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token});
}

ApiReply ApiClient::put(const QString &path, const QByteArray &body, const QString &token,
                        const QByteArray &contentType)
{
    return send({"PUT", path, body, token, contentType});
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send({"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token});
}

QString ApiClient::signIn(const QString &username, const QString &password, QString *error)
{
    const ApiReply reply =
        post(QStringLiteral("/login"), QJsonObject{{QStringLiteral("username"), username},
                                                   {QStringLiteral("password"), password}});
    const QString token = reply.object().value(QStringLiteral("token")).toString();
    if (reply.status != 200 || token.isEmpty()) {
        *error = QStringLiteral("%1 cannot sign in: %2").arg(username, reply.describe());
        return {};
    }
    return token;
}

QString TokenCache::fresh(const QString &username, QString *error)
{
    return m_api.signIn(username, m_password, error);
}

QString TokenCache::token(const QString &username, QString *error)
{
    if (const auto it = m_tokens.constFind(username); it != m_tokens.cend())
        return *it;
    const QString token = fresh(username, error);
    if (!token.isEmpty())
        m_tokens.insert(username, token);
    return token;
}

ApiReply ApiClient::post(const QString &path, const QByteArray &body, const QString &token,
                         const QByteArray &contentType)
{
    return send({"POST", path, body, token, contentType});
}

QNetworkRequest ApiClient::makeRequest(const ApiRequestSpec &request) const
{
    QUrl url = m_apiUrl;
    const qsizetype question = request.path.indexOf(QLatin1Char('?'));
    url.setPath(m_apiUrl.path() + (question < 0 ? request.path : request.path.left(question)));
    if (question >= 0)
        url.setQuery(request.path.mid(question + 1));
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(m_timeoutMs);
    if (!request.contentType.isEmpty() &&
        (!request.body.isEmpty() || request.method == "PUT" || request.method == "POST"))
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!request.token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + request.token.toUtf8());
    return networkRequest;
}

namespace {

QNetworkReply *startRequest(QNetworkAccessManager &manager, const QNetworkRequest &request,
                            const ApiRequestSpec &spec)
{
    if (spec.method == "GET")
        return manager.get(request);
    if (spec.method == "DELETE" && spec.body.isEmpty())
        return manager.deleteResource(request);
    if (spec.method == "PUT")
        return manager.put(request, spec.body);
    if (spec.method == "POST")
        return manager.post(request, spec.body);
    return manager.sendCustomRequest(request, spec.method, spec.body);
}

} // namespace

ApiReply ApiClient::collect(QNetworkReply *reply)
{
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    if (result.status == 0)
        result.networkError = reply->errorString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (error.error == QJsonParseError::NoError)
        result.json = document;
    return result;
}

ApiReply ApiClient::send(const ApiRequestSpec &request)
{
    QNetworkReply *reply = startRequest(m_manager, makeRequest(request), request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        ApiReply timedOut;
        timedOut.networkError = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
        reply->deleteLater();
        return timedOut;
    }
    ApiReply result = collect(reply);
    reply->deleteLater();
    return result;
}

QList<ApiReply> ApiClient::sendConcurrently(const QList<ApiRequestSpec> &requests)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    int pending = int(requests.size());
    for (const ApiRequestSpec &spec : requests) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        managers.back()->setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply = startRequest(*managers.back(), makeRequest(spec), spec);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
        replies.append(reply);
    }
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (pending > 0)
        loop.exec();
    QList<ApiReply> results;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (reply->isFinished()) {
            results.append(collect(reply));
        } else {
            reply->abort();
            ApiReply timedOut;
            timedOut.networkError = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
            results.append(timedOut);
        }
        delete reply;
    }
    return results;
}

namespace {

// Parses "HTTP/1.1 413 ...\r\nHeaders\r\n\r\nbody" as far as it goes.
ApiReply parseRawResponse(const QByteArray &raw)
{
    ApiReply result;
    const qsizetype headersEnd = raw.indexOf("\r\n\r\n");
    const QByteArray head = headersEnd < 0 ? raw : raw.left(headersEnd);
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("HTTP/1.")) {
        result.networkError =
            QStringLiteral("not an HTTP answer: ") + QString::fromUtf8(raw.left(200));
        return result;
    }
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    result.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            result.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (headersEnd >= 0)
        result.body = raw.mid(headersEnd + 4);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (error.error == QJsonParseError::NoError)
        result.json = document;
    return result;
}

bool completeResponse(const QByteArray &raw)
{
    const qsizetype headersEnd = raw.indexOf("\r\n\r\n");
    if (headersEnd < 0)
        return false;
    const ApiReply partial = parseRawResponse(raw);
    bool ok = false;
    const qint64 length = partial.header("Content-Length").toLongLong(&ok);
    return ok && raw.size() - headersEnd - 4 >= length;
}

} // namespace

ApiReply ApiClient::sendRaw(const QByteArray &method, const QString &path, qint64 declaredLength,
                            qint64 bodyBytes, const QString &token)
{
    QTcpSocket socket;
    socket.connectToHost(m_apiUrl.host(), quint16(m_apiUrl.port()));
    ApiReply failed;
    if (!socket.waitForConnected(m_timeoutMs)) {
        failed.networkError = QStringLiteral("cannot connect: ") + socket.errorString();
        return failed;
    }
    QByteArray head = method + ' ' + (m_apiUrl.path() + path).toUtf8() +
                      " HTTP/1.1\r\nHost: " + m_apiUrl.host().toUtf8() + ':' +
                      QByteArray::number(m_apiUrl.port()) +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(declaredLength) + "\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    head += "\r\n";
    socket.write(head);
    socket.flush();

    QByteArray received;
    const QByteArray chunk(64 * 1024, '[');
    qint64 sent = 0;
    QDeadlineTimer deadline(m_timeoutMs);
    while (!deadline.hasExpired() && !completeResponse(received)) {
        if (sent < bodyBytes && socket.state() == QAbstractSocket::ConnectedState &&
            socket.bytesToWrite() < 4 * chunk.size()) {
            const qint64 n = qMin<qint64>(chunk.size(), bodyBytes - sent);
            socket.write(chunk.constData(), n);
            sent += n;
        }
        socket.waitForReadyRead(sent < bodyBytes ? 5 : 100);
        received += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    received += socket.readAll();
    socket.abort();
    if (received.isEmpty()) {
        failed.networkError = QStringLiteral("the connection ended without an answer after %1 "
                                             "body bytes: %2")
                                  .arg(sent)
                                  .arg(socket.errorString());
        return failed;
    }
    return parseRawResponse(received);
}

ApiReply ApiClient::sendFrom(const QHostAddress &source, const ApiRequestSpec &request)
{
    QTcpSocket socket;
    ApiReply failed;
    if (!socket.bind(source)) {
        failed.networkError =
            QStringLiteral("cannot bind to %1: %2").arg(source.toString(), socket.errorString());
        return failed;
    }
    socket.connectToHost(m_apiUrl.host(), quint16(m_apiUrl.port()));
    if (!socket.waitForConnected(m_timeoutMs)) {
        failed.networkError = QStringLiteral("cannot connect: ") + socket.errorString();
        return failed;
    }
    QByteArray head = request.method + ' ' + (m_apiUrl.path() + request.path).toUtf8() +
                      " HTTP/1.1\r\nHost: " + m_apiUrl.host().toUtf8() + ':' +
                      QByteArray::number(m_apiUrl.port()) + "\r\nConnection: close\r\n";
    if (!request.body.isEmpty())
        head += "Content-Type: " + request.contentType +
                "\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    if (!request.token.isEmpty())
        head += "Authorization: Bearer " + request.token.toUtf8() + "\r\n";
    socket.write(head + "\r\n" + request.body);

    QByteArray received;
    QDeadlineTimer deadline(m_timeoutMs);
    while (!deadline.hasExpired() && !completeResponse(received) &&
           socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    received += socket.readAll();
    socket.abort();
    if (received.isEmpty()) {
        failed.networkError =
            QStringLiteral("the connection ended without an answer: ") + socket.errorString();
        return failed;
    }
    return parseRawResponse(received);
}

QString nextPagePath(const QString &path, const ApiReply &reply)
{
    static const QRegularExpression link(QStringLiteral(R"(^<(\?[^>]*)>; rel="next"$)"));
    const QRegularExpressionMatch match = link.match(QString::fromLatin1(reply.header("Link")));
    if (!match.hasMatch())
        return {};
    return QUrl(path).resolved(QUrl(match.captured(1))).toString();
}

} // namespace tp::test
