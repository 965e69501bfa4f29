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
    return fixture;
}

QString ServerFixture::freshToken(const QString &username, QString *error)
{
    const ApiReply reply =
        m_api->post(QStringLiteral("/login"),
                    QJsonObject{{QStringLiteral("username"), username},
                                {QStringLiteral("password"), QLatin1String(kDemoPassword)}});
    const QString token = reply.object().value(QStringLiteral("token")).toString();
    if (reply.status != 200 || token.isEmpty()) {
        *error = QStringLiteral("%1 cannot sign in: %2").arg(username, reply.describe());
        return {};
    }
    return token;
}

QString ServerFixture::token(const QString &username, QString *error)
{
    if (const auto it = m_tokens.constFind(username); it != m_tokens.cend())
        return *it;
    const QString token = freshToken(username, error);
    if (!token.isEmpty())
        m_tokens.insert(username, token);
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
