#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tp::server {

class Database;

// The audit and photo writes of every lane on SQLite, done by one connection on a thread of its
// own, the writes that arrive together in one transaction (group commit), each inside a
// savepoint so that one failing leaves the others whole. With a connection per lane, each write
// began by dropping that connection's page cache (another lane had written since) and read the
// pages back, and each commit wrote the same hot pages to the log again.
class SqliteWriter
{
public:
    // Returns false with *error for a failure; the job's own writes are then undone.
    using Job = std::function<bool(Database &db, QString *error)>;

    SqliteWriter() = default;
    ~SqliteWriter();
    SqliteWriter(const SqliteWriter &) = delete;
    SqliteWriter &operator=(const SqliteWriter &) = delete;

    bool start(const QString &path, QString *error);
    struct Result
    {
        bool ok = false;
        QString error;
    };

    // Runs `job` in the next transaction and returns once that is committed (true) or not.
    bool write(const Job &job, QString *error);
    // Runs each job in a savepoint of its own, queued together so that they share commits, and
    // returns once every one is committed or not.
    std::vector<Result> writeEach(const std::vector<Job> &jobs);

    qint64 transactions() const { return m_transactions; }
    qint64 jobs() const { return m_jobs; }

private:
    struct Pending
    {
        const Job *job = nullptr;
        bool done = false;
        bool ok = false;
        QString error;
    };

    void run(const QString &path);
    void runBatch(Database &db, const std::deque<Pending *> &batch);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    std::deque<Pending *> m_queue;
    bool m_stop = false;
    bool m_started = false;
    bool m_opened = false;
    QString m_openError;
    std::thread m_thread;
    std::atomic<qint64> m_transactions = 0;
    std::atomic<qint64> m_jobs = 0;
};

} // namespace tp::server
