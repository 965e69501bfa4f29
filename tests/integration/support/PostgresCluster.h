#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tp::test {

// A throwaway PostgreSQL 15 cluster on a free loopback port, in a temporary directory owned by
// the postgres user (the tests run as root in CI, and PostgreSQL refuses to run as root).
// The destructor stops it (`pg_ctl stop -m immediate`) and removes the directory.
class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // initdb + pg_ctl start. On failure `error` says why, e.g. that PostgreSQL is not installed.
    bool start(QString *error);
    bool isRunning() const { return m_running; }
    // createdb NAME
    bool createDatabase(const QString &name, QString *error);
    // postgresql://postgres@127.0.0.1:PORT/NAME
    QString url(const QString &name) const;
    quint16 port() const { return m_port; }

private:
    QString binary(const char *name) const;
    // Runs a PostgreSQL program as the postgres user (through runuser when we are root).
    bool runAsPostgres(const QString &program, const QStringList &arguments, QString *error,
                       int timeoutMs = 60000);
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace tp::test
