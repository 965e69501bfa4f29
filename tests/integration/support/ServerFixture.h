#pragma once

#include "ApiClient.h"
#include "CommandRunner.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QHash>

#include <memory>

namespace tp::test {

inline constexpr char kDemoPassword[] = "touchpoint-demo";

// One test's server: a fresh database on one backend, initialised with the demo organisation,
// served by the real binary, with a client and one token per demo user (signed in on first use).
class ServerFixture
{
public:
    static std::unique_ptr<ServerFixture> create(const QString &backend, PostgresCluster *cluster,
                                                 const QStringList &serveArguments, QString *error);

    TestDatabase &db() { return *m_db; }
    ServerProcess &server() { return *m_server; }
    ApiClient &api() { return *m_api; }
    QString backend() const { return m_db->backend(); }

    // The user's token, signing in (password touchpoint-demo) only the first time.
    QString token(const QString &username, QString *error);
    // The same for steps that go on regardless: empty (the server then answers 401) when sign-in
    // fails, and the reason in the test's log.
    QString token(const char *username);
    // A new sign-in, not cached (for tokens a test revokes).
    QString freshToken(const QString &username, QString *error);

    // Runs the server binary's command line on this test's database (`--db` is added).
    CommandResult runCli(const QStringList &arguments);

    // The tail of the server's log, for failure messages.
    QString logTail(int characters = 3000);

private:
    ServerFixture() = default;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<TokenCache> m_tokens;
};

// The PostgreSQL cluster of one test executable and the "backend" data rows every test function
// runs over (QTest's global data: initTestCase_data).
class BackendHarness
{
public:
    // Call from initTestCase(): starts the cluster; a failure is kept and reported by every
    // postgres row (the sqlite rows still run).
    void startCluster();
    // Call from initTestCase_data().
    static void addBackendRows();

    std::unique_ptr<ServerFixture> createFixture(const QString &backend, QString *error,
                                                 const QStringList &serveArguments = {});
    PostgresCluster &cluster() { return m_cluster; }

private:
    PostgresCluster m_cluster;
    QString m_clusterError;
};

} // namespace tp::test

// Fetches a cached token into `var`, failing the test with the server's answer when sign-in fails.
#define TP_TOKEN(var, fixture, user)                                                               \
    QString var;                                                                                   \
    do {                                                                                           \
        QString tpTokenError;                                                                      \
        var = (fixture).token(QStringLiteral(user), &tpTokenError);                                \
        QVERIFY2(!var.isEmpty(), qPrintable(tpTokenError));                                        \
    } while (false)

// Compares an HTTP status, showing the whole answer when it differs.
#define TP_EXPECT_STATUS(reply, expected)                                                          \
    do {                                                                                           \
        const tp::test::ApiReply &tpReply = (reply);                                               \
        QVERIFY2(tpReply.status == (expected),                                                     \
                 qPrintable(QStringLiteral("expected HTTP %1, got %2")                             \
                                .arg(expected)                                                     \
                                .arg(tpReply.describe())));                                        \
    } while (false)
