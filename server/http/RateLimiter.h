#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace tp::server {

// Requests per key (a token) per minute, shared by every lane of the server: a token bucket per
// key that holds up to `perMinute` requests and refills at perMinute/60 a second, so a burst up
// to the limit passes and a steady stream above it is held back. Thread-safe.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute);

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: when the next request will pass
    };
    // Counts one request of `key` at `nowMs` (a monotonic clock in milliseconds).
    Decision take(const QByteArray &key, qint64 nowMs);

    int perMinute() const { return m_perMinute; }

private:
    struct Bucket
    {
        double requests = 0; // requests still allowed now
        qint64 atMs = 0;     // when `requests` was last brought up to date
    };
    void forgetFullBuckets(qint64 nowMs);

    const int m_perMinute;
    QMutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace tp::server
