// touchpoint-server: the central server and its command-line tools.

#include "cli/Commands.h"

#include "auth/Passwords.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: touchpoint-server COMMAND [ARGUMENTS]\n\n"
           "commands:\n"
           "  validate SCRIPT.json [...]          check audit scripts; every problem on its own "
           "line\n"
           "  score SCRIPT.json AUDIT.json [--json]  score an audit with its script; given a\n"
           "                                      folder of scripts, picks the version the audit "
           "names\n"
           "  init --db DATABASE [--demo]         create or update the schema; --demo loads the "
           "demo\n"
           "                                      organisation (password: touchpoint-demo)\n"
           "  serve --db DATABASE [--listen HOST:PORT] [--tls-cert F --tls-key F]\n"
           "                                      run the JSON API under /api/v1\n"
           "  user add|passwd|disable|enable USERNAME --db DATABASE ...   manage accounts\n"
           "  import sites|scripts|assignments FILE --db DATABASE          load records\n"
           "  reports rebuild --db DATABASE                                refill report roll-ups\n"
           "  help                                this text\n"
           "\nDATABASE is a SQLite file, or postgresql://user[:password]@host[:port]/name\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("touchpoint-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOUCHPOINT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!tp::server::initialiseCrypto()) {
        err << "libsodium failed to start\n";
        return tp::cli::Invalid;
    }
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    const tp::cli::Streams streams{out, err};

    if (command == QLatin1String("validate"))
        return tp::cli::validateCommand(arguments, streams);
    if (command == QLatin1String("score"))
        return tp::cli::scoreCommand(arguments, streams);
    if (command == QLatin1String("init"))
        return tp::cli::initCommand(arguments, streams);
    if (command == QLatin1String("serve"))
        return tp::cli::serveCommand(arguments, streams);
    if (command == QLatin1String("user"))
        return tp::cli::userCommand(arguments, streams);
    if (command == QLatin1String("import"))
        return tp::cli::importCommand(arguments, streams);
    if (command == QLatin1String("reports"))
        return tp::cli::reportsCommand(arguments, streams);
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
