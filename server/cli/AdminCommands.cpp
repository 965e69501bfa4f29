// init, user and import: the commands that set up and maintain a server's database.

#include "cli/Commands.h"
#include "cli/DemoData.h"
#include "cli/Options.h"

#include "storage/Directory.h"
#include "storage/Rollups.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tp::cli {

namespace {

using server::Database;
using server::Directory;

bool openDatabase(const Options &options, Database &db, QTextStream &err)
{
    const auto spec = options.value(QStringLiteral("db"));
    if (!spec) {
        err << "--db is required (a SQLite file, or postgresql://user@host:port/name)\n";
        return false;
    }
    QString error;
    if (!db.open(*spec, &error) || !db.migrate(&error)) {
        err << error << '\n';
        return false;
    }
    return true;
}

bool printResult(const Directory::Result &result, const QString &what, Streams streams)
{
    switch (result.outcome) {
    case Directory::Outcome::Created:
    case Directory::Outcome::Updated:
    case Directory::Outcome::Unchanged:
        streams.out << what << ' ' << result.id << ": " << server::outcomeName(result.outcome)
                    << '\n';
        return true;
    default:
        break;
    }
    streams.err << what << (result.id.isEmpty() ? QString() : QLatin1Char(' ') + result.id) << ": "
                << (result.message.isEmpty() ? server::outcomeName(result.outcome) : result.message)
                << '\n';
    for (const Issue &issue : result.issues)
        streams.err << "  " << issue.toString() << " [" << issue.code << "]\n";
    return false;
}

QByteArray readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readLine(1024).trimmed();
}

} // namespace

int initCommand(const QStringList &arguments, Streams streams)
{
    const Options options(arguments, {QStringLiteral("db")}, {QStringLiteral("demo")});
    if (!options.ok() || !options.positional().isEmpty()) {
        streams.err << (options.ok() ? QString() : options.error() + QLatin1Char('\n'))
                    << "usage: touchpoint-server init --db DATABASE [--demo]\n";
        return Usage;
    }
    Database db;
    if (!openDatabase(options, db, streams.err))
        return Invalid;
    streams.out << "schema version " << db.schemaVersion() << " on " << db.describe() << '\n';
    if (options.flag(QStringLiteral("demo"))) {
        Directory directory(db);
        if (!loadDemo(directory, streams.out, streams.err))
            return Invalid;
    }
    return Success;
}

int userCommand(const QStringList &arguments, Streams streams)
{
    const Options options(arguments,
                          {QStringLiteral("db"), QStringLiteral("role"), QStringLiteral("name"),
                           QStringLiteral("region"), QStringLiteral("site")},
                          {});
    const QStringList words = options.positional();
    const QString action = words.value(0);
    if (!options.ok() || words.size() != 2 ||
        !(action == QLatin1String("add") || action == QLatin1String("passwd") ||
          action == QLatin1String("disable") || action == QLatin1String("enable"))) {
        streams.err << (options.ok() ? QString() : options.error() + QLatin1Char('\n'))
                    << "usage: touchpoint-server user add USERNAME --db DATABASE --role ROLE "
                       "--name \"Display Name\"\n"
                       "                               [--region REGION ...] [--site SITE]   "
                       "(password on standard input)\n"
                       "       touchpoint-server user passwd USERNAME --db DATABASE            "
                       "(password on standard input)\n"
                       "       touchpoint-server user disable|enable USERNAME --db DATABASE\n";
        return Usage;
    }
    Database db;
    if (!openDatabase(options, db, streams.err))
        return Invalid;
    Directory directory(db);
    const QString username = words[1];
    Directory::Result result;
    if (action == QLatin1String("add")) {
        QJsonObject user{
            {QStringLiteral("username"), username},
            {QStringLiteral("displayName"),
             options.value(QStringLiteral("name")).value_or(username)},
            {QStringLiteral("role"), options.value(QStringLiteral("role")).value_or(QString())},
            {QStringLiteral("password"), QString::fromUtf8(readPasswordFromStdin())}};
        if (!options.values(QStringLiteral("region")).isEmpty())
            user.insert(QStringLiteral("regions"),
                        QJsonArray::fromStringList(options.values(QStringLiteral("region"))));
        if (const auto site = options.value(QStringLiteral("site")))
            user.insert(QStringLiteral("site"), *site);
        result = directory.putUser(user, false);
    } else if (action == QLatin1String("passwd")) {
        result = directory.setPassword(username, readPasswordFromStdin());
    } else {
        result = directory.setDisabled(username, action == QLatin1String("disable"));
    }
    return printResult(result, QStringLiteral("user"), streams) ? Success : Invalid;
}

int importCommand(const QStringList &arguments, Streams streams)
{
    const Options options(arguments, {QStringLiteral("db"), QStringLiteral("by")}, {});
    const QStringList words = options.positional();
    const QString kind = words.value(0);
    if (!options.ok() || words.size() != 2 ||
        !(kind == QLatin1String("sites") || kind == QLatin1String("scripts") ||
          kind == QLatin1String("assignments"))) {
        streams.err << (options.ok() ? QString() : options.error() + QLatin1Char('\n'))
                    << "usage: touchpoint-server import sites|scripts|assignments FILE --db "
                       "DATABASE [--by USERNAME]\n"
                       "  sites: {\"regions\": [...], \"sites\": [...]}; scripts: one script; "
                       "assignments: [...]\n";
        return Usage;
    }
    QFile file(words[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        streams.err << "cannot read " << words[1] << ": " << file.errorString() << '\n';
        return Invalid;
    }
    const QByteArray content = file.readAll();
    Database db;
    if (!openDatabase(options, db, streams.err))
        return Invalid;
    Directory directory(db);
    const QString by = options.value(QStringLiteral("by")).value_or(QStringLiteral("admin"));
    if (kind == QLatin1String("scripts"))
        return printResult(directory.publishScript(content, by), QStringLiteral("script"), streams)
                   ? Success
                   : Invalid;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError) {
        streams.err << words[1] << ": not valid JSON: " << error.errorString() << '\n';
        return Invalid;
    }
    bool allOk = true;
    if (kind == QLatin1String("sites")) {
        for (const QJsonValue &region :
             document.object().value(QStringLiteral("regions")).toArray())
            allOk = printResult(directory.putRegion(region.toObject()), QStringLiteral("region"),
                                streams) &&
                    allOk;
        for (const QJsonValue &site : document.object().value(QStringLiteral("sites")).toArray())
            allOk =
                printResult(directory.putSite(site.toObject()), QStringLiteral("site"), streams) &&
                allOk;
    } else {
        for (const QJsonValue &assignment : document.array())
            allOk = printResult(directory.createAssignment(assignment.toObject(), by),
                                QStringLiteral("assignment"), streams) &&
                    allOk;
    }
    return allOk ? Success : Invalid;
}

// `reports rebuild --db DATABASE`: empties the report roll-ups and fills them again from every
// stored audit, in one transaction.
int reportsCommand(const QStringList &arguments, Streams streams)
{
    const Options options(arguments, {QStringLiteral("db")}, {});
    const QStringList words = options.positional();
    if (!options.ok() || words != QStringList{QStringLiteral("rebuild")}) {
        streams.err << (options.ok() ? QString() : options.error() + QLatin1Char('\n'))
                    << "usage: touchpoint-server reports rebuild --db DATABASE\n";
        return Usage;
    }
    Database db;
    if (!openDatabase(options, db, streams.err))
        return Invalid;
    QString error;
    if (!tp::server::rebuildReportRollups(db, &error, true)) {
        streams.err << "cannot rebuild the report roll-ups: " << error << '\n';
        return Invalid;
    }
    streams.out << "report roll-ups rebuilt on " << db.describe() << '\n';
    return Success;
}

} // namespace tp::cli
