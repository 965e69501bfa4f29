#include "storage/DeviceDatabase.h"

#include "storage/DeviceSchema.h"
#include "storage/StorageLog.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace tp::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("touchpoint-device-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

} // namespace

DeviceDatabase::DeviceDatabase(const QString &fileName, const QString &connectionName)
    : m_fileName(fileName)
    , m_connectionName(connectionName)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(fileName);
}

DeviceDatabase::~DeviceDatabase()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

DeviceDatabase::OpenResult DeviceDatabase::open(const QString &fileName)
{
    return openAtVersion(fileName, currentSchemaVersion());
}

DeviceDatabase::OpenResult DeviceDatabase::openAtVersion(const QString &fileName, int version)
{
    if (version < 0 || version > currentSchemaVersion())
        return {nullptr, QStringLiteral("schema version %1 does not exist").arg(version)};
    std::unique_ptr<DeviceDatabase> db(new DeviceDatabase(fileName, nextConnectionName()));
    if (!db->m_db.open()) {
        const QString error =
            QStringLiteral("cannot open %1: %2").arg(fileName, describe(db->m_db.lastError()));
        qCWarning(lcStorage).noquote() << error;
        return {nullptr, error};
    }
    if (!db->configure() || !db->migrateTo(version)) {
        const QString error =
            QStringLiteral("cannot prepare %1: %2").arg(fileName, db->lastError());
        qCWarning(lcStorage).noquote() << error;
        return {nullptr, error};
    }
    qCInfo(lcStorage).noquote() << "device database opened:" << fileName << "schema version"
                                << db->schemaVersion();
    return {std::move(db), QString()};
}

bool DeviceDatabase::configure()
{
    // busy_timeout: a second connection (a test, a sync thread) waits instead of failing.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          "PRAGMA busy_timeout=5000", "PRAGMA trusted_schema=OFF"}) {
        QSqlQuery query(m_db);
        if (!query.exec(QLatin1String(pragma))) {
            m_lastError = describe(query.lastError());
            return false;
        }
    }
    return true;
}

bool DeviceDatabase::setFlushEachCommit(bool flush)
{
    QSqlQuery query(m_db);
    if (!query.exec(flush ? QStringLiteral("PRAGMA synchronous=FULL")
                          : QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        m_lastError = describe(query.lastError());
        return false;
    }
    return true;
}

int DeviceDatabase::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool DeviceDatabase::migrateTo(int version)
{
    const int from = schemaVersion();
    if (from < 0) {
        m_lastError = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (from > currentSchemaVersion()) {
        m_lastError =
            QStringLiteral("the database is from a newer app (schema %1, this app knows %2)")
                .arg(from)
                .arg(currentSchemaVersion());
        return false;
    }
    if (from < version) {
        qCInfo(lcStorage).noquote() << "migrating the device database" << m_fileName
                                    << "from schema version" << from << "to" << version;
    }
    for (int next = from + 1; next <= version; ++next) {
        WriteTransaction transaction(*this);
        if (!transaction.isOpen())
            return false;
        for (const QString &sql : migrationSteps(next)) {
            if (!run(sql))
                return false;
        }
        // PRAGMA takes no bound values; `next` is an int from this loop, not outside input.
        if (!run(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !transaction.commit())
            return false;
    }
    return true;
}

QSqlQuery &DeviceDatabase::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        // Not kept: the next use prepares it again (the schema may have changed), and run()
        // reports this error rather than a vague "no query".
        m_lastError = describe(query.lastError());
        m_failedStatement = QSqlQuery(m_db);
        return m_failedStatement;
    }
    return *m_statements.insert(sql, query);
}

bool DeviceDatabase::run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    if (&query == &m_failedStatement)
        return false; // m_lastError holds the prepare error
    int position = 0;
    for (const QVariant &value : values)
        query.bindValue(position++, value);
    if (!query.exec()) {
        m_lastError = describe(query.lastError());
        return false;
    }
    return true;
}

bool DeviceDatabase::run(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &query = statement(sql);
    return run(query, values);
}

bool DeviceDatabase::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = describe(query.lastError());
        return false;
    }
    return true;
}

bool DeviceDatabase::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_lastError = describe(query.lastError());
        rollback();
        return false;
    }
    return true;
}

void DeviceDatabase::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

QString DeviceDatabase::integrityCheck()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return describe(query.lastError());
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace tp::storage
