#include "GeneratedDatabase.h"

#include "CommandRunner.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace tp::test;

bool ensureGeneratedDatabase(const QString &file, int audits)
{
    if (QFileInfo::exists(file))
        return true;
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
