#pragma once

#include <QtGlobal>

namespace tp::storage {

// Timeline taps carry monotonic milliseconds since the audit started, so that a phone clock
// changed mid-visit cannot bend a measured wait. The boot clock keeps counting across app
// restarts and while the phone sleeps, so an audit resumed after the app was killed continues
// its clocks. After a reboot the boot clock restarts from zero: when it reads less than at the
// start, the wall clock is the only witness left. (A reboot with more uptime than the audit
// had when it started goes unnoticed; an audit is not meant to outlive a reboot.)
struct AuditClock
{
    qint64 startedMonotonicMs = 0;
    qint64 startedWallMs = 0; // milliseconds since the epoch

    static qint64 monotonicNowMs();
    static AuditClock startingNow();
    qint64 elapsedMs() const;
};

} // namespace tp::storage
