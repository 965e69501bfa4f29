#include "storage/SqliteWriter.h"

#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace tp::server {

namespace {

constexpr size_t kMaxJobsPerTransaction = 64;

bool runStatement(Database &db, const QString &sql)
{
    db.releaseStatements(); // a savepoint ends only when no statement of it is still reading
    QSqlQuery query = db.prepare(sql);
    return exec(query);
}

bool fdatasyncFile(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT; // no log yet: nothing was written to flush
    const bool synced = ::fdatasync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

SqliteWriter::SqliteWriter()
    : m_flush(fdatasyncFile)
{
}

SqliteWriter::~SqliteWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    {
        std::lock_guard lock(m_mutex);
        m_writerDone = true;
    }
    m_flushWake.notify_all();
    if (m_flusher.joinable())
        m_flusher.join();
}

bool SqliteWriter::start(const QString &path, QString *error)
{
    m_thread = std::thread([this, path] { run(path); });
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_started; });
    if (!m_opened) {
        if (error)
            *error = m_openError;
        return false;
    }
    m_flusher = std::thread([this, path] { runFlusher(path + QStringLiteral("-wal")); });
    return true;
}

bool SqliteWriter::write(const Job &job, QString *error)
{
    const Result result = writeEach({job}).front();
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

std::vector<SqliteWriter::Result> SqliteWriter::writeEach(const std::vector<Job> &jobs)
{
    std::vector<Pending> pending(jobs.size());
    std::vector<Pending *> queued;
    for (size_t i = 0; i < jobs.size(); ++i) {
        pending[i].job = &jobs[i];
        queued.push_back(&pending[i]);
    }
    std::vector<Result> results(jobs.size());
    std::unique_lock lock(m_mutex);
    if (m_stop || !m_opened) {
        for (Result &result : results)
            result.error = QStringLiteral("the database writer has stopped");
        return results;
    }
    m_queue.insert(m_queue.end(), queued.begin(), queued.end());
    m_wake.notify_one();
    m_finished.wait(lock, [&pending] {
        return std::all_of(pending.cbegin(), pending.cend(),
                           [](const Pending &one) { return one.done; });
    });
    for (size_t i = 0; i < jobs.size(); ++i)
        results[i] = {pending[i].ok, pending[i].error};
    return results;
}

bool SqliteWriter::waitDurable()
{
    Pending barrier;
    std::unique_lock lock(m_mutex);
    if (!m_opened || m_writerDone)
        return false;
    barrier.ok = true;
    m_committed.push_back(&barrier);
    m_flushWake.notify_one();
    m_finished.wait(lock, [&barrier] { return barrier.done; });
    return barrier.ok;
}

void SqliteWriter::run(const QString &path)
{
    Database db;
    {
        QString error;
        bool opened = db.open(path, &error);
        // Commits do not wait for the disk here: the flusher flushes the log before any write
        // is answered. A larger cache and rarer checkpoints of its own (the checkpoint thread
        // does them) keep the writer's time for writing.
        for (const char *statement : {"PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536",
                                      "PRAGMA wal_autocheckpoint=16384"}) {
            if (opened && !runStatement(db, QLatin1String(statement))) {
                error = QStringLiteral("cannot set %1").arg(QLatin1String(statement));
                opened = false;
            }
        }
        std::lock_guard lock(m_mutex);
        m_started = true;
        m_opened = opened;
        m_openError = error;
    }
    m_finished.notify_all();
    if (!m_opened)
        return;
    for (;;) {
        std::deque<Pending *> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty()) // stopping, nothing left
                break;
            while (!m_queue.empty() && batch.size() < kMaxJobsPerTransaction) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        runBatch(db, batch);
        {
            std::lock_guard lock(m_mutex);
            m_committed.insert(m_committed.end(), batch.begin(), batch.end());
        }
        m_flushWake.notify_one();
    }
    db.close();
}

void SqliteWriter::runBatch(Database &db, const std::deque<Pending *> &batch)
{
    const auto failAll = [&batch](const QString &error) {
        for (Pending *pending : batch) {
            pending->ok = false;
            pending->error = error;
        }
    };
    Transaction transaction(db);
    if (!transaction.ok()) {
        failAll(QStringLiteral("cannot start a write transaction"));
        return;
    }
    for (Pending *pending : batch) {
        if (!runStatement(db, QStringLiteral("SAVEPOINT job"))) {
            pending->error = QStringLiteral("cannot start a savepoint");
            continue;
        }
        try {
            pending->ok = (*pending->job)(db, &pending->error);
        } catch (const std::exception &e) {
            pending->ok = false;
            pending->error = QString::fromUtf8(e.what());
        }
        if (!pending->ok)
            runStatement(db, QStringLiteral("ROLLBACK TO job"));
        runStatement(db, QStringLiteral("RELEASE job"));
    }
    if (!transaction.commit()) {
        failAll(QStringLiteral("cannot commit"));
        return;
    }
    ++m_transactions;
    m_jobs += qint64(batch.size());
}

// Each round flushes the log once for everything committed since the last round: the writes
// that committed while the disk was busy share the next flush.
void SqliteWriter::runFlusher(const QString &logFile)
{
    for (;;) {
        std::deque<Pending *> covered;
        {
            std::unique_lock lock(m_mutex);
            m_flushWake.wait(lock, [this] { return m_writerDone || !m_committed.empty(); });
            if (m_committed.empty()) // the writer has stopped, nothing left
                break;
            covered.swap(m_committed);
        }
        const bool flushed = m_flush(logFile);
        ++m_flushes;
        {
            std::lock_guard lock(m_mutex);
            for (Pending *pending : covered) {
                if (pending->ok && !flushed) {
                    // Committed, maybe not on disk: not answered as stored. A retry finds it
                    // stored and gets its receipt then.
                    pending->ok = false;
                    pending->error = QStringLiteral("cannot flush the database log to disk");
                }
                pending->done = true;
            }
        }
        m_finished.notify_all();
    }
}

} // namespace tp::server
