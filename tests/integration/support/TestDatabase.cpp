#include "TestDatabase.h"

#include "PostgresCluster.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace tp::test {

namespace {

QAtomicInt g_counter;

} // namespace

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &backend, PostgresCluster *cluster,
                                                   QString *error)
{
    std::unique_ptr<TestDatabase> db(new TestDatabase);
    db->m_backend = backend;
    if (backend == QLatin1String("sqlite")) {
        db->m_dir = std::make_unique<QTemporaryDir>();
        if (!db->m_dir->isValid()) {
            *error =
                QStringLiteral("cannot create a temporary directory: ") + db->m_dir->errorString();
            return nullptr;
        }
        db->m_spec = db->m_dir->filePath(QStringLiteral("touchpoint.db"));
        return db;
    }
    if (backend == QLatin1String("postgres")) {
        if (!cluster || !cluster->isRunning()) {
            *error = QStringLiteral("no PostgreSQL cluster is running");
            return nullptr;
        }
        const QString name = QStringLiteral("tp_%1_%2")
                                 .arg(QDateTime::currentMSecsSinceEpoch())
                                 .arg(g_counter.fetchAndAddRelaxed(1));
        if (!cluster->createDatabase(name, error))
            return nullptr;
        db->m_spec = cluster->url(name);
        return db;
    }
    *error = QStringLiteral("unknown backend ") + backend;
    return nullptr;
}

TestDatabase::~TestDatabase() = default;

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &values, QString *error)
{
    QVariant first;
    QString ignored;
    run(sql, values, &first, error ? error : &ignored);
    return first;
}

bool TestDatabase::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QString ignored;
    return run(sql, values, nullptr, error ? error : &ignored);
}

bool TestDatabase::run(const QString &sql, const QVariantList &values, QVariant *first,
                       QString *error)
{
    const QString name = QStringLiteral("tp-test-check-%1").arg(g_counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        const bool postgres = m_backend == QLatin1String("postgres");
        QSqlDatabase db = QSqlDatabase::addDatabase(
            postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgres) {
            const QUrl url(m_spec);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(m_spec);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!db.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(m_spec, db.lastError().text());
        } else {
            QSqlQuery query(db);
            // Without values, run as is: PostgreSQL cannot prepare DDL (ALTER TABLE, ...).
            bool ran = false;
            if (values.isEmpty()) {
                ran = query.exec(sql);
            } else {
                query.prepare(sql);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                ran = query.exec();
            }
            if (!ran) {
                *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            } else {
                ok = true;
                if (first && query.next())
                    *first = query.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace tp::test
