#pragma once

#include <QtGlobal>

namespace tp::sync {

// Exponential backoff with jitter: the wait after `failures` consecutive failures is
// first * 2^(failures-1), at most `max`, then spread by ±50 % so that many phones coming back
// online at once do not hit the server in step.
qint64 backoffMs(int failures, qint64 firstMs, qint64 maxMs);

} // namespace tp::sync
