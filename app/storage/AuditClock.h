#pragma once

#include <QtGlobal>

namespace tp::storage {

// Timeline taps carry monotonic milliseconds since the audit started, so that a phone clock
// changed mid-visit cannot bend a measured wait. CLOCK_MONOTONIC keeps counting across app
// restarts (it is boot-relative), so an audit resumed after the app was killed continues its
// clocks; after a reboot it restarts from zero, and then the wall clock is the only witness.
struct AuditClock
{
    qint64 startedMonotonicMs = 0;
    qint64 startedWallMs = 0; // milliseconds since the epoch

    static qint64 monotonicNowMs();
    static AuditClock startingNow();
    qint64 elapsedMs() const;
};

} // namespace tp::storage
