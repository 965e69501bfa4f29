#include "GeneratedDatabase.h"

#include "CommandRunner.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace tp::test;

GeneratedBenchOptions parseGeneratedBenchOptions(int argc, char **argv, int defaultRuns)
{
    GeneratedBenchOptions options;
    options.runs = defaultRuns;
    if (const int audits = qEnvironmentVariableIntValue("TOUCHPOINT_LIST_AUDITS"); audits > 0)
        options.audits = audits;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray arg = argv[i];
        if (arg == "--audits")
            options.audits = QByteArray(argv[i + 1]).toInt();
        else if (arg == "--runs")
            options.runs = QByteArray(argv[i + 1]).toInt();
        else if (arg == "--sqlite-db")
            options.databaseFile = QString::fromLocal8Bit(argv[i + 1]);
    }
    return options;
}

namespace {

bool generate(const QString &file, int audits)
{
    std::printf("generating %d audits into %s ...\n", audits, qPrintable(file));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!ServerProcess::initDemo(file, &error)) {
        std::fprintf(stderr, "init: %s\n", qPrintable(error));
        return false;
    }
    const CommandResult generated = runServerCommand(
        {QStringLiteral("demo-data"), QStringLiteral("--db"), file, QStringLiteral("--audits"),
         QString::number(audits), QStringLiteral("--seed"), QStringLiteral("1")},
        {}, 3 * 3600 * 1000);
    if (!generated.ok()) {
        std::fprintf(stderr, "demo-data: %s\n", qPrintable(generated.describe()));
        return false;
    }
    std::printf("generated in %.0f s\n", timer.elapsed() / 1000.0);
    return true;
}

} // namespace

bool serveGeneratedDatabase(const GeneratedBenchOptions &options, const QTemporaryDir &scratch,
                            ServerProcess &server)
{
    const QString file = options.databaseFile.isEmpty()
                             ? scratch.filePath(QStringLiteral("generated.sqlite"))
                             : options.databaseFile;
    if (!QFileInfo::exists(file) && !generate(file, options.audits))
        return false;
    QString error;
    if (!server.start(file, {}, &error)) {
        std::fprintf(stderr, "serve: %s\n", qPrintable(error));
        return false;
    }
    return true;
}
