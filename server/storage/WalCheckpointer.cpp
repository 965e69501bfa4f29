#include "storage/WalCheckpointer.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace tp::server {

WalCheckpointer::WalCheckpointer() = default;

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread)
        return;
    // The timer and the connection belong to the thread: end them there, then the thread.
    QMetaObject::invokeMethod(
        this,
        [this] {
            delete m_timer;
            m_timer = nullptr;
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool WalCheckpointer::start(const QString &path, int intervalMs, QString *error)
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("wal-checkpoint"));
    moveToThread(m_thread.get());
    m_thread->start();
    bool opened = false;
    QMetaObject::invokeMethod(
        this,
        [&] {
            m_db = std::make_unique<Database>();
            opened = m_db->open(path, error);
            if (!opened)
                return;
            m_timer = new QTimer;
            connect(m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
            m_timer->start(intervalMs);
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void WalCheckpointer::checkpoint()
{
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); // a busy log waits for the next
}

} // namespace tp::server
