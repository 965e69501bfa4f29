#include "storage/AuditClock.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <ctime>

namespace tp::storage {

qint64 AuditClock::monotonicNowMs()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    // CLOCK_BOOTTIME keeps counting while the phone sleeps (CLOCK_MONOTONIC does not), so a
    // wait measured with the screen off is not cut short.
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
#endif
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
