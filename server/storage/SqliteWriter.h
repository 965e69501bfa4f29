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
//
// A write returns only once its commit is on disk. The flush of the log is not the writer's:
// its connection commits without waiting (synchronous=NORMAL), and a flusher thread of its own
// then fdatasyncs the log and answers the writes it covers, so the writer goes on with the next
// transaction while the disk works (a commit waiting for its flush took a quarter of the
// writer's time). What is answered is on disk as with synchronous=FULL.
class SqliteWriter
{
public:
    // Returns false with *error for a failure; the job's own writes are then undone.
    using Job = std::function<bool(Database &db, QString *error)>;
    // Makes the log file durable (fdatasync); replaceable to observe the order in tests.
    using Flush = std::function<bool(const QString &logFile)>;

    struct Result
    {
        bool ok = false;
        QString error;
    };

    SqliteWriter();
    ~SqliteWriter();
    SqliteWriter(const SqliteWriter &) = delete;
    SqliteWriter &operator=(const SqliteWriter &) = delete;

    // Before start().
    void setFlush(Flush flush) { m_flush = std::move(flush); }
    bool start(const QString &path, QString *error);
    // Runs `job` in the next transaction and returns once that is committed and flushed (true)
    // or not.
    bool write(const Job &job, QString *error);
    // Runs each job in a savepoint of its own, queued together so that they share commits, and
    // returns once every one is committed and flushed, or not.
    std::vector<Result> writeEach(const std::vector<Job> &jobs);
    // Returns once everything committed before the call is on disk: for an answer read from
    // stored rows, which another lane's write may have committed a moment ago.
    bool waitDurable();

    qint64 transactions() const { return m_transactions; }
    qint64 jobs() const { return m_jobs; }
    qint64 flushes() const { return m_flushes; }

private:
    struct Pending
    {
        const Job *job = nullptr; // null: only waits for the next flush
        bool done = false;
        bool ok = false;
        QString error;
    };

    void run(const QString &path);
    void runBatch(Database &db, const std::deque<Pending *> &batch);
    void runFlusher(const QString &logFile);

    Flush m_flush;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_flushWake;
    std::condition_variable m_finished;
    std::deque<Pending *> m_queue;
    std::deque<Pending *> m_committed; // waiting for the next flush
    bool m_stop = false;
    bool m_writerDone = false;
    bool m_started = false;
    bool m_opened = false;
    QString m_openError;
    std::thread m_thread;
    std::thread m_flusher;
    std::atomic<qint64> m_transactions = 0;
    std::atomic<qint64> m_jobs = 0;
    std::atomic<qint64> m_flushes = 0;
};

} // namespace tp::server
