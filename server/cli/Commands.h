#pragma once

#include <QStringList>
#include <QTextStream>

namespace tp::cli {

// Exit codes shared by every command.
enum ExitCode
{
    Success = 0,
    Invalid = 1,
    Usage = 2
};

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

int validateCommand(const QStringList &arguments, Streams streams);
int scoreCommand(const QStringList &arguments, Streams streams);
int initCommand(const QStringList &arguments, Streams streams);
int serveCommand(const QStringList &arguments, Streams streams);
int userCommand(const QStringList &arguments, Streams streams);
int importCommand(const QStringList &arguments, Streams streams);
int reportsCommand(const QStringList &arguments, Streams streams);
// `export ...`: runs with its own QGuiApplication (PDFs need one), so main() hands it argv.
int exportMain(int argc, char *argv[]);
int demoDataCommand(const QStringList &arguments, Streams streams);

} // namespace tp::cli
