// touchpoint-server: the central server and its command-line tools.

#include "cli/Commands.h"
#include "http/SecretSafeLogging.h"

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
           "        [--workers N] [--token-hours N] [--rate-limit N] [--idle-timeout-ms N]\n"
           "        [--max-photo-mb N] [--trusted-proxy ADDRESS]\n"
           "                                      run the JSON API under /api/v1; limits:\n"
           "                                      requests a token a minute (20000; 0: none),\n"
           "                                      idle connection closed after (30000 ms),\n"
           "                                      largest photo (8 MiB); behind nginx, the\n"
           "                                      proxy's X-Real-IP names the client\n"
           "  user add|passwd|disable|enable USERNAME --db DATABASE ...   manage accounts\n"
           "  import sites|scripts|assignments FILE --db DATABASE          load records\n"
           "  reports rebuild --db DATABASE                                refill report roll-ups\n"
           "  export audits|answers --format csv [--region R] [--site S] [--from D --to D]\n"
           "         --out FILE --db DATABASE     CSV, one row per audit or per answer\n"
           "  export audit UUID --out FILE.pdf --db DATABASE                 one audit as PDF\n"
           "  export report --region R --from D --to D --out FILE.pdf --db DATABASE\n"
           "                                      the region's reports with charts, as PDF\n"
           "  demo-data --db DATABASE --audits N [--seed S] [--months M]   generate audits\n"
           "  help                                this text\n"
           "\nDATABASE is a SQLite file, or postgresql://user[:password]@host[:port]/name\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // `export` draws PDFs: it needs a QGuiApplication rather than this QCoreApplication.
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return tp::cli::exportMain(argc, argv);
    tp::server::keepSecretsOutOfLogs();
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
    if (command == QLatin1String("demo-data"))
        return tp::cli::demoDataCommand(arguments, streams);
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
