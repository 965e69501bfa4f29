#include "sync/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace tp::sync {

qint64 backoffMs(int failures, qint64 firstMs, qint64 maxMs)
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const qint64 base = std::min(maxMs, firstMs << std::min(doublings, 20));
    const double spread = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    return std::max<qint64>(1, qint64(double(base) * spread));
}

} // namespace tp::sync
