// The server's limits, each against the real binary: body size, JSON depth, answers per audit,
// photo size, requests per token per minute, idle connections. Each over-limit request gets a
// 4xx with the JSON error shape, and the server goes on answering. Related cases elsewhere:
// tst_server_intake (oversizedBodyIs413, deepNestingIs400), tst_server_tls (the size guard in
// front of HTTPS), tst_server_auth (sign-in throttling), tst_nginx_front (the nginx front's own
// body size and sign-in limits, and the server's passing through it).

#include "DemoAudits.h"
#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::test;

namespace {

QString photoPath(const QByteArray &bytes)
{
    return QStringLiteral("/photos/") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray photoBytes(qint64 size, char fill)
{
    QByteArray bytes(size, fill);
    bytes.replace(0, 4, "\xff\xd8\xff\xe0"); // looks like a JPEG; the server does not care
    return bytes;
}

QString errorMessage(const ApiReply &reply)
{
    return reply.object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QJsonValue errorDetails(const ApiReply &reply)
{
    return reply.object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("details"));
}

// An HTTP/1.1 request written by hand on `socket`, and its answer read back.
QByteArray exchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end >= 0) {
            static const QRegularExpression length(QStringLiteral("Content-Length: *(\\d+)"),
                                                   QRegularExpression::CaseInsensitiveOption);
            const auto match = length.match(QString::fromLatin1(answer.left(end)));
            if (match.hasMatch() && answer.size() >= end + 4 + match.captured(1).toLongLong())
                return answer;
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    return answer;
}

// POST /login written by hand, as a proxy would send it; the answer's status.
int loginVia(quint16 port, const QString &username, const QString &password,
             const QByteArray &realIp)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return 0;
    const QByteArray body = compactJson(QJsonObject{{QStringLiteral("username"), username},
                                                    {QStringLiteral("password"), password}})
                                .toUtf8();
    const QByteArray answer =
        exchange(socket, "POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Real-IP: " + realIp +
                             "\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void bodyOverLimitIs413BeforeItArrives();
    void bodyWithoutLengthIs411();
    void jsonBodyOverLimitIs413();
    void jsonDeeperThanLimitIs400();
    void answersPerAuditOverLimitIs422();
    void photoOverLimitIs413();
    void photoLimitIsAnOption();
    void requestsPerTokenOverLimitAre429();
    void rateLimitIsOneForAllLanes();
    void rateLimitRefills();
    void defaultRateLimitLetsABusyPhoneThrough();
    void idleConnectionIsClosed();
    void stalledRequestIsClosed();
    void busyConnectionStaysOpen();
    void loginThrottlingSeesTheClientBehindAProxy();
    void forwardedAddressIsIgnoredFromOthers();
    void badLimitOptionsAreRefused();

private:
    bool start(const QStringList &serveArguments = {});
    ServerFixture &server() { return *m_fixture; }
    // The server is still up and its log shows no 5xx answer.
    void expectHealthy();

    std::unique_ptr<ServerFixture> m_fixture;
};

bool TestServerLimits::start(const QStringList &serveArguments)
{
    QString error;
    m_fixture = ServerFixture::create(QStringLiteral("sqlite"), nullptr, serveArguments, &error);
    if (!m_fixture)
        qWarning("cannot start the server: %s", qPrintable(error));
    return bool(m_fixture);
}

void TestServerLimits::cleanup()
{
    m_fixture.reset();
}

void TestServerLimits::expectHealthy()
{
    QVERIFY2(server().server().isRunning(), qPrintable(server().logTail()));
    static const QRegularExpression error5xx(QStringLiteral(R"(touchpoint\.api: \S+ \S+ 5\d\d )"));
    QVERIFY2(!error5xx.match(server().server().log()).hasMatch(), qPrintable(server().logTail()));
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me")), 401);
}

// 10 MiB for any request: a larger declared body is answered 413 as soon as its headers are in,
// without reading it (the guard in server/http/ApiServer.cpp).
void TestServerLimits::bodyOverLimitIs413BeforeItArrives()
{
    QVERIFY(start());
    TP_TOKEN(token, server(), "exec1");
    QElapsedTimer timer;
    timer.start();
    const ApiReply reply =
        server().api().sendRaw("PUT", QStringLiteral("/photos/") + QString(64, QLatin1Char('a')),
                               11 * 1024 * 1024, 64 * 1024, token);
    TP_EXPECT_STATUS(reply, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
    QVERIFY2(errorMessage(reply).contains(QStringLiteral("10485760")),
             qPrintable(reply.describe()));
    QVERIFY2(timer.elapsed() < 5000, "the server waited for the body it refuses");
    expectHealthy();
}

void TestServerLimits::bodyWithoutLengthIs411()
{
    QVERIFY(start());
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), server().server().port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray answer =
        exchange(socket, "POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/json\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"username\":\"a\"\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.left(300).constData());
    QVERIFY2(answer.contains(R"("code":"length_required")"), answer.constData());
    expectHealthy();
}

// 5 MiB for a JSON body (the body limit is higher for photos).
void TestServerLimits::jsonBodyOverLimitIs413()
{
    QVERIFY(start());
    const QByteArray padding(5 * 1024 * 1024, 'x');
    const ApiReply reply = server().api().post(
        QStringLiteral("/login"), R"({"username":"shopper1","password":")" + padding + R"("})");
    TP_EXPECT_STATUS(reply, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
    QVERIFY2(errorMessage(reply).contains(QString::number(5 * 1024 * 1024)),
             qPrintable(reply.describe()));
    expectHealthy();
}

// 32 levels of arrays and objects; deeper is refused before parsing (no deep recursion).
void TestServerLimits::jsonDeeperThanLimitIs400()
{
    QVERIFY(start());
    TP_TOKEN(token, server(), "exec1");
    const auto nested = [](int depth) {
        return QByteArray(depth - 1, '[') + "{}" + QByteArray(depth - 1, ']');
    };
    const QString audit = QStringLiteral("/audits/") + newUuid();
    const ApiReply deep = server().api().put(audit, nested(33), token);
    TP_EXPECT_STATUS(deep, 400);
    QCOMPARE(deep.errorCode(), QStringLiteral("too_deep"));
    const ApiReply deepLogin = server().api().post(QStringLiteral("/login"), nested(33));
    TP_EXPECT_STATUS(deepLogin, 400);
    QCOMPARE(deepLogin.errorCode(), QStringLiteral("too_deep"));
    QVERIFY2(errorMessage(deepLogin).contains(QStringLiteral("32")),
             qPrintable(deepLogin.describe()));
    // At the limit, the body is parsed (and then refused for what it is, not for its depth).
    const ApiReply atLimit = server().api().put(audit, nested(32), token);
    QVERIFY2(atLimit.status == 400 || atLimit.status == 422, qPrintable(atLimit.describe()));
    QVERIFY2(atLimit.errorCode() != QLatin1String("too_deep"), qPrintable(atLimit.describe()));
    const ApiReply veryDeep = server().api().put(audit, QByteArray(100000, '['), token);
    TP_EXPECT_STATUS(veryDeep, 400);
    expectHealthy();
}

// 5,000 answers per audit (app/core/AuditDecoder.cpp): more is refused before the script is
// looked at, with the limit named in the details.
void TestServerLimits::answersPerAuditOverLimitIs422()
{
    QVERIFY(start());
    TP_TOKEN(token, server(), "exec1");
    const auto withAnswers = [](int count) {
        QJsonObject audit = selfAudit(QStringLiteral("exec1"));
        QJsonObject answers = audit.value(QStringLiteral("answers")).toObject();
        for (int i = answers.size(); i < count; ++i)
            answers.insert(QStringLiteral("extra_%1").arg(i),
                           QJsonObject{{QStringLiteral("value"), true}});
        audit.insert(QStringLiteral("answers"), answers);
        return audit;
    };
    const QJsonObject tooMany = withAnswers(5001);
    const ApiReply reply = server().api().put(QStringLiteral("/audits/") +
                                                  tooMany.value(QStringLiteral("uuid")).toString(),
                                              tooMany, token);
    TP_EXPECT_STATUS(reply, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_audit"));
    const QString details = compactJson(errorDetails(reply));
    QVERIFY2(details.contains(QStringLiteral("too_many")), qPrintable(reply.describe()));
    QVERIFY2(details.contains(QStringLiteral("at most 5000 answers")),
             qPrintable(reply.describe()));

    // 5,000 pass the limit: the audit is then refused for its unknown items, one by one.
    const QJsonObject atLimit = withAnswers(5000);
    const ApiReply checked = server().api().put(
        QStringLiteral("/audits/") + atLimit.value(QStringLiteral("uuid")).toString(), atLimit,
        token);
    TP_EXPECT_STATUS(checked, 422);
    const QString checkedDetails = compactJson(errorDetails(checked));
    QVERIFY2(!checkedDetails.contains(QStringLiteral("too_many")), qPrintable(checked.describe()));
    QVERIFY2(checkedDetails.contains(QStringLiteral("unknown_item")),
             qPrintable(checked.describe().left(300)));
    expectHealthy();
}

// 8 MiB per photo by default, under the 10 MiB body limit: the photo route says 413 itself.
void TestServerLimits::photoOverLimitIs413()
{
    QVERIFY(start());
    TP_TOKEN(token, server(), "exec1");
    const QByteArray tooLarge = photoBytes(8 * 1024 * 1024 + 1, 'a');
    const ApiReply refused =
        server().api().put(photoPath(tooLarge), tooLarge, token, "application/octet-stream");
    TP_EXPECT_STATUS(refused, 413);
    QCOMPARE(refused.errorCode(), QStringLiteral("too_large"));
    QVERIFY2(errorMessage(refused).contains(QString::number(8 * 1024 * 1024)),
             qPrintable(refused.describe()));

    const QByteArray atLimit = photoBytes(8 * 1024 * 1024, 'b');
    TP_EXPECT_STATUS(
        server().api().put(photoPath(atLimit), atLimit, token, "application/octet-stream"), 201);
    expectHealthy();
}

void TestServerLimits::photoLimitIsAnOption()
{
    QVERIFY(start({QStringLiteral("--max-photo-mb"), QStringLiteral("0.5")}));
    TP_TOKEN(token, server(), "exec1");
    const QByteArray tooLarge = photoBytes(512 * 1024 + 1, 'c');
    const ApiReply refused =
        server().api().put(photoPath(tooLarge), tooLarge, token, "application/octet-stream");
    TP_EXPECT_STATUS(refused, 413);
    QVERIFY2(errorMessage(refused).contains(QStringLiteral("524288")),
             qPrintable(refused.describe()));
    const QByteArray atLimit = photoBytes(512 * 1024, 'd');
    TP_EXPECT_STATUS(
        server().api().put(photoPath(atLimit), atLimit, token, "application/octet-stream"), 201);
    expectHealthy();
}

void TestServerLimits::requestsPerTokenOverLimitAre429()
{
    QVERIFY(start({QStringLiteral("--rate-limit"), QStringLiteral("5")}));
    TP_TOKEN(token, server(), "shopper1");
    for (int i = 0; i < 5; ++i)
        TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), token), 200);
    const ApiReply limited = server().api().get(QStringLiteral("/me"), token);
    TP_EXPECT_STATUS(limited, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY2(errorMessage(limited).contains(QStringLiteral("5 requests a minute")),
             qPrintable(limited.describe()));
    const QJsonObject details = errorDetails(limited).toObject();
    QCOMPARE(details.value(QStringLiteral("limitPerMinute")).toInt(), 5);
    // One request more every 12 s.
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 12, limited.header("Retry-After").constData());
    QCOMPARE(details.value(QStringLiteral("retryAfterSeconds")).toInt(), retryAfter);
    // Every route counts, and a refused request is not carried out.
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/sync?cursor=0"), token), 429);

    // Per token: another sign-in, even of the same user, has its own allowance.
    TP_TOKEN(other, server(), "shopper2");
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), other), 200);
    QString error;
    const QString second = server().freshToken(QStringLiteral("shopper1"), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), second), 200);
    // A made-up token is told it is unknown, not limited.
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), QString(43, QLatin1Char('x'))), 401);
    expectHealthy();
}

// The lanes share one limiter: 12 requests on 12 connections, dealt over 4 lanes, get 6 answers
// and 6 refusals. Counted per lane, all 12 would pass (3 a lane).
void TestServerLimits::rateLimitIsOneForAllLanes()
{
    QVERIFY(start({QStringLiteral("--rate-limit"), QStringLiteral("6"), QStringLiteral("--workers"),
                   QStringLiteral("4")}));
    TP_TOKEN(token, server(), "shopper1");
    QList<ApiRequestSpec> requests;
    for (int i = 0; i < 12; ++i)
        requests.append({"GET", QStringLiteral("/me"), {}, token});
    int ok = 0;
    int limited = 0;
    for (const ApiReply &reply : server().api().sendConcurrently(requests)) {
        if (reply.status == 200)
            ++ok;
        else if (reply.status == 429 && !reply.header("Retry-After").isEmpty())
            ++limited;
        else
            QFAIL(qPrintable(reply.describe()));
    }
    QCOMPARE(ok, 6);
    QCOMPARE(limited, 6);
    expectHealthy();
}

void TestServerLimits::rateLimitRefills()
{
    QVERIFY(start({QStringLiteral("--rate-limit"), QStringLiteral("120")}));
    TP_TOKEN(token, server(), "shopper1");
    ApiReply reply;
    int passed = 0;
    QElapsedTimer timer;
    timer.start();
    while (passed < 400) {
        reply = server().api().get(QStringLiteral("/me"), token);
        if (reply.status != 200)
            break;
        ++passed;
    }
    TP_EXPECT_STATUS(reply, 429);
    // 120 at once, then two a second.
    QVERIFY2(passed >= 120 && passed <= 120 + 2 * (timer.elapsed() / 1000 + 1),
             qPrintable(QStringLiteral("%1 passed in %2 ms").arg(passed).arg(timer.elapsed())));
    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
    QTest::qWait(1100);
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), token), 200);
    expectHealthy();
}

// Without --rate-limit, a phone emptying a long queue in a hurry is not held back.
void TestServerLimits::defaultRateLimitLetsABusyPhoneThrough()
{
    QVERIFY(start());
    TP_TOKEN(token, server(), "exec1");
    QList<ApiRequestSpec> requests;
    for (int i = 0; i < 50; ++i)
        requests.append({"GET", QStringLiteral("/sync?cursor=0"), {}, token});
    for (int round = 0; round < 6; ++round) {
        for (const ApiReply &reply : server().api().sendConcurrently(requests))
            TP_EXPECT_STATUS(reply, 200);
    }
    expectHealthy();
}

// A connection that sends nothing is closed by the server after --idle-timeout-ms.
void TestServerLimits::idleConnectionIsClosed()
{
    QVERIFY(start({QStringLiteral("--idle-timeout-ms"), QStringLiteral("800")}));
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), server().server().port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(socket.waitForDisconnected(10000), "the server kept an idle connection open");
    QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(socket.readAll(), QByteArray()); // closed without an answer
    expectHealthy();
}

// Half a request (headers not finished, or a body shorter than declared) and then nothing.
void TestServerLimits::stalledRequestIsClosed()
{
    QVERIFY(start({QStringLiteral("--idle-timeout-ms"), QStringLiteral("800")}));
    TP_TOKEN(token, server(), "exec1");
    const QList<QByteArray> halves{
        "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor",
        "PUT /api/v1/audits/" + newUuid().toLatin1() +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Authorization: Bearer " +
            token.toLatin1() + "\r\nContent-Length: 1000\r\n\r\n{\"uuid\":"};
    for (const QByteArray &half : halves) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), server().server().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(half);
        QVERIFY(socket.waitForBytesWritten(5000));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(socket.waitForDisconnected(10000), half.constData());
        QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
    }
    expectHealthy();
}

// Each request restarts the wait: a keep-alive connection in use outlives the timeout.
void TestServerLimits::busyConnectionStaysOpen()
{
    QVERIFY(start({QStringLiteral("--idle-timeout-ms"), QStringLiteral("800")}));
    TP_TOKEN(token, server(), "exec1");
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), server().server().port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray request = "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                               "Bearer " +
                               token.toLatin1() + "\r\n\r\n";
    QElapsedTimer timer;
    timer.start();
    int answered = 0;
    while (timer.elapsed() < 2500) {
        const QByteArray answer = exchange(socket, request);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"),
                 qPrintable(QStringLiteral("request %1 after %2 ms: %3")
                                .arg(answered + 1)
                                .arg(timer.elapsed())
                                .arg(QString::fromLatin1(answer.left(200)))));
        ++answered;
        QTest::qWait(300);
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QVERIFY(answered >= 5);
    // Then left alone, it is closed.
    QVERIFY2(socket.waitForDisconnected(10000), "the server kept an idle connection open");
    expectHealthy();
}

// With --trusted-proxy, 20 failed sign-ins from one client behind the proxy throttle that client
// only, not everyone the proxy forwards.
void TestServerLimits::loginThrottlingSeesTheClientBehindAProxy()
{
    QVERIFY(start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
    const quint16 port = server().server().port();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(loginVia(port, QStringLiteral("guess%1").arg(i), QStringLiteral("wrong"),
                          "198.51.100.7"),
                 401);
    QCOMPARE(
        loginVia(port, QStringLiteral("shopper1"), QLatin1String(kDemoPassword), "198.51.100.7"),
        429);
    QCOMPARE(
        loginVia(port, QStringLiteral("shopper1"), QLatin1String(kDemoPassword), "198.51.100.8"),
        200);
    expectHealthy();
}

// Without it, X-Real-IP is anybody's say-so: changing it does not escape the throttling.
void TestServerLimits::forwardedAddressIsIgnoredFromOthers()
{
    QVERIFY(start());
    const quint16 port = server().server().port();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(loginVia(port, QStringLiteral("guess%1").arg(i), QStringLiteral("wrong"),
                          "198.51.100.7"),
                 401);
    QCOMPARE(
        loginVia(port, QStringLiteral("shopper1"), QLatin1String(kDemoPassword), "198.51.100.8"),
        429);
    expectHealthy();
}

void TestServerLimits::badLimitOptionsAreRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("limits.sqlite"));
    QString error;
    QVERIFY2(ServerProcess::initDemo(db, &error), qPrintable(error));
    const QList<QStringList> bad{
        {QStringLiteral("--rate-limit"), QStringLiteral("-1")},
        {QStringLiteral("--rate-limit"), QStringLiteral("many")},
        {QStringLiteral("--idle-timeout-ms"), QStringLiteral("soon")},
        {QStringLiteral("--max-photo-mb"), QStringLiteral("0")},
        {QStringLiteral("--max-photo-mb"), QStringLiteral("11")},
        {QStringLiteral("--workers"), QStringLiteral("0")},
        {QStringLiteral("--trusted-proxy"), QStringLiteral("nginx")},
    };
    for (const QStringList &options : bad) {
        const CommandResult run = runServerCommand(
            QStringList{QStringLiteral("serve"), QStringLiteral("--db"), db,
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                options,
            {}, 10000);
        QVERIFY2(run.finished && run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(options.first().toLatin1()), qPrintable(run.describe()));
    }
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
