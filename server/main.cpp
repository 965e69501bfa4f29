// touchpoint-server: the central server and its command-line tools.

#include "cli/Commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: touchpoint-server COMMAND [ARGUMENTS]\n\n"
           "commands:\n"
           "  validate SCRIPT.json [...]          check audit scripts; every problem on its own "
           "line\n"
           "  score SCRIPT.json AUDIT.json [--json]  score an audit with its script\n"
           "  help                                this text\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("touchpoint-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOUCHPOINT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    const tp::cli::Streams streams{out, err};

    if (command == QLatin1String("validate"))
        return tp::cli::validateCommand(arguments, streams);
    if (command == QLatin1String("score"))
        return tp::cli::scoreCommand(arguments, streams);
    if (command == QLatin1String("help") || command == QLatin1String("--help")) {
        printUsage(out);
        return tp::cli::Success;
    }
    if (command == QLatin1String("--version")) {
        out << "touchpoint-server " << TOUCHPOINT_VERSION << '\n';
        return tp::cli::Success;
    }
    err << (command.isEmpty() ? QStringLiteral("no command given")
                              : QStringLiteral("unknown command \"%1\"").arg(command))
        << "\n\n";
    printUsage(err);
    return tp::cli::Usage;
}
