#pragma once

#include "storage/StorageTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace tp::storage {

// The phone's SQLite database: one named connection, owned by the thread that opened it.
// WAL journal with synchronous=FULL, so a commit is on flash (not just in the OS cache) before
// the UI calls an answer saved: a lost battery loses nothing that was acknowledged.
class DeviceDatabase
{
public:
    struct OpenResult
    {
        std::unique_ptr<DeviceDatabase> database;
        QString error;
    };
    // Opens (creating if needed) and migrates to the current schema version.
    static OpenResult open(const QString &fileName);
    // Opens and migrates only up to `version` (for migration tests).
    static OpenResult openAtVersion(const QString &fileName, int version);
    ~DeviceDatabase();
    DeviceDatabase(const DeviceDatabase &) = delete;
    DeviceDatabase &operator=(const DeviceDatabase &) = delete;

    QString fileName() const { return m_fileName; }
    int schemaVersion();

    // A prepared statement, kept for reuse; values are always bound, never spliced into SQL.
    QSqlQuery &statement(const QString &sql);
    // Runs a kept statement with these values; on failure sets lastError().
    bool run(QSqlQuery &query, std::initializer_list<QVariant> values = {});
    bool run(const QString &sql, std::initializer_list<QVariant> values = {});
    QString lastError() const { return m_lastError; }

    // Whether each commit waits for flash (synchronous=FULL, the default) or only for the OS
    // (NORMAL: the last commits can be lost to a power cut, never half-applied). Only for a
    // connection whose every write can be redone, such as the sync client's bookkeeping.
    bool setFlushEachCommit(bool flush);

    bool begin(); // BEGIN IMMEDIATE: takes the write lock now, not halfway through
    bool commit();
    void rollback();

    // PRAGMA integrity_check: "ok", or what is wrong.
    QString integrityCheck();

private:
    explicit DeviceDatabase(const QString &fileName, const QString &connectionName);
    bool configure();
    bool migrateTo(int version);

    QString m_fileName;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QSqlQuery m_failedStatement; // what statement() returns when a prepare fails
    QString m_lastError;
};

// Finishing a kept SELECT releases its read snapshot, so the WAL can be checkpointed.
struct FinishQuery
{
    QSqlQuery &query;
    ~FinishQuery() { query.finish(); }
};

// Rolls back unless committed: a write that fails halfway leaves nothing behind.
class WriteTransaction
{
public:
    explicit WriteTransaction(DeviceDatabase &db)
        : m_db(db)
        , m_open(db.begin())
    {
    }
    ~WriteTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }

private:
    DeviceDatabase &m_db;
    bool m_open;
};

} // namespace tp::storage
