#include "ServerFixture.h"

#include "CommandRunner.h"

#include <QTest>

namespace tp::test {

std::unique_ptr<ServerFixture> ServerFixture::create(const QString &backend,
                                                     PostgresCluster *cluster,
                                                     const QStringList &serveArguments,
                                                     QString *error)
{
    std::unique_ptr<ServerFixture> fixture(new ServerFixture);
    fixture->m_db = TestDatabase::create(backend, cluster, error);
    if (!fixture->m_db)
        return nullptr;
    if (!ServerProcess::initDemo(fixture->m_db->spec(), error))
        return nullptr;
    fixture->m_server = std::make_unique<ServerProcess>();
    if (!fixture->m_server->start(fixture->m_db->spec(), serveArguments, error))
        return nullptr;
    fixture->m_api = std::make_unique<ApiClient>(fixture->m_server->apiUrl());
    fixture->m_tokens = std::make_unique<TokenCache>(*fixture->m_api, QLatin1String(kDemoPassword));
    return fixture;
}

QString ServerFixture::freshToken(const QString &username, QString *error)
{
    return m_tokens->fresh(username, error);
}

QString ServerFixture::token(const QString &username, QString *error)
{
    return m_tokens->token(username, error);
}

QString ServerFixture::token(const char *username)
{
    QString error;
    const QString token = m_tokens->token(QLatin1String(username), &error);
    if (token.isEmpty())
        qWarning().noquote() << error;
    return token;
}

CommandResult ServerFixture::runCli(const QStringList &arguments)
{
    return runServerCommand(arguments + QStringList{QStringLiteral("--db"), m_db->spec()});
}

QString ServerFixture::logTail(int characters)
{
    return m_server->log().right(characters);
}

void BackendHarness::startCluster()
{
    if (!m_cluster.start(&m_clusterError) && m_clusterError.isEmpty())
        m_clusterError = QStringLiteral("PostgreSQL did not start");
}

void BackendHarness::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

std::unique_ptr<ServerFixture> BackendHarness::createFixture(const QString &backend, QString *error,
                                                             const QStringList &serveArguments)
{
    if (backend == QLatin1String("postgres") && !m_cluster.isRunning()) {
        *error = QStringLiteral("the PostgreSQL test cluster is not available: ") + m_clusterError;
        return nullptr;
    }
    return ServerFixture::create(backend, &m_cluster, serveArguments, error);
}

} // namespace tp::test
