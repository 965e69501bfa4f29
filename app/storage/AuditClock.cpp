#include "storage/AuditClock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace tp::storage {

qint64 AuditClock::monotonicNowMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

AuditClock AuditClock::startingNow()
{
    return {monotonicNowMs(), QDateTime::currentMSecsSinceEpoch()};
}

qint64 AuditClock::elapsedMs() const
{
    const qint64 monotonic = monotonicNowMs() - startedMonotonicMs;
    if (monotonic >= 0)
        return monotonic;
    return qMax<qint64>(0, QDateTime::currentMSecsSinceEpoch() - startedWallMs);
}

} // namespace tp::storage
