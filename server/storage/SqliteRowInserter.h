#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tp::server {

class Database;

// Inserts many rows of one table through SQLite's own API, on the connection (and inside the
// transaction) that Qt's driver holds. Qt 6.4 spends about 2,000 instructions on every value
// bound through QSqlQuery (it formats a placeholder name and hashes it); an audit's 60 answer
// rows of 8 values each made that a fifth of the server's work per audit. The statement is
// prepared once per connection and kept by the Database.
//
// `sql` is a one-row INSERT with positional `?` placeholders; set the values of a row with
// bind(), then insertRow(). SQLite connections only.
class SqliteRowInserter
{
public:
    SqliteRowInserter(const Database &db, const char *sql);
    ~SqliteRowInserter();
    SqliteRowInserter(const SqliteRowInserter &) = delete;
    SqliteRowInserter &operator=(const SqliteRowInserter &) = delete;

    bool ok() const { return m_statement != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Columns count from 1, as in SQLite. An empty optional binds NULL.
    void bind(int column, const QString &text);
    // UTF-8 text that stays alive and unchanged until insertRow() (SQLite does not copy it).
    void bindUtf8(int column, const QByteArray &text);
    void bind(int column, std::optional<qint64> number);
    bool insertRow();

private:
    void fail(const char *what);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace tp::server
