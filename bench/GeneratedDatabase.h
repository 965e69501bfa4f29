#pragma once

#include <QString>

class QTemporaryDir;

namespace tp::test {
class ServerProcess;
}

// What the benchmarks on a generated database are told:
//   --audits N (100,000, or TOUCHPOINT_LIST_AUDITS), --runs R, --sqlite-db FILE (generated once,
//   then reused while it exists: generating 100,000 audits takes a minute and a half).
struct GeneratedBenchOptions
{
    int audits = 100000;
    int runs = 10;
    QString databaseFile;
};
GeneratedBenchOptions parseGeneratedBenchOptions(int argc, char **argv, int defaultRuns);

// The database of `options` (in `scratch` when no file is given) filled by `touchpoint-server
// demo-data --seed 1`, and the real server started on it. False, with the reason on stderr.
bool serveGeneratedDatabase(const GeneratedBenchOptions &options, const QTemporaryDir &scratch,
                            tp::test::ServerProcess &server);
