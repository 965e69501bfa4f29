// Sign-in, tokens and their end (logout, expiry, disabled users), and sign-in throttling, against
// the real server on SQLite and on PostgreSQL.

#include "ServerFixture.h"

#include <QDateTime>
#include <QTest>

using namespace tp::test;

namespace {

QJsonObject credentials(const QString &username, const QString &password)
{
    return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT

private:
    ServerFixture &server() { return *m_fixture; }
    // Starts this test's server (some tests need other serve arguments).
    void startServer(const QStringList &serveArguments = {});
    ApiReply login(const QString &username, const QString &password)
    {
        return m_fixture->api().post(QStringLiteral("/login"), credentials(username, password));
    }
    // POST /login from another loopback address (the server listens on 127.0.0.1).
    ApiReply loginFrom(const QString &address, const QString &username, const QString &password)
    {
        ApiRequestSpec request;
        request.method = "POST";
        request.path = QStringLiteral("/login");
        request.body = QJsonDocument(credentials(username, password)).toJson();
        return m_fixture->api().sendFrom(QHostAddress(address), request);
    }

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase() { m_harness.startCluster(); }
    void cleanup() { m_fixture.reset(); }

    void loginSucceeds();
    void wrongPasswordIs401();
    void unknownUserIs401();
    void unknownFieldsAre422();
    void malformedJsonIs400();
    void missingAuthorizationIs401();
    void garbageTokenIs401();
    void logoutRevokesToken();
    void expiredTokenIs401();
    void repeatedFailuresThrottle();
    void failuresElsewhereDoNotLockTheUserOut();
    void oneAddressGuessingManyUsersIsSlowed();
    void guessingFromManyAddressesIsSlowedBriefly();
    void adminUnlocksAUser();
    void initialPasswordMustBeChanged();
    void disabledUserCannotSignIn();
};

void TestServerAuth::startServer(const QStringList &serveArguments)
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error, serveArguments);
    QVERIFY2(m_fixture, qPrintable(error));
}

void TestServerAuth::loginSucceeds()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const ApiReply reply = login(QStringLiteral("manager1"), QLatin1String(kDemoPassword));
    TP_EXPECT_STATUS(reply, 200);
    const QJsonObject body = reply.object();
    const QString token = body.value(QStringLiteral("token")).toString();
    QVERIFY2(token.size() >= 32, qPrintable(reply.describe()));
    const QDateTime expiresAt =
        QDateTime::fromString(body.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    QVERIFY2(expiresAt.isValid(), qPrintable(reply.describe()));
    QVERIFY2(expiresAt.toSecsSinceEpoch() > before + 3600, qPrintable(reply.describe()));
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("manager1"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("regional_manager"));
    QCOMPARE(user.value(QStringLiteral("regions")).toArray(),
             QJsonArray{QStringLiteral("americas")});
    QVERIFY2(!user.contains(QStringLiteral("password")), qPrintable(reply.describe()));
    // The demo's users were made on the command line: no initial password to change.
    QVERIFY2(!user.contains(QStringLiteral("mustChangePassword")), qPrintable(reply.describe()));

    const ApiReply me = server().api().get(QStringLiteral("/me"), token);
    TP_EXPECT_STATUS(me, 200);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("manager1"));
}

void TestServerAuth::wrongPasswordIs401()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const ApiReply reply = login(QStringLiteral("shopper1"), QStringLiteral("touchpoint-dem0"));
    TP_EXPECT_STATUS(reply, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("wrong_credentials"));
    QVERIFY2(!reply.object().contains(QStringLiteral("token")), qPrintable(reply.describe()));
}

void TestServerAuth::unknownUserIs401()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const ApiReply reply = login(QStringLiteral("nobody"), QLatin1String(kDemoPassword));
    TP_EXPECT_STATUS(reply, 401);
    // The same answer as for a wrong password: the server does not say which users exist.
    QCOMPARE(reply.errorCode(), QStringLiteral("wrong_credentials"));
}

void TestServerAuth::unknownFieldsAre422()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    QJsonObject body = credentials(QStringLiteral("shopper1"), QLatin1String(kDemoPassword));
    body.insert(QStringLiteral("rememberMe"), true);
    const ApiReply reply = server().api().post(QStringLiteral("/login"), body);
    TP_EXPECT_STATUS(reply, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_body"));
    const QString details = compactJson(
        reply.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("details")));
    QVERIFY2(details.contains(QStringLiteral("rememberMe")), qPrintable(reply.describe()));
}

void TestServerAuth::malformedJsonIs400()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const ApiReply reply = server().api().post(
        QStringLiteral("/login"), QByteArrayLiteral(R"({"username": "shopper1", "password": )"));
    TP_EXPECT_STATUS(reply, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_json"));
}

void TestServerAuth::missingAuthorizationIs401()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const ApiReply reply = server().api().get(QStringLiteral("/me"));
    TP_EXPECT_STATUS(reply, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
}

void TestServerAuth::garbageTokenIs401()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    for (const QString &token : {QStringLiteral("garbage"), QString(QLatin1Char('x')).repeated(43),
                                 QString(QLatin1Char('A')).repeated(5000)}) {
        const ApiReply reply = server().api().get(QStringLiteral("/me"), token);
        TP_EXPECT_STATUS(reply, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
    }
}

void TestServerAuth::logoutRevokesToken()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(other, server(), "shopper1");
    QString error;
    const QString token = server().freshToken(QStringLiteral("shopper1"), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), token), 200);
    TP_EXPECT_STATUS(server().api().post(QStringLiteral("/logout"), QByteArray(), token), 204);
    const ApiReply after = server().api().get(QStringLiteral("/me"), token);
    TP_EXPECT_STATUS(after, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("invalid_token"));
    TP_EXPECT_STATUS(server().api().post(QStringLiteral("/logout"), QByteArray(), token), 401);
    // Only that token ends: the user's other session goes on.
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), other), 200);
}

void TestServerAuth::expiredTokenIs401()
{
    // 0.0005 hours: tokens live about 2 seconds.
    startServer({QStringLiteral("--token-hours"), QStringLiteral("0.0005")});
    if (QTest::currentTestFailed())
        return;
    QString error;
    const QString token = server().freshToken(QStringLiteral("exec1"), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), token), 200);
    QTest::qWait(2600);
    const ApiReply reply = server().api().get(QStringLiteral("/me"), token);
    TP_EXPECT_STATUS(reply, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
}

void TestServerAuth::repeatedFailuresThrottle()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    ApiReply reply;
    for (int attempt = 1; attempt <= 6; ++attempt) {
        reply = login(QStringLiteral("shopper2"), QStringLiteral("wrong-%1").arg(attempt));
        if (attempt < 6)
            TP_EXPECT_STATUS(reply, 401);
    }
    TP_EXPECT_STATUS(reply, 429);
    QCOMPARE(reply.errorCode(), QStringLiteral("too_many_attempts"));
    bool ok = false;
    const int retryAfter = reply.header("Retry-After").toInt(&ok);
    QVERIFY2(
        ok && retryAfter > 0,
        qPrintable(QStringLiteral("Retry-After: \"%1\"; %2")
                       .arg(QString::fromLatin1(reply.header("Retry-After")), reply.describe())));

    const ApiReply right = login(QStringLiteral("shopper2"), QLatin1String(kDemoPassword));
    TP_EXPECT_STATUS(right, 429);
    QVERIFY2(!right.object().contains(QStringLiteral("token")), qPrintable(right.describe()));
    // Another user on the same address is not locked out by shopper2's failures.
    TP_EXPECT_STATUS(login(QStringLiteral("shopper1"), QLatin1String(kDemoPassword)), 200);
}

namespace {

// The Retry-After header of a 429, in seconds; -1 when it is missing or not a number.
int retryAfter(const ApiReply &reply)
{
    bool ok = false;
    const int seconds = reply.header("Retry-After").toInt(&ok);
    return ok ? seconds : -1;
}

} // namespace

void TestServerAuth::failuresElsewhereDoNotLockTheUserOut()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const QString attacker = QStringLiteral("127.0.0.2");
    for (int attempt = 1; attempt <= 5; ++attempt)
        TP_EXPECT_STATUS(loginFrom(attacker, QStringLiteral("manager1"),
                                   QStringLiteral("guess-%1").arg(attempt)),
                         401);
    const ApiReply slowed =
        loginFrom(attacker, QStringLiteral("manager1"), QStringLiteral("guess"));
    TP_EXPECT_STATUS(slowed, 429);
    QVERIFY2(retryAfter(slowed) > 60, qPrintable(slowed.describe()));
    // Even the right password, from the guessing address.
    TP_EXPECT_STATUS(loginFrom(attacker, QStringLiteral("manager1"), QLatin1String(kDemoPassword)),
                     429);

    // The manager, at their own address, signs in at once.
    TP_EXPECT_STATUS(login(QStringLiteral("manager1"), QLatin1String(kDemoPassword)), 200);
    TP_EXPECT_STATUS(loginFrom(QStringLiteral("127.0.0.3"), QStringLiteral("manager1"),
                               QLatin1String(kDemoPassword)),
                     200);
}

void TestServerAuth::oneAddressGuessingManyUsersIsSlowed()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const QString attacker = QStringLiteral("127.0.0.2");
    // Four guesses per name stay under the per-name limit: only the address count stops it.
    for (int attempt = 0; attempt < 20; ++attempt)
        TP_EXPECT_STATUS(loginFrom(attacker, QStringLiteral("user%1").arg(attempt / 4),
                                   QStringLiteral("guess-%1").arg(attempt)),
                         401);
    const ApiReply slowed = loginFrom(attacker, QStringLiteral("user9"), QStringLiteral("guess"));
    TP_EXPECT_STATUS(slowed, 429);
    QCOMPARE(slowed.errorCode(), QStringLiteral("too_many_attempts"));
    QVERIFY2(retryAfter(slowed) > 60, qPrintable(slowed.describe()));
    TP_EXPECT_STATUS(loginFrom(attacker, QStringLiteral("shopper1"), QLatin1String(kDemoPassword)),
                     429);
    // Nobody else is slowed by it.
    TP_EXPECT_STATUS(login(QStringLiteral("shopper1"), QLatin1String(kDemoPassword)), 200);
}

void TestServerAuth::guessingFromManyAddressesIsSlowedBriefly()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    // 100 failures for one name, 4 from each of 25 addresses: no address reaches its own limits.
    for (int address = 0; address < 25; ++address) {
        const QString from = QStringLiteral("127.0.1.%1").arg(address + 1);
        for (int attempt = 0; attempt < 4; ++attempt)
            TP_EXPECT_STATUS(
                loginFrom(from, QStringLiteral("exec1"), QStringLiteral("guess-%1").arg(attempt)),
                401);
    }
    const ApiReply slowed = loginFrom(QStringLiteral("127.0.1.100"), QStringLiteral("exec1"),
                                      QLatin1String(kDemoPassword));
    TP_EXPECT_STATUS(slowed, 429);
    // The per-name count is short: a minute at most, whoever made the failures.
    const int wait = retryAfter(slowed);
    QVERIFY2(wait >= 1 && wait <= 60, qPrintable(slowed.describe()));
    QVERIFY2(slowed.errorCode() == QStringLiteral("too_many_attempts"),
             qPrintable(slowed.describe()));
}

void TestServerAuth::adminUnlocksAUser()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    for (int attempt = 1; attempt <= 5; ++attempt)
        TP_EXPECT_STATUS(login(QStringLiteral("manager1"), QStringLiteral("typo-%1").arg(attempt)),
                         401);
    TP_EXPECT_STATUS(login(QStringLiteral("manager1"), QLatin1String(kDemoPassword)), 429);

    TP_TOKEN(managerToken, server(), "manager2");
    TP_EXPECT_STATUS(
        server().api().post(QStringLiteral("/users/manager1/unlock"), QJsonObject(), managerToken),
        403);
    TP_TOKEN(adminToken, server(), "admin");
    TP_EXPECT_STATUS(
        server().api().post(QStringLiteral("/users/nobody/unlock"), QJsonObject(), adminToken),
        404);
    const ApiReply unlocked =
        server().api().post(QStringLiteral("/users/manager1/unlock"), QJsonObject(), adminToken);
    TP_EXPECT_STATUS(unlocked, 200);
    QCOMPARE(unlocked.object().value(QStringLiteral("username")).toString(),
             QStringLiteral("manager1"));
    TP_EXPECT_STATUS(login(QStringLiteral("manager1"), QLatin1String(kDemoPassword)), 200);
}

void TestServerAuth::initialPasswordMustBeChanged()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(adminToken, server(), "admin");
    const QJsonObject newUser{{QStringLiteral("username"), QStringLiteral("shopper9")},
                              {QStringLiteral("displayName"), QStringLiteral("Kim V.")},
                              {QStringLiteral("role"), QStringLiteral("shopper")},
                              {QStringLiteral("password"), QStringLiteral("initial-pass-1")}};
    TP_EXPECT_STATUS(server().api().post(QStringLiteral("/users"), newUser, adminToken), 201);

    const ApiReply first = login(QStringLiteral("shopper9"), QStringLiteral("initial-pass-1"));
    TP_EXPECT_STATUS(first, 200);
    QVERIFY2(first.object()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("mustChangePassword"))
                 .toBool(),
             qPrintable(first.describe()));
    const QString token = first.object().value(QStringLiteral("token")).toString();
    const QString otherSession = login(QStringLiteral("shopper9"), QStringLiteral("initial-pass-1"))
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toString();
    const ApiReply refused = server().api().get(QStringLiteral("/sync"), token);
    TP_EXPECT_STATUS(refused, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("password_change_required"));
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), token), 200);

    auto change = [&](const QString &current, const QString &next) {
        return server().api().post(QStringLiteral("/me/password"),
                                   QJsonObject{{QStringLiteral("currentPassword"), current},
                                               {QStringLiteral("newPassword"), next}},
                                   token);
    };
    const ApiReply wrong = change(QStringLiteral("not-it"), QStringLiteral("my-own-pass-7"));
    TP_EXPECT_STATUS(wrong, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("wrong_password"));
    TP_EXPECT_STATUS(change(QStringLiteral("initial-pass-1"), QStringLiteral("short")), 422);
    TP_EXPECT_STATUS(change(QStringLiteral("initial-pass-1"), QStringLiteral("initial-pass-1")),
                     422);
    const ApiReply changed =
        change(QStringLiteral("initial-pass-1"), QStringLiteral("my-own-pass-7"));
    TP_EXPECT_STATUS(changed, 200);
    QVERIFY2(!changed.object().contains(QStringLiteral("mustChangePassword")),
             qPrintable(changed.describe()));

    // This session goes on, with everything allowed; the other one has ended.
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/sync"), token), 200);
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), otherSession), 401);
    TP_EXPECT_STATUS(login(QStringLiteral("shopper9"), QStringLiteral("initial-pass-1")), 401);
    const ApiReply own = login(QStringLiteral("shopper9"), QStringLiteral("my-own-pass-7"));
    TP_EXPECT_STATUS(own, 200);
    QVERIFY2(!own.object()
                  .value(QStringLiteral("user"))
                  .toObject()
                  .contains(QStringLiteral("mustChangePassword")),
             qPrintable(own.describe()));

    // An admin who sets a new password sets an initial one again.
    QJsonObject reset = newUser;
    reset.remove(QStringLiteral("username"));
    reset.insert(QStringLiteral("password"), QStringLiteral("initial-pass-2"));
    TP_EXPECT_STATUS(server().api().put(QStringLiteral("/users/shopper9"), reset, adminToken), 200);
    const ApiReply again = login(QStringLiteral("shopper9"), QStringLiteral("initial-pass-2"));
    QVERIFY2(again.object()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("mustChangePassword"))
                 .toBool(),
             qPrintable(again.describe()));
}

void TestServerAuth::disabledUserCannotSignIn()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(before, server(), "shopper2");
    const CommandResult disable = server().runCli(
        {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("shopper2")});
    QVERIFY2(disable.ok(), qPrintable(disable.describe()));

    const ApiReply reply = login(QStringLiteral("shopper2"), QLatin1String(kDemoPassword));
    TP_EXPECT_STATUS(reply, 401);
    QVERIFY2(!reply.object().contains(QStringLiteral("token")), qPrintable(reply.describe()));
    // A token issued before the account was disabled stops working too.
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/me"), before), 401);

    const CommandResult enable = server().runCli(
        {QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("shopper2")});
    QVERIFY2(enable.ok(), qPrintable(enable.describe()));
    TP_EXPECT_STATUS(login(QStringLiteral("shopper2"), QLatin1String(kDemoPassword)), 200);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
