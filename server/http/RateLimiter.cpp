#include "http/RateLimiter.h"

#include <QMutexLocker>

#include <cmath>

namespace tp::server {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(perMinute)
{
}

RateLimiter::Decision RateLimiter::take(const QByteArray &key, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return {};
    const double perMs = double(m_perMinute) / kMinuteMs;
    QMutexLocker locker(&m_mutex);
    forgetFullBuckets(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perMinute), nowMs});
    Bucket &bucket = *it;
    bucket.requests =
        std::min(double(m_perMinute), bucket.requests + (nowMs - bucket.atMs) * perMs);
    bucket.atMs = nowMs;
    if (bucket.requests >= 1) {
        bucket.requests -= 1;
        return {};
    }
    const double waitMs = (1 - bucket.requests) / perMs;
    return {false, std::max(1, int(std::ceil(waitMs / 1000)))};
}

// A bucket untouched for a minute is full again: the same as no bucket. Dropping them keeps the
// table to the tokens used within the last minute or two.
void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    if (nowMs - m_lastSweepMs < kMinuteMs)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->atMs >= kMinuteMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace tp::server
