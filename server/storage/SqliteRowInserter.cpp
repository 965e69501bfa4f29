#include "storage/SqliteRowInserter.h"

#include "storage/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace tp::server {

namespace {

sqlite3 *handleOf(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteRowInserter::SqliteRowInserter(const Database &db, const char *sql)
{
    m_connection = handleOf(db);
    if (!m_connection) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray key(sql);
    m_statement = db.keptSqliteStatement(key);
    if (m_statement)
        return;
    if (sqlite3_prepare_v3(m_connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        fail("cannot prepare the insert");
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    db.keepSqliteStatement(key, m_statement);
}

SqliteRowInserter::~SqliteRowInserter()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement); // no pointer into a caller's text outlives it
    }
}

void SqliteRowInserter::bind(int column, const QString &text)
{
    if (!ok())
        return;
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        fail("cannot bind a value");
}

void SqliteRowInserter::bindUtf8(int column, const QByteArray &text)
{
    if (!ok())
        return;
    if (sqlite3_bind_text(m_statement, column, text.constData(), int(text.size()), SQLITE_STATIC) !=
        SQLITE_OK)
        fail("cannot bind a value");
}

void SqliteRowInserter::bind(int column, std::optional<qint64> number)
{
    if (!ok())
        return;
    const int result = number ? sqlite3_bind_int64(m_statement, column, *number)
                              : sqlite3_bind_null(m_statement, column);
    if (result != SQLITE_OK)
        fail("cannot bind a value");
}

bool SqliteRowInserter::insertRow()
{
    if (!ok())
        return false;
    if (sqlite3_step(m_statement) != SQLITE_DONE) {
        fail("cannot insert a row");
        sqlite3_reset(m_statement);
        return false;
    }
    sqlite3_reset(m_statement);
    return true;
}

void SqliteRowInserter::fail(const char *what)
{
    m_error = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                           QString::fromUtf8(sqlite3_errmsg(m_connection)));
}

} // namespace tp::server
