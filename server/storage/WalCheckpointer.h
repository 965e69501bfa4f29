#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace tp::server {

class Database;

// Copies SQLite's write-ahead log back into the database file on a thread of its own, a few
// times a second (PASSIVE: it never waits for or blocks a writer). Without it, the request
// that happens to cross SQLite's checkpoint threshold does the copy and the fsync inside its
// write transaction, while every other writer waits: a fifth of the intake's time.
class WalCheckpointer : public QObject
{
    Q_OBJECT
public:
    WalCheckpointer();
    ~WalCheckpointer() override;

    // Opens its own connection to the SQLite database `path` and starts checkpointing.
    bool start(const QString &path, int intervalMs, QString *error);

private:
    void checkpoint();

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<Database> m_db; // used on m_thread only
    QTimer *m_timer = nullptr;      // lives on m_thread
};

} // namespace tp::server
