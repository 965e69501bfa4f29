#pragma once

#include <QString>

#include <cstdint>

namespace tp::server::demo {

// A small deterministic generator (SplitMix64): the same seed gives the same numbers on every
// platform and standard library, unlike std::*_distribution. Normal deviates are made from
// uniforms by arithmetic alone (Irwin-Hall), so nothing depends on the C library's maths.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // [0, 1)
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // [low, high]
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    // Mean 0, standard deviation 1 (approximately normal, bounded at +-6).
    double normal()
    {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }
    double normal(double mean, double deviation) { return mean + deviation * normal(); }
    // A lowercase version-4 UUID.
    QString uuid()
    {
        const std::uint64_t high = (next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const std::uint64_t low = (next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        const QString hex = QStringLiteral("%1%2")
                                .arg(high, 16, 16, QLatin1Char('0'))
                                .arg(low, 16, 16, QLatin1Char('0'));
        return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') +
               hex.mid(12, 4) + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') +
               hex.mid(20, 12);
    }
    // An independent generator for one purpose, derived from this one's seed and a number.
    static DemoRandom derived(std::uint64_t seed, std::uint64_t stream)
    {
        DemoRandom mixer(seed ^ (stream * 0xd1b54a32d192ed03ULL));
        return DemoRandom(mixer.next());
    }

private:
    std::uint64_t m_state;
};

} // namespace tp::server::demo
