#include "PostgresCluster.h"

#include "CommandRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace tp::test {

namespace {

const QString kBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::binary(const char *name) const
{
    return kBinDir + QLatin1Char('/') + QLatin1String(name);
}

bool PostgresCluster::runAsPostgres(const QString &program, const QStringList &arguments,
                                    QString *error, int timeoutMs)
{
    CommandResult run;
    if (geteuid() == 0)
        run = runCommand(QStringLiteral("runuser"),
                         QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                     QStringLiteral("--"), program} +
                             arguments,
                         QByteArray(), timeoutMs);
    else
        run = runCommand(program, arguments, QByteArray(), timeoutMs);
    if (run.ok())
        return true;
    *error = run.describe();
    return false;
}

bool PostgresCluster::start(QString *error)
{
    if (!QFileInfo(binary("initdb")).isExecutable()) {
        *error = QStringLiteral("PostgreSQL 15 is not installed (%1 is missing); install it with "
                                "tools/setup (Debian package postgresql)")
                     .arg(binary("initdb"));
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tp-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    if (geteuid() == 0) {
        const passwd *postgres = getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("there is no postgres user to run the cluster as");
            return false;
        }
        if (chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid,
                  postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
            return false;
        }
    }
    m_dataDir = m_dir->path() + QStringLiteral("/data");
    if (!runAsPostgres(binary("initdb"),
                       {QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"),
                        QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
                        QStringLiteral("--no-sync")},
                       error))
        return false;
    QString startError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0)
            continue;
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off")
                .arg(port)
                .arg(m_dir->path());
        if (runAsPostgres(binary("pg_ctl"),
                          {QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options,
                           QStringLiteral("-l"), m_dir->path() + QStringLiteral("/server.log"),
                           QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                           QStringLiteral("start")},
                          &startError)) {
            m_port = port;
            m_running = true;
            return true;
        }
    }
    QFile log(m_dir->path() + QStringLiteral("/server.log"));
    const QString logText =
        log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString();
    *error = QStringLiteral("PostgreSQL did not start: %1; log: %2").arg(startError, logText);
    return false;
}

bool PostgresCluster::createDatabase(const QString &name, QString *error)
{
    if (!m_running) {
        *error = QStringLiteral("the PostgreSQL cluster is not running");
        return false;
    }
    return runAsPostgres(binary("createdb"),
                         {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                          QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                          name},
                         error);
}

QString PostgresCluster::url(const QString &name) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

void PostgresCluster::stop()
{
    if (m_running) {
        QString ignored;
        runAsPostgres(binary("pg_ctl"),
                      {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                      &ignored, 30000);
        m_running = false;
    }
    m_dir.reset(); // removes the directory
}

} // namespace tp::test
