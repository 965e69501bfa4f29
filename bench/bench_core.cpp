// Speed of the audit core against the targets of the foundation issue:
// score a 60-item audit in under 20 us; load and validate a 200-item script in under 1 ms.

#include "SyntheticScript.h"
#include "TargetReporter.h"

#include "core/Audit.h"
#include "core/JsonWriters.h"
#include "core/Score.h"
#include "core/ScriptLoader.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace tp;

namespace {

void scoreAudit60(benchmark::State &state)
{
    const auto script = loadScript(bench::syntheticScript(60));
    const auto audit = decodeAudit(bench::syntheticAudit(60));
    if (!script.ok() || !audit.ok()) {
        state.SkipWithError("synthetic data does not load");
        return;
    }
    for (auto _ : state) {
        ScoreResult score = scoreAudit(*script.script, *audit.audit);
        benchmark::DoNotOptimize(score);
    }
}

void loadScript200(benchmark::State &state)
{
    const QByteArray json = bench::syntheticScript(200);
    state.SetBytesProcessed(0);
    for (auto _ : state) {
        ScriptLoadResult result = loadScript(json);
        if (!result.ok()) {
            state.SkipWithError("synthetic script does not validate");
            return;
        }
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * json.size());
}

void decodeAudit60(benchmark::State &state)
{
    const QByteArray json = bench::syntheticAudit(60);
    for (auto _ : state) {
        AuditDecodeResult result = decodeAudit(json);
        benchmark::DoNotOptimize(result);
    }
}

void scoreToJson60(benchmark::State &state)
{
    const auto script = loadScript(bench::syntheticScript(60));
    const auto audit = decodeAudit(bench::syntheticAudit(60));
    const ScoreResult score = scoreAudit(*script.script, *audit.audit);
    for (auto _ : state) {
        QByteArray json =
            QJsonDocument(scoreToJson(*script.script, score)).toJson(QJsonDocument::Compact);
        benchmark::DoNotOptimize(json);
    }
}

} // namespace

BENCHMARK(scoreAudit60)->Name("score a 60-item audit");
BENCHMARK(loadScript200)->Name("load and validate a 200-item script");
BENCHMARK(decodeAudit60)->Name("decode a 60-answer audit");
BENCHMARK(scoreToJson60)->Name("score breakdown to JSON (60 items)");

int main(int argc, char **argv)
{
    // Five repetitions by default, compared by their median: on a shared machine one slow
    // stretch should not decide the result.
    std::vector<char *> arguments(argv, argv + argc);
    std::string repetitions = "--benchmark_repetitions=5";
    std::string aggregates = "--benchmark_report_aggregates_only=true";
    const bool chosen = std::any_of(arguments.begin() + 1, arguments.end(), [](const char *a) {
        return std::string(a).rfind("--benchmark_repetitions", 0) == 0;
    });
    if (!chosen) {
        arguments.push_back(repetitions.data());
        arguments.push_back(aggregates.data());
    }
    argc = int(arguments.size());
    argv = arguments.data();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    std::printf("script of 200 items: %lld bytes of JSON\n",
                static_cast<long long>(bench::syntheticScript(200).size()));
    bench::TargetReporter reporter(
        {{"score a 60-item audit", 20.0}, {"load and validate a 200-item script", 1000.0}});
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return reporter.finish() ? 0 : 1;
}
