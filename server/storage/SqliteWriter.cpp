#include "storage/SqliteWriter.h"

#include "storage/Database.h"

#include <QSqlQuery>

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

} // namespace

SqliteWriter::~SqliteWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool SqliteWriter::start(const QString &path, QString *error)
{
    m_thread = std::thread([this, path] { run(path); });
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_started; });
    if (!m_opened && error)
        *error = m_openError;
    return m_opened;
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
    std::vector<Result> results(jobs.size());
    std::unique_lock lock(m_mutex);
    if (m_stop || !m_opened) {
        for (Result &result : results)
            result.error = QStringLiteral("the database writer has stopped");
        return results;
    }
    for (size_t i = 0; i < jobs.size(); ++i) {
        pending[i].job = &jobs[i];
        m_queue.push_back(&pending[i]);
    }
    m_wake.notify_one();
    m_finished.wait(lock, [&pending] {
        return std::all_of(pending.cbegin(), pending.cend(),
                           [](const Pending &one) { return one.done; });
    });
    for (size_t i = 0; i < jobs.size(); ++i)
        results[i] = {pending[i].ok, pending[i].error};
    return results;
}

void SqliteWriter::run(const QString &path)
{
    Database db;
    {
        QString error;
        const bool opened = db.open(path, &error);
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
            for (Pending *pending : batch)
                pending->done = true;
        }
        m_finished.notify_all();
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

} // namespace tp::server
