#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace tp::test {

class PostgresCluster;

// A fresh, empty database for one test on one backend: a SQLite file in its own temporary
// directory, or a new database on the test executable's PostgreSQL cluster. It also reads the
// database directly (not through the server), to check what the server stored.
class TestDatabase
{
public:
    // backend: "sqlite" or "postgres" (then `cluster` must be running).
    static std::unique_ptr<TestDatabase> create(const QString &backend, PostgresCluster *cluster,
                                                QString *error);
    ~TestDatabase();

    // What `--db` takes: the file path or the postgresql:// URL.
    QString spec() const { return m_spec; }
    QString backend() const { return m_backend; }

    // Runs one statement with bound values on a connection of its own; returns the first column
    // of the first row (an invalid QVariant and `error` set when it fails).
    QVariant scalar(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

private:
    TestDatabase() = default;
    bool run(const QString &sql, const QVariantList &values, QVariant *first, QString *error);

    QString m_backend;
    QString m_spec;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace tp::test
