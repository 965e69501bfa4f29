// The SQLite writer every lane shares (server/storage/SqliteWriter): writes sent together share
// one transaction, each in its own savepoint, so a failing write leaves the others whole, and a
// write is committed, and seen by other connections, when write() returns. Server connections
// commit with synchronous=FULL; the writer's own commits are answered once its flusher has
// flushed the log after them. writeEach() hands many writes over at once.

#include "storage/Database.h"
#include "storage/SqliteWriter.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

using namespace tp::server;

namespace {

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    bool number = false;
    const qint64 value = query.value(0).toLongLong(&number);
    return number ? value : -1;
}

// Opens `db` on a new database at `path` holding one table, for a writer to write into.
bool openWithTable(Database &db, const QString &path, const QString &createTable, QString *error)
{
    if (!db.open(path, error))
        return false;
    QSqlQuery create(db.connection());
    if (create.exec(createTable))
        return true;
    *error = QStringLiteral("cannot create the table");
    return false;
}

} // namespace

class TestSqliteWriter : public QObject
{
    Q_OBJECT

private slots:
    // A receipt goes out after its commit: that commit must survive a power cut (FULL), and a
    // new database gets the server's page size.
    void connectionsCommitDurably()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("full.sqlite")), &error), qPrintable(error));
        QCOMPARE(count(db, QStringLiteral("PRAGMA synchronous")), 2); // FULL
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(count(db, QStringLiteral("PRAGMA page_size")), 16384);
    }

    void writesAreGroupedAndIsolated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("writer.sqlite"));
        Database setup;
        QString error;
        QVERIFY2(openWithTable(setup, path,
                               QStringLiteral("CREATE TABLE t (writer INTEGER, row INTEGER)"),
                               &error),
                 qPrintable(error));

        SqliteWriter writer;
        QVERIFY2(writer.start(path, &error), qPrintable(error));
        constexpr int kThreads = 8;
        constexpr int kWritesEach = 50;
        std::vector<std::thread> threads;
        std::atomic<int> failedAsExpected = 0;
        std::atomic<int> wrong = 0;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int w = 0; w < kWritesEach; ++w) {
                    const bool failing = w % 10 == 9; // writes two rows, then fails
                    QString writeError;
                    const bool ok = writer.write(
                        [&](Database &db, QString *jobError) {
                            for (int row = 0; row < 2; ++row) {
                                QSqlQuery insert = db.prepare(
                                    QStringLiteral("INSERT INTO t (writer, row) VALUES (?, ?)"));
                                insert.addBindValue(t * 1000 + w);
                                insert.addBindValue(row);
                                if (!exec(insert, jobError))
                                    return false;
                            }
                            if (failing)
                                *jobError = QStringLiteral("failing on purpose");
                            return !failing;
                        },
                        &writeError);
                    if (failing && !ok && writeError == QLatin1String("failing on purpose"))
                        ++failedAsExpected;
                    else if (failing || !ok)
                        ++wrong;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(failedAsExpected.load(), kThreads * kWritesEach / 10);
        // Every good write's two rows, none of a failed one's: seen from another connection.
        const qint64 good = kThreads * kWritesEach - failedAsExpected;
        QCOMPARE(count(setup, QStringLiteral("SELECT COUNT(*) FROM t")), 2 * good);
        QCOMPARE(
            count(setup, QStringLiteral("SELECT COUNT(*) FROM t WHERE writer % 1000 % 10 = 9")), 0);
        QCOMPARE(writer.jobs(), qint64(kThreads * kWritesEach));
        QVERIFY2(writer.transactions() < writer.jobs(),
                 qPrintable(QStringLiteral("%1 transactions for %2 writes")
                                .arg(writer.transactions())
                                .arg(writer.jobs())));
        qInfo("%lld writes in %lld transactions", writer.jobs(), writer.transactions());
    }

    // A bulk upload's audits: handed over together, each answered on its own, in order.
    void writeEachAnswersEveryJob()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("each.sqlite"));
        Database setup;
        QString error;
        QVERIFY2(openWithTable(setup, path, QStringLiteral("CREATE TABLE t (job INTEGER)"), &error),
                 qPrintable(error));

        SqliteWriter writer;
        QVERIFY2(writer.start(path, &error), qPrintable(error));
        constexpr int kJobs = 150; // more than one transaction takes
        std::vector<SqliteWriter::Job> jobs;
        for (int j = 0; j < kJobs; ++j) {
            jobs.push_back([j](Database &db, QString *jobError) {
                QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO t (job) VALUES (?)"));
                insert.addBindValue(j);
                if (!exec(insert, jobError))
                    return false;
                if (j % 7 == 3)
                    *jobError = QStringLiteral("job %1 fails").arg(j);
                return j % 7 != 3;
            });
        }
        const std::vector<SqliteWriter::Result> results = writer.writeEach(jobs);
        QCOMPARE(int(results.size()), kJobs);
        int failed = 0;
        for (int j = 0; j < kJobs; ++j) {
            const bool failing = j % 7 == 3;
            QCOMPARE(results[size_t(j)].ok, !failing);
            QCOMPARE(results[size_t(j)].error,
                     failing ? QStringLiteral("job %1 fails").arg(j) : QString());
            failed += failing ? 1 : 0;
        }
        QCOMPARE(count(setup, QStringLiteral("SELECT COUNT(*) FROM t")), kJobs - failed);
        QCOMPARE(count(setup, QStringLiteral("SELECT COUNT(*) FROM t WHERE job % 7 = 3")), 0);
        QVERIFY2(writer.transactions() <= 3,
                 qPrintable(QStringLiteral("%1 transactions").arg(writer.transactions())));
    }

    // The writer's connection commits without waiting for the disk; a write is answered only
    // once the flusher has flushed the log after its commit. The flush is replaced here by one
    // that waits to be let go, to see the order.
    void writesAreAnsweredAfterTheirFlush()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flush.sqlite"));
        Database setup;
        QString error;
        QVERIFY2(openWithTable(setup, path, QStringLiteral("CREATE TABLE t (id INTEGER)"), &error),
                 qPrintable(error));

        std::mutex mutex;
        std::condition_variable letGo;
        bool released = false;
        bool failFlush = false;
        QStringList flushedFiles;
        SqliteWriter writer;
        writer.setFlush([&](const QString &logFile) {
            std::unique_lock lock(mutex);
            letGo.wait(lock, [&] { return released; });
            flushedFiles << logFile;
            return !failFlush;
        });
        QVERIFY2(writer.start(path, &error), qPrintable(error));
        const auto insertRow = [](Database &db, QString *jobError) {
            QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO t (id) VALUES (1)"));
            return exec(insert, jobError);
        };
        std::atomic<bool> answered = false;
        std::atomic<bool> stored = false;
        std::thread client([&] {
            QString writeError;
            stored = writer.write(insertRow, &writeError);
            answered = true;
        });
        // Committed (another connection sees the row), and still not answered.
        QElapsedTimer waited;
        waited.start();
        while (count(setup, QStringLiteral("SELECT COUNT(*) FROM t")) != 1 &&
               waited.elapsed() < 10000)
            QThread::msleep(5);
        QCOMPARE(count(setup, QStringLiteral("SELECT COUNT(*) FROM t")), 1);
        QThread::msleep(100);
        QVERIFY(!answered);
        {
            std::lock_guard lock(mutex);
            released = true;
        }
        letGo.notify_all();
        client.join();
        QVERIFY(answered && stored);
        QCOMPARE(flushedFiles.value(0), path + QStringLiteral("-wal"));

        // A commit whose flush fails is not answered as stored; a later write is.
        {
            std::lock_guard lock(mutex);
            failFlush = true;
        }
        QString writeError;
        QVERIFY(!writer.write(insertRow, &writeError));
        QVERIFY2(writeError.contains(QLatin1String("flush")), qPrintable(writeError));
        {
            std::lock_guard lock(mutex);
            failFlush = false;
        }
        QVERIFY(writer.write(insertRow, &writeError));
        // An answer read from stored rows waits for a flush of its own.
        const qint64 flushesBefore = writer.flushes();
        QVERIFY(writer.waitDurable());
        QCOMPARE(writer.flushes(), flushesBefore + 1);
    }

    // The writer's own connection: commits without waiting (the flusher flushes), and the
    // settings the server's other connections have otherwise.
    void writerCommitsWithoutWaitingForTheDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("writer-settings.sqlite"));
        SqliteWriter writer;
        QString error;
        QVERIFY2(writer.start(path, &error), qPrintable(error));
        qint64 synchronous = -1;
        qint64 foreignKeys = -1;
        QVERIFY(writer.write(
            [&](Database &db, QString *) {
                synchronous = count(db, QStringLiteral("PRAGMA synchronous"));
                foreignKeys = count(db, QStringLiteral("PRAGMA foreign_keys"));
                return true;
            },
            &error));
        QCOMPARE(synchronous, 1); // NORMAL
        QCOMPARE(foreignKeys, 1);
        QVERIFY(writer.flushes() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestSqliteWriter)
#include "tst_sqlite_writer.moc"
