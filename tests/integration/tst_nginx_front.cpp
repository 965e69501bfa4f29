// The deployment front of docs/deploy.md: real nginx running server/deploy/nginx/touchpoint.conf
// (its placeholders filled in as the admin would) with a throwaway self-signed certificate, in
// front of the real touchpoint-server on loopback. A phone's whole round goes through it, and
// the front's own refusals (redirect, 413, 429, 503) answer in the API's JSON error shape.

#include "DemoAudits.h"
#include "NginxProcess.h"
#include "SelfSignedCertificate.h"
#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::test;

namespace {

constexpr char kTemplate[] = TOUCHPOINT_NGINX_TEMPLATE;

// One request on a raw socket (plain or TLS), HTTP/1.1, and whatever came back within 10 s.
QByteArray rawExchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(200))
            answer += socket.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = answer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            if (at >= 0 &&
                answer.size() >=
                    end + 4 +
                        head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong())
                break;
        }
    }
    return answer + socket.readAll();
}

QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
{
    for (const QByteArray &line : answer.left(answer.indexOf("\r\n\r\n")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QString photoPath(const QByteArray &bytes)
{
    return QStringLiteral("/photos/") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestNginxFront : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInThroughTheFront();
    void syncPullThroughTheFront();
    void auditAndPhotoThroughTheFront();
    void securityHeadersOnEveryAnswer();
    void plainHttpRedirectsToHttps();
    void bodyOverLimitIs413();
    void serverLimitsPassThrough();
    void onlyTheApiIsServed();
    void hammeringSignInIs429();
    void serverDownIs503();

private:
    QString token(const QString &username);
    ApiClient &api() { return *m_api; }
    QSslConfiguration trustingOurCertificate() const;
    std::unique_ptr<QSslSocket> tlsConnection();

    QTemporaryDir m_dir;
    std::unique_ptr<ServerFixture> m_server;
    NginxProcess m_nginx; // declared after the server: stopped first
    std::unique_ptr<ApiClient> m_api;
    QList<QSslCertificate> m_certificates;
    std::unique_ptr<TokenCache> m_tokens;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    QElapsedTimer m_sinceStart; // nginx's sign-in allowance refills with time
};

void TestNginxFront::initTestCase()
{
    if (NginxProcess::executable().isEmpty())
        QFAIL("nginx is not installed: this test runs the real nginx (Debian package nginx, "
              "installed by tools/setup)");
    QVERIFY(m_dir.isValid());
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const CommandResult made = makeSelfSignedCertificate(cert, key);
    QVERIFY2(made.ok(), qPrintable(made.describe()));
    m_certificates = QSslCertificate::fromPath(cert);
    QCOMPARE(m_certificates.size(), 1);
    // Every QNetworkAccessManager of this process trusts the throwaway certificate.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_certificates);
    QSslConfiguration::setDefaultConfiguration(tls);

    // As docs/deploy.md runs it: on loopback, told that nginx names the client in X-Real-IP.
    QString error;
    m_server = ServerFixture::create(
        QStringLiteral("sqlite"), nullptr,
        {QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}, &error);
    QVERIFY2(m_server, qPrintable(error));

    m_httpPort = freeLoopbackPort();
    m_httpsPort = freeLoopbackPort();
    QVERIFY(m_httpPort && m_httpsPort && m_httpPort != m_httpsPort);
    const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(m_httpsPort);
    const QHash<QString, QString> values{
        {QStringLiteral("SERVER_NAME"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("HTTP_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_httpPort)},
        {QStringLiteral("HTTPS_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_httpsPort)},
        {QStringLiteral("HTTPS_ORIGIN"), origin},
        {QStringLiteral("TLS_CERT"), cert},
        {QStringLiteral("TLS_KEY"), key},
        {QStringLiteral("UPSTREAM"), QStringLiteral("127.0.0.1:%1").arg(m_server->server().port())},
        // The values docs/deploy.md recommends.
        {QStringLiteral("LOGIN_RATE"), QStringLiteral("10r/m")},
        {QStringLiteral("LOGIN_BURST"), QStringLiteral("5")},
    };
    QVERIFY2(m_nginx.start(QLatin1String(kTemplate), values, {m_httpPort, m_httpsPort}, &error),
             qPrintable(error));
    m_sinceStart.start();
    m_api = std::make_unique<ApiClient>(QUrl(origin + QStringLiteral("/api/v1")));
    m_tokens = std::make_unique<TokenCache>(*m_api, QLatin1String(kDemoPassword));
}

void TestNginxFront::cleanupTestCase()
{
    m_tokens.reset();
    m_api.reset();
    m_nginx.stop();
    QVERIFY(!m_nginx.isRunning());
    m_server.reset();
}

// Sign-ins count against the front's limit (6 at once): each user signs in once here.
QString TestNginxFront::token(const QString &username)
{
    QString error;
    const QString token = m_tokens->token(username, &error);
    if (token.isEmpty())
        qWarning("through nginx: %s", qPrintable(error));
    return token;
}

QSslConfiguration TestNginxFront::trustingOurCertificate() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_certificates);
    return tls;
}

std::unique_ptr<QSslSocket> TestNginxFront::tlsConnection()
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(trustingOurCertificate());
    socket->setPeerVerifyName(QStringLiteral("127.0.0.1"));
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_httpsPort);
    if (!socket->waitForEncrypted(10000))
        qWarning("no TLS with nginx: %s", qPrintable(socket->errorString()));
    return socket;
}

void TestNginxFront::signInThroughTheFront()
{
    const QString shopper = token(QStringLiteral("shopper1"));
    QCOMPARE(shopper.size(), 43);
    const ApiReply me = api().get(QStringLiteral("/me"), shopper);
    TP_EXPECT_STATUS(me, 200);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("shopper1"));
    TP_EXPECT_STATUS(api().get(QStringLiteral("/me")), 401);
}

void TestNginxFront::syncPullThroughTheFront()
{
    const QString shopper = token(QStringLiteral("shopper1"));
    QVERIFY(!shopper.isEmpty());
    const ApiReply pulled = api().get(QStringLiteral("/sync?cursor=0"), shopper);
    TP_EXPECT_STATUS(pulled, 200);
    QVERIFY2(!pulled.object().value(QStringLiteral("scripts")).toArray().isEmpty(),
             qPrintable(pulled.describe()));
    QVERIFY2(!pulled.object().value(QStringLiteral("assignments")).toArray().isEmpty(),
             qPrintable(pulled.describe()));
    const qint64 cursor = pulled.object().value(QStringLiteral("cursor")).toInteger();
    const ApiReply again = api().get(QStringLiteral("/sync?cursor=%1").arg(cursor), shopper);
    TP_EXPECT_STATUS(again, 200);
    QCOMPARE(again.object().value(QStringLiteral("cursor")).toInteger(), cursor);
}

// A 3 MiB photo (larger than nginx keeps in memory: buffered to its temporary folder) and an
// audit, each filed idempotently.
void TestNginxFront::auditAndPhotoThroughTheFront()
{
    const QString exec = token(QStringLiteral("exec1"));
    QVERIFY(!exec.isEmpty());
    QByteArray photo(3 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 7919) >> 3);
    const ApiReply stored = api().put(photoPath(photo), photo, exec, "application/octet-stream");
    TP_EXPECT_STATUS(stored, 201);
    QCOMPARE(stored.object().value(QStringLiteral("size")).toInteger(), photo.size());
    TP_EXPECT_STATUS(api().put(photoPath(photo), photo, exec, "application/octet-stream"), 200);
    const ApiReply back = api().get(photoPath(photo), exec);
    TP_EXPECT_STATUS(back, 200);
    QVERIFY(back.body == photo);

    const QJsonObject audit = selfAudit(QStringLiteral("exec1"));
    const QString path =
        QStringLiteral("/audits/") + audit.value(QStringLiteral("uuid")).toString();
    const ApiReply filed = api().put(path, audit, exec);
    TP_EXPECT_STATUS(filed, 201);
    const QString sha = filed.object().value(QStringLiteral("contentSha256")).toString();
    QCOMPARE(sha.size(), 64);
    const ApiReply retried = api().put(path, audit, exec);
    TP_EXPECT_STATUS(retried, 200);
    QCOMPARE(retried.object().value(QStringLiteral("contentSha256")).toString(), sha);
}

void TestNginxFront::securityHeadersOnEveryAnswer()
{
    const QString shopper = token(QStringLiteral("shopper1"));
    for (const ApiReply &reply :
         {api().get(QStringLiteral("/me"), shopper), api().get(QStringLiteral("/me")),
          api().get(QStringLiteral("/nothing-here"), shopper)}) {
        QVERIFY2(reply.header("Strict-Transport-Security").startsWith("max-age="),
                 qPrintable(reply.describe()));
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(reply.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(reply.header("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY(reply.header("Content-Security-Policy").contains("default-src 'none'"));
        QCOMPARE(reply.header("Server"), QByteArray("nginx")); // no version
    }
}

// Plain HTTP only redirects, keeping the method and the path (308).
void TestNginxFront::plainHttpRedirectsToHttps()
{
    for (const QByteArray &request :
         {QByteArray("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
          QByteArray("PUT /api/v1/audits/x?y=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                     "2\r\nConnection: close\r\n\r\n{}")}) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_httpPort);
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray answer = rawExchange(socket, request);
        QVERIFY2(answer.startsWith("HTTP/1.1 308") || answer.startsWith("HTTP/1.1 301"),
                 answer.left(300).constData());
        const QByteArray target = request.mid(request.indexOf(' ') + 1,
                                              request.indexOf(" HTTP/") - request.indexOf(' ') - 1);
        QCOMPARE(headerOf(answer, "Location"),
                 QStringLiteral("https://127.0.0.1:%1").arg(m_httpsPort).toLatin1() + target);
    }
}

// Over 10 MiB, nginx answers 413 itself, as soon as it sees the declared length.
void TestNginxFront::bodyOverLimitIs413()
{
    const QString exec = token(QStringLiteral("exec1"));
    const auto socket = tlsConnection();
    QVERIFY(socket->isEncrypted());
    const QByteArray answer = rawExchange(
        *socket, "PUT /api/v1/photos/" + QByteArray(64, 'a') +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + exec.toLatin1() +
                     "\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                     QByteArray::number(11 * 1024 * 1024) + "\r\n\r\nonly the start");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(300).constData());
    QVERIFY2(headerOf(answer, "Content-Type").startsWith("application/json"),
             answer.left(300).constData());
    QVERIFY2(answer.contains(R"({"error":{"code":"too_large")"), answer.constData());

    // The same through Qt's client, the whole body sent.
    const QByteArray huge(10 * 1024 * 1024 + 1, 'x');
    const ApiReply refused = api().put(photoPath(huge), huge, exec, "application/octet-stream");
    if (refused.status != 0) { // nginx may close before the client has sent everything
        TP_EXPECT_STATUS(refused, 413);
        QCOMPARE(refused.errorCode(), QStringLiteral("too_large"));
    }
    TP_EXPECT_STATUS(api().get(QStringLiteral("/me"), exec), 200);
}

// Within nginx's limit, the server's own limits answer, unchanged by the front.
void TestNginxFront::serverLimitsPassThrough()
{
    const QString exec = token(QStringLiteral("exec1"));
    const QByteArray photo(9 * 1024 * 1024, 'p'); // over the server's 8 MiB for a photo
    const ApiReply refused = api().put(photoPath(photo), photo, exec, "application/octet-stream");
    TP_EXPECT_STATUS(refused, 413);
    QCOMPARE(refused.errorCode(), QStringLiteral("too_large"));
    QVERIFY2(refused.object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("photo")),
             qPrintable(refused.describe()));
    const ApiReply deep =
        api().put(QStringLiteral("/audits/") + newUuid(), QByteArray(1000, '['), exec);
    TP_EXPECT_STATUS(deep, 400);
    QCOMPARE(deep.errorCode(), QStringLiteral("too_deep"));
}

void TestNginxFront::onlyTheApiIsServed()
{
    const auto socket = tlsConnection();
    QVERIFY(socket->isEncrypted());
    const QByteArray answer =
        rawExchange(*socket, "GET /etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.left(300).constData());
    QVERIFY2(answer.contains(R"({"error":{"code":"not_found")"), answer.constData());
}

// The front lets 6 sign-ins from one address through at once (1 + burst 5) and then one every
// 6 s; the rest get 429 with Retry-After. Different user names, so the server's own per-user
// throttling (5 failures) does not answer first.
void TestNginxFront::hammeringSignInIs429()
{
    int refusedByServer = 0;
    int limited = 0;
    ApiReply last;
    for (int i = 0; i < 20; ++i) {
        const ApiReply reply = api().post(
            QStringLiteral("/login"),
            QJsonObject{{QStringLiteral("username"), QStringLiteral("intruder%1").arg(i)},
                        {QStringLiteral("password"), QStringLiteral("x")}});
        if (reply.status == 401) {
            ++refusedByServer;
        } else {
            TP_EXPECT_STATUS(reply, 429);
            ++limited;
            last = reply;
        }
    }
    // The earlier tests signed in twice (shopper1, exec1).
    const int allowance = 6 + int(m_sinceStart.elapsed() / 6000) + 1 - 2;
    QVERIFY2(refusedByServer <= allowance && limited >= 20 - allowance,
             qPrintable(QStringLiteral("%1 reached the server, %2 limited, in %3 ms")
                            .arg(refusedByServer)
                            .arg(limited)
                            .arg(m_sinceStart.elapsed())));
    QCOMPARE(last.errorCode(), QStringLiteral("too_many_attempts"));
    QVERIFY(last.header("Content-Type").startsWith("application/json"));
    QVERIFY(last.header("Retry-After").toInt() > 0);
    // Only sign-in is limited this way: signed-in work goes on.
    TP_EXPECT_STATUS(api().get(QStringLiteral("/me"), token(QStringLiteral("exec1"))), 200);
}

// The server gone, the front says so in JSON, with a status a phone retries (5xx), not a page.
void TestNginxFront::serverDownIs503()
{
    m_server->server().stop();
    const ApiReply reply = api().get(QStringLiteral("/me"), token(QStringLiteral("exec1")));
    TP_EXPECT_STATUS(reply, 503);
    QCOMPARE(reply.errorCode(), QStringLiteral("unavailable"));
    QVERIFY(reply.header("Retry-After").toInt() > 0);
    QVERIFY2(m_nginx.isRunning(), qPrintable(m_nginx.errorLog()));
}

QTEST_GUILESS_MAIN(TestNginxFront)
#include "tst_nginx_front.moc"
