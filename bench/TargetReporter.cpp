#include "TargetReporter.h"

#include <cstdio>

namespace tp::bench {

TargetReporter::TargetReporter(std::map<std::string, double> targetsMicroseconds)
    : m_targets(std::move(targetsMicroseconds))
{
}

void TargetReporter::ReportRuns(const std::vector<Run> &runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        if (run.error_occurred)
            continue;
        // With repetitions, the median of them (the machine may be shared); else the one run.
        const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
        if (!median && run.run_type != Run::RT_Iteration)
            continue;
        const double microseconds =
            run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e6;
        const std::string name = run.run_name.function_name;
        if (median || !m_measured.count(name) || m_fromMedian.count(name) == 0)
            m_measured[name] = microseconds;
        if (median)
            m_fromMedian.insert(name);
    }
}

bool TargetReporter::finish()
{
    bool allMet = true;
    std::printf("\n%-36s %14s %14s  %s\n", "benchmark", "measured (us)", "target (us)", "result");
    for (const auto &[name, target] : m_targets) {
        const auto measured = m_measured.find(name);
        if (measured == m_measured.end()) {
            std::printf("%-36s %14s %14.1f  NOT RUN\n", name.c_str(), "-", target);
            allMet = false;
            continue;
        }
        const bool met = measured->second < target;
        allMet = allMet && met;
        std::printf("%-36s %14.2f %14.1f  %s (%.1fx under target)\n", name.c_str(),
                    measured->second, target, met ? "met" : "MISSED", target / measured->second);
    }
    return allMet;
}

} // namespace tp::bench
