#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <set>
#include <string>

namespace tp::bench {

// Prints Google Benchmark's usual table, then each benchmark with a target against it
// ("met" or "MISSED"), using the median of the repetitions. finish() returns false when a
// target was missed.
class TargetReporter : public benchmark::ConsoleReporter
{
public:
    // Target mean real time per iteration, in microseconds, keyed by benchmark name.
    explicit TargetReporter(std::map<std::string, double> targetsMicroseconds);

    void ReportRuns(const std::vector<Run> &runs) override;
    bool finish();

private:
    std::map<std::string, double> m_targets;
    std::map<std::string, double> m_measured;
    std::set<std::string> m_fromMedian;
};

} // namespace tp::bench
