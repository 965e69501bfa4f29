#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Rollups.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

namespace tp::server {

namespace {

QAtomicInt connectionCounter;

QString sqlError(const QSqlError &error)
{
    return error.text().trimmed();
}

} // namespace

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = sqlError(query.lastError());
    return false;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &spec, QString *error)
{
    close();
    m_name = QStringLiteral("touchpoint-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    const bool postgres = spec.startsWith(QLatin1String("postgresql://")) ||
                          spec.startsWith(QLatin1String("postgres://"));
    m_dialect = postgres ? Dialect::Postgres : Dialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed")
                     .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
        return false;
    }
    if (postgres) {
        const QUrl url(spec);
        if (!url.isValid() || url.path().size() < 2) {
            *error = QStringLiteral("cannot read the database URL; expected "
                                    "postgresql://user[:password]@host[:port]/name");
            return false;
        }
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("host")))
            db.setHostName(query.queryItemValue(QStringLiteral("host")));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        m_description = QStringLiteral("PostgreSQL %1 on %2:%3")
                            .arg(db.databaseName(), db.hostName())
                            .arg(db.port());
    } else {
        db.setDatabaseName(spec);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_description = QStringLiteral("SQLite %1").arg(spec);
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_description, sqlError(db.lastError()));
        return false;
    }
    QSqlQuery settings(db);
    if (m_dialect == Dialect::Sqlite) {
        for (const char *statement :
             {"PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
              "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
              // FULL: a receipt is sent after its commit, which a power cut must not undo.
              // 8 MB of page cache; the log is copied back by WalCheckpointer, and by the
              // writer itself only past 64 MB (SQLite's default: 4 MB), should that fall behind
              "PRAGMA cache_size=-8192", "PRAGMA wal_autocheckpoint=4096"}) {
            if (!settings.exec(QLatin1String(statement))) {
                *error = sqlError(settings.lastError());
                return false;
            }
        }
    } else {
        // A receipt is sent after its commit, and the phone then lets the audit go: with
        // synchronous_commit off, a crash could undo commits that were answered. A setting of
        // the session wins over the database's and the cluster's; stronger settings (remote
        // ones, for standbys) are left as they are.
        if (!settings.exec(QStringLiteral("SHOW synchronous_commit")) || !settings.next()) {
            *error = sqlError(settings.lastError());
            return false;
        }
        if (settings.value(0).toString() == QLatin1String("off") &&
            !settings.exec(QStringLiteral("SET synchronous_commit TO on"))) {
            *error = sqlError(settings.lastError());
            return false;
        }
    }
    return true;
}

std::optional<QString> Database::durabilityWarning()
{
    if (m_dialect != Dialect::Postgres)
        return std::nullopt;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SHOW fsync")) || !query.next() ||
        query.value(0).toString() != QLatin1String("off"))
        return std::nullopt;
    return QStringLiteral(
        "warning: the PostgreSQL server runs with fsync=off: a crash of its machine can lose "
        "audits whose receipts the phones already hold (and have let go of). Set fsync=on.");
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    m_statements.clear();
    for (sqlite3_stmt *statement : std::as_const(m_sqliteStatements))
        sqlite3_finalize(statement); // before the close, which fails while statements remain
    m_sqliteStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    // Qt has no way to forget values bound without running the statement; a statement that was
    // handed out and not run (an early return, a failed run) is prepared afresh instead.
    if (auto kept = m_statements.find(sql); kept != m_statements.end()) {
        const bool unused = kept->stale || (kept->handedOut && !kept->query.isActive());
        if (!unused) {
            kept->query.finish();
            kept->handedOut = true;
            return kept->query;
        }
        m_statements.erase(kept);
    }
    QSqlQuery query(connection());
    if (query.prepare(sql))
        m_statements.insert(sql, {query, true, false});
    return query;
}

void Database::keepSqliteStatement(const QByteArray &sql, sqlite3_stmt *statement) const
{
    sqlite3_finalize(m_sqliteStatements.value(sql));
    m_sqliteStatements.insert(sql, statement);
}

void Database::releaseStatements()
{
    for (KeptStatement &kept : m_statements) {
        if (kept.handedOut && !kept.query.isActive())
            kept.stale = true;
        kept.query.finish();
        kept.handedOut = false;
    }
}

int Database::schemaVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                                   "PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        *error = sqlError(query.lastError());
        return false;
    }
    const QList<QStringList> steps = migrations(m_dialect);
    for (int version = schemaVersion() + 1; version <= steps.size(); ++version) {
        Transaction transaction(*this);
        for (const QString &statement : steps[version - 1]) {
            QSqlQuery step(connection());
            if (!step.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2 in: %3")
                             .arg(version)
                             .arg(sqlError(step.lastError()), statement.left(120));
                return false;
            }
        }
        // Versions 3 and 4 add report roll-ups: filled for the audits already stored, once, in
        // the last step (when every roll-up table exists).
        if (version >= 3 && version == steps.size() && !rebuildReportRollups(*this, error)) {
            *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(*error);
            return false;
        }
        QSqlQuery record = prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)"));
        record.addBindValue(version);
        if (!exec(record, error) || !transaction.commit()) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot commit migration %1").arg(version);
            return false;
        }
    }
    return true;
}

std::optional<qint64> Database::nextChange()
{
    QSqlQuery query = prepare(QStringLiteral(
        "UPDATE counters SET value = value + 1 WHERE name = 'change' RETURNING value"));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

namespace {

QMutex &sqliteWriters()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

void Transaction::releaseWriterLock()
{
    if (m_holdsWriterLock) {
        m_holdsWriterLock = false;
        sqliteWriters().unlock();
    }
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_database.releaseStatements();
    if (m_database.dialect() == Dialect::Sqlite) {
        // SQLite has one writer at a time. The workers of this process queue on a mutex rather
        // than on SQLite's busy handler, which sleeps in steps of milliseconds; IMMEDIATE takes the
        // write lock at once, so two deferred transactions cannot both read and then fail to write.
        sqliteWriters().lock();
        m_holdsWriterLock = true;
        QSqlQuery begin(m_database.connection());
        m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            releaseWriterLock();
    } else {
        m_open = m_database.connection().transaction();
    }
}

// A statement still stepping (an UPDATE ... RETURNING read once) would make SQLite refuse to
// commit, so every kept statement is ended first.
Transaction::~Transaction()
{
    if (m_open) {
        m_database.releaseStatements();
        if (m_database.dialect() == Dialect::Sqlite)
            QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
        else
            m_database.connection().rollback();
    }
    releaseWriterLock();
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    m_database.releaseStatements();
    if (m_database.dialect() == Dialect::Sqlite) {
        const bool committed = QSqlQuery(m_database.connection()).exec(QStringLiteral("COMMIT"));
        releaseWriterLock();
        return committed;
    }
    return m_database.connection().commit();
}

} // namespace tp::server
