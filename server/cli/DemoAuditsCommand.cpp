// demo-data: fills a database with generated audits for the manager view's reports and charts.

#include "cli/Commands.h"
#include "cli/DemoData.h"
#include "cli/Options.h"

#include "demo/DemoAuditRun.h"
#include "demo/DemoWorld.h"
#include "storage/Directory.h"
#include "storage/Reviews.h"

namespace tp::cli {

namespace {

using server::Database;
using server::Directory;

constexpr const char *kUsage =
    "usage: touchpoint-server demo-data --db DATABASE --audits N [--seed S] [--months M]\n"
    "                                   [--until YYYY-MM-DD] [--batch B]\n"
    "  Generates N audits over the M months (default 12) before UNTIL (default today, UTC)\n"
    "  across the organisation's sites and scripts; the same seed (default 1) gives the same\n"
    "  audits. An empty database gets the demo organisation first (as init --demo).\n";

std::optional<qint64> number(const Options &options, const char *name, qint64 fallback, qint64 low,
                             qint64 high, QTextStream &err)
{
    const auto text = options.value(QLatin1String(name));
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < low || value > high) {
        err << "--" << name << " must be a whole number from " << low << " to " << high << '\n';
        return std::nullopt;
    }
    return value;
}

qint64 count(Database &db, const char *sql)
{
    QSqlQuery query(db.connection());
    return query.exec(QLatin1String(sql)) && query.next() ? query.value(0).toLongLong() : -1;
}

// The demo organisation gets more hired shoppers and a second executive, so strictness differs
// between more than two people. Other organisations are left as they are.
bool addDemoPeople(Database &db, Streams streams)
{
    if (count(db, "SELECT COUNT(*) FROM sites WHERE id = 'store-bend'") != 1)
        return true;
    Directory directory(db);
    for (const auto &user : server::demo::extraDemoUsers()) {
        QSqlQuery known = db.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
        known.addBindValue(QLatin1String(user.username));
        if (server::exec(known) && known.next())
            continue;
        const auto result = directory.putUser(
            QJsonObject{{QStringLiteral("username"), QLatin1String(user.username)},
                        {QStringLiteral("displayName"), QString::fromUtf8(user.displayName)},
                        {QStringLiteral("role"), QLatin1String(user.role)},
                        {QStringLiteral("password"), QLatin1String(kDemoPassword)}},
            false);
        if (result.outcome != Directory::Outcome::Created) {
            streams.err << "cannot add demo user " << user.username << ": " << result.message
                        << '\n';
            return false;
        }
        streams.out << "added demo user " << user.username << " (" << user.role << ")\n";
    }
    return true;
}

} // namespace

int demoDataCommand(const QStringList &arguments, Streams streams)
{
    const Options options(arguments,
                          {QStringLiteral("db"), QStringLiteral("audits"), QStringLiteral("seed"),
                           QStringLiteral("months"), QStringLiteral("until"),
                           QStringLiteral("batch")},
                          {});
    if (!options.ok() || !options.positional().isEmpty() || !options.value(QStringLiteral("db")) ||
        !options.value(QStringLiteral("audits"))) {
        streams.err << (options.ok() ? QString() : options.error() + QLatin1Char('\n')) << kUsage;
        return Usage;
    }
    const auto audits = number(options, "audits", 0, 1, 10'000'000, streams.err);
    const auto seed =
        number(options, "seed", 1, 0, std::numeric_limits<qint64>::max(), streams.err);
    const auto months = number(options, "months", 12, 1, 120, streams.err);
    const auto batch = number(options, "batch", 1000, 1, 100'000, streams.err);
    std::optional<QDate> until = QDate::currentDate();
    if (const auto text = options.value(QStringLiteral("until"))) {
        until = server::parseCalendarDate(*text);
        if (!until)
            streams.err << "--until must be a date written YYYY-MM-DD\n";
    } else {
        until = QDateTime::currentDateTimeUtc().date();
    }
    if (!audits || !seed || !months || !batch || !until)
        return Usage;

    Database db;
    QString error;
    if (!db.open(*options.value(QStringLiteral("db")), &error) || !db.migrate(&error)) {
        streams.err << error << '\n';
        return Invalid;
    }
    if (count(db, "SELECT COUNT(*) FROM sites") == 0) {
        streams.out << "the database is empty: loading the demo organisation first\n";
        Directory directory(db);
        if (!loadDemo(directory, streams.out, streams.err))
            return Invalid;
    }
    if (!addDemoPeople(db, streams))
        return Invalid;
    server::demo::DemoRunOptions run;
    run.audits = int(*audits);
    run.seed = std::uint64_t(*seed);
    run.months = int(*months);
    run.until = *until;
    run.batch = int(*batch);
    if (!server::demo::runDemoAudits(db, run, streams.out, nullptr, &error)) {
        streams.err << "demo-data: " << error << '\n';
        return Invalid;
    }
    return Success;
}

} // namespace tp::cli
