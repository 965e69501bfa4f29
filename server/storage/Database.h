#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace tp::server {

enum class Dialect
{
    Sqlite,
    Postgres
};

// The server's database: SQLite (a file path) or PostgreSQL (a postgresql:// URL), one named Qt
// SQL connection per instance, schema brought up to date by migrate().
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `spec` is a file path (SQLite) or postgresql://user[:password]@host[:port]/name.
    bool open(const QString &spec, QString *error);
    void close();
    bool migrate(QString *error);
    int schemaVersion();

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    QString describe() const { return m_description; }
    // What is unsafe about how the database server keeps commits, for the operator, if anything
    // (PostgreSQL with fsync off; the session's synchronous_commit is set by open()).
    std::optional<QString> durabilityWarning();

    // A prepared statement on this connection. Values are always bound, never formatted in.
    // Statements are prepared once and kept (a copy shares the prepared statement), since
    // preparing costs more than running most of them, and a round trip on PostgreSQL.
    QSqlQuery prepare(const QString &sql) const;
    // Ends the result sets of every kept statement, so none holds a read open between requests.
    void releaseStatements();
    // Statements of SqliteRowInserter, prepared through SQLite's own API: kept like prepare()'s,
    // finalized before the connection closes. Null when `sql` has not been kept yet.
    sqlite3_stmt *keptSqliteStatement(const QByteArray &sql) const
    {
        return m_sqliteStatements.value(sql);
    }
    void keepSqliteStatement(const QByteArray &sql, sqlite3_stmt *statement) const;
    // Next value of the change counter that sync cursors follow; call inside a transaction.
    std::optional<qint64> nextChange();

private:
    QString m_name;
    struct KeptStatement
    {
        QSqlQuery query;
        bool handedOut = false;
        bool stale = false; // handed out but never run: it may hold values bound for nothing
    };
    mutable QHash<QString, KeptStatement> m_statements;
    mutable QHash<QByteArray, sqlite3_stmt *> m_sqliteStatements;
    QString m_description;
    Dialect m_dialect = Dialect::Sqlite;
};

// Runs a statement and reports failure with the driver's words.
bool exec(QSqlQuery &query, QString *error = nullptr);

// Rolls back unless commit() was called. Not nestable: on SQLite it holds the process's writer
// lock until it ends.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    bool ok() const { return m_open; }
    bool commit();

private:
    void releaseWriterLock();

    Database &m_database;
    bool m_open = false;
    bool m_holdsWriterLock = false;
};

} // namespace tp::server
