// Reports on 100,000 generated audits (`touchpoint-server demo-data`), on SQLite and on
// a throwaway PostgreSQL: p50 and p95 of each report for one region over 90 days, measured
//   - in process: the server's own report code (its router's handler, as a request is
//     dispatched, after sign-in), on its own connection: the query and the JSON it builds;
//   - over HTTP: GET /api/v1/reports/NAME against the real server on loopback;
//   - raw: the same figures computed by SQL from the raw rows (audits, audit_scores,
//     audit_answers), as reports would without the roll-ups.
// Target: p95 < 50 ms for the roll-up reports (TargetReporter); raw is the comparison.
//
// bench_reports [--audits N] [--runs R] [--only sqlite|postgres] [--sqlite-db FILE]
//   N defaults to 100000 (or TOUCHPOINT_REPORT_AUDITS); --sqlite-db reuses a generated file.

#include "../TargetReporter.h"
#include "ReportCases.h"

#include "ApiClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "support/TestPaths.h"

#include "ServerContext.h"
#include "api/Api.h"
#include "auth/AuthService.h"
#include "auth/Passwords.h"
#include "storage/Database.h"
#include "storage/ScriptCache.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

using namespace tp;
using tp::bench::ReportCase;
using tp::bench::reportCases;

namespace {

constexpr double kTargetMs = 50.0;
const QString kRegion = QStringLiteral("americas");
const QString kManager = QStringLiteral("manager1"); // regional manager of the region

struct Backend
{
    QString name;
    QString spec;
    double generationSeconds = -1; // -1: reused
    test::ServerProcess server;
    std::unique_ptr<test::ApiClient> api;
    QString token;
    server::Database db;
    std::unique_ptr<server::AuthService> auth;
    std::unique_ptr<server::ScriptCache> scripts;
    std::unique_ptr<server::ServerContext> context;
    server::Router router;
    std::optional<server::Principal> principal;
    qint64 auditsInScope = 0;
};

struct Figures
{
    double p50 = -1, p95 = -1;
    QString failure;
};
std::map<std::string, Figures> results; // "backend/report/layer"

QDate g_from, g_to; // the 90 days: [from, to]

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values[index];
}

QString reportQuery(const ReportCase &report)
{
    QString query = QStringLiteral("region=%1&from=%2&to=%3")
                        .arg(kRegion, g_from.toString(Qt::ISODate), g_to.toString(Qt::ISODate));
    if (!report.query.isEmpty())
        query += QLatin1Char('&') + report.query;
    return query;
}

// One sample in milliseconds, or a failure message.
using Sample = std::function<std::optional<double>(QString *)>;

Sample inProcess(Backend &backend, const ReportCase &report)
{
    return [&backend, report](QString *failure) -> std::optional<double> {
        const auto match = backend.router.match("GET", QStringLiteral("/reports/") + report.name);
        if (!match.route) {
            *failure = QStringLiteral("no route");
            return std::nullopt;
        }
        server::ApiRequest request;
        request.method = "GET";
        request.query = QUrlQuery(reportQuery(report));
        request.principal = backend.principal;
        QElapsedTimer timer;
        timer.start();
        const server::ApiResponse response = match.route->handler(request);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        backend.db.releaseStatements();
        if (response.status != 200) {
            *failure = QStringLiteral("status %1: %2")
                           .arg(response.status)
                           .arg(QString::fromUtf8(response.body.left(200)));
            return std::nullopt;
        }
        return ms;
    };
}

Sample overHttp(Backend &backend, const ReportCase &report)
{
    return [&backend, report](QString *failure) -> std::optional<double> {
        QElapsedTimer timer;
        timer.start();
        const test::ApiReply reply = backend.api->get(
            QStringLiteral("/reports/%1?%2").arg(report.name, reportQuery(report)), backend.token);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (reply.status != 200) {
            *failure = reply.describe();
            return std::nullopt;
        }
        return ms;
    };
}

Sample raw(Backend &backend, const ReportCase &report)
{
    return [&backend, report](QString *failure) -> std::optional<double> {
        QElapsedTimer timer;
        timer.start();
        qint64 rows = 0;
        for (const QString &sql : report.rawSql) {
            QSqlQuery query = backend.db.prepare(sql);
            for (int i = 0; i < sql.count(QLatin1Char('?')) / 3; ++i) {
                query.addBindValue(kRegion);
                query.addBindValue(g_from.toString(Qt::ISODate));
                query.addBindValue(g_to.addDays(1).toString(Qt::ISODate));
            }
            QString error;
            if (!server::exec(query, &error)) {
                *failure = error;
                return std::nullopt;
            }
            while (query.next())
                rows += query.value(0).isValid() ? 1 : 0;
            query.finish();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (rows == 0) {
            *failure = QStringLiteral("no rows");
            return std::nullopt;
        }
        return ms;
    };
}

void measure(benchmark::State &state, const std::string &key, const Sample &sample, int runs)
{
    QList<double> samples;
    QString failure;
    for (auto _ : state) {
        for (int i = 0; i < 3 && failure.isEmpty(); ++i) // warm-up: statements, caches
            sample(&failure);
        for (int i = 0; i < runs && failure.isEmpty(); ++i) {
            if (const auto ms = sample(&failure))
                samples.append(*ms);
        }
        if (!failure.isEmpty()) {
            state.SkipWithError(qPrintable(failure));
            results[key].failure = failure;
            break;
        }
        const double p95 = percentile(samples, 0.95);
        state.SetIterationTime(p95 / 1000.0);
        results[key] = {percentile(samples, 0.5), p95, {}};
        state.counters["p50_ms"] = results[key].p50;
        state.counters["p95_ms"] = p95;
    }
}

// `touchpoint-server demo-data` on the backend's database, its progress shown as it goes.
bool generate(Backend &backend, int audits)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setProgram(test::serverBinary());
    process.setArguments({QStringLiteral("demo-data"), QStringLiteral("--db"), backend.spec,
                          QStringLiteral("--audits"), QString::number(audits),
                          QStringLiteral("--seed"), QStringLiteral("1")});
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(4 * 3600 * 1000) || process.exitCode() != 0) {
        std::printf("%s: demo-data failed\n", qPrintable(backend.name));
        return false;
    }
    backend.generationSeconds = double(timer.elapsed()) / 1000.0;
    return true;
}

bool connect(Backend &backend)
{
    QString error;
    if (!backend.server.start(backend.spec, {}, &error)) {
        std::printf("%s: cannot start the server: %s\n", qPrintable(backend.name),
                    qPrintable(error));
        return false;
    }
    backend.api = std::make_unique<test::ApiClient>(backend.server.apiUrl(), 120000);
    const test::ApiReply login = backend.api->post(
        QStringLiteral("/login"),
        QJsonObject{{QStringLiteral("username"), kManager},
                    {QStringLiteral("password"), QStringLiteral("touchpoint-demo")}});
    backend.token = login.object().value(QStringLiteral("token")).toString();
    if (backend.token.isEmpty() || !backend.db.open(backend.spec, &error)) {
        std::printf("%s: cannot sign in or open: %s %s\n", qPrintable(backend.name),
                    qPrintable(login.describe()), qPrintable(error));
        return false;
    }
    static const server::ServerSettings settings;
    backend.auth = std::make_unique<server::AuthService>(backend.db, settings);
    backend.scripts = std::make_unique<server::ScriptCache>(backend.db);
    backend.context = std::make_unique<server::ServerContext>(
        server::ServerContext{backend.db, *backend.auth, settings, *backend.scripts});
    backend.router = server::buildRouter(*backend.context);
    backend.principal = backend.auth->authenticate(backend.token);
    QSqlQuery count = backend.db.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM audits a JOIN sites s ON s.id = a.site_id WHERE a.state ="
        " 'approved' AND s.region_id = ? AND a.started_at >= ? AND a.started_at < ?"));
    count.addBindValue(kRegion);
    count.addBindValue(g_from.toString(Qt::ISODate));
    count.addBindValue(g_to.addDays(1).toString(Qt::ISODate));
    if (server::exec(count) && count.next())
        backend.auditsInScope = count.value(0).toLongLong();
    count.finish();
    return backend.principal.has_value();
}

void printTable(const QList<Backend *> &backends, int audits, int runs)
{
    std::printf("\nReports for region %s, %s to %s (90 days), %d audits generated, %d runs each"
                " (ms):\n",
                qPrintable(kRegion), qPrintable(g_from.toString(Qt::ISODate)),
                qPrintable(g_to.toString(Qt::ISODate)), audits, runs);
    std::printf("%-10s %-12s %17s %17s %17s %8s  %s\n", "database", "report", "in-process p50/95",
                "HTTP p50/p95", "raw SQL p50/p95", "raw/p95", "target p95<50ms");
    const auto cell = [](const Figures &f) {
        return f.failure.isEmpty() && f.p50 >= 0
                   ? QStringLiteral("%1 / %2").arg(f.p50, 0, 'f', 2).arg(f.p95, 0, 'f', 2)
                   : QStringLiteral("-");
    };
    for (Backend *backend : backends) {
        for (const ReportCase &report : reportCases()) {
            const std::string base = (backend->name + QLatin1Char('/') + report.name).toStdString();
            const Figures in = results[base + "/rollup_in_process"];
            const Figures http = results[base + "/rollup_http"];
            const Figures rawFigures = results[base + "/raw_sql"];
            if (!in.failure.isEmpty() && in.failure.contains(QLatin1String("no route"))) {
                std::printf("%-10s %-12s not in this server yet\n", qPrintable(backend->name),
                            qPrintable(report.name));
                continue;
            }
            const bool met = in.failure.isEmpty() && http.failure.isEmpty() && in.p95 >= 0 &&
                             in.p95 < kTargetMs && http.p95 < kTargetMs;
            std::printf("%-10s %-12s %17s %17s %17s %7.0fx  %s\n", qPrintable(backend->name),
                        qPrintable(report.name), qPrintable(cell(in)), qPrintable(cell(http)),
                        qPrintable(cell(rawFigures)),
                        in.p95 > 0 && rawFigures.p95 > 0 ? rawFigures.p95 / in.p95 : 0.0,
                        met ? "pass" : "MISS");
        }
        std::printf("%-10s generation of %d audits: %s; %lld approved audits in the scope\n",
                    qPrintable(backend->name), audits,
                    backend->generationSeconds < 0
                        ? "reused"
                        : qPrintable(QStringLiteral("%1 s (%2 audits/s)")
                                         .arg(backend->generationSeconds, 0, 'f', 1)
                                         .arg(audits / backend->generationSeconds, 0, 'f', 0)),
                    backend->auditsInScope);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    server::initialiseCrypto();
    int audits = qEnvironmentVariableIntValue("TOUCHPOINT_REPORT_AUDITS");
    if (audits <= 0)
        audits = 100000;
    int runs = 60;
    QString only, sqliteFile;
    std::vector<char *> googleArgs{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--audits" && hasValue)
            audits = QByteArray(argv[++i]).toInt();
        else if (arg == "--runs" && hasValue)
            runs = QByteArray(argv[++i]).toInt();
        else if (arg == "--only" && hasValue)
            only = QString::fromLocal8Bit(argv[++i]);
        else if (arg == "--sqlite-db" && hasValue)
            sqliteFile = QString::fromLocal8Bit(argv[++i]);
        else
            googleArgs.push_back(argv[i]);
    }
    int googleArgc = int(googleArgs.size());
    benchmark::Initialize(&googleArgc, googleArgs.data());

    const QDate today = QDateTime::currentDateTimeUtc().date();
    g_to = today.addDays(-2); // demo-data's last day
    g_from = g_to.addDays(-89);

    QTemporaryDir dir;
    test::PostgresCluster cluster;
    std::vector<std::unique_ptr<Backend>> owned;
    QList<Backend *> backends;
    if (only.isEmpty() || only == QLatin1String("sqlite")) {
        auto backend = std::make_unique<Backend>();
        backend->name = QStringLiteral("SQLite");
        backend->spec =
            sqliteFile.isEmpty() ? dir.filePath(QStringLiteral("reports.sqlite")) : sqliteFile;
        const bool reuse = !sqliteFile.isEmpty() && QFileInfo::exists(sqliteFile);
        if ((!reuse && !generate(*backend, audits)) || !connect(*backend))
            return 1;
        backends.append(backend.get());
        owned.push_back(std::move(backend));
    }
    if (only.isEmpty() || only == QLatin1String("postgres")) {
        QString error;
        auto backend = std::make_unique<Backend>();
        backend->name = QStringLiteral("PostgreSQL");
        if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("reports"), &error)) {
            std::printf("PostgreSQL: cannot start a throwaway cluster: %s\n", qPrintable(error));
            return 1;
        }
        backend->spec = cluster.url(QStringLiteral("reports"));
        if (!generate(*backend, audits) || !connect(*backend))
            return 1;
        backends.append(backend.get());
        owned.push_back(std::move(backend));
    }

    std::map<std::string, double> targets;
    for (Backend *backend : backends) {
        for (const ReportCase &report : reportCases()) {
            const QString base = backend->name + QLatin1Char('/') + report.name;
            const std::pair<const char *, Sample> layers[] = {
                {"/rollup_in_process", inProcess(*backend, report)},
                {"/rollup_http", overHttp(*backend, report)},
                {"/raw_sql", raw(*backend, report)},
            };
            // A report the server does not have yet is noted once, not measured.
            QString failure;
            const auto probe = inProcess(*backend, report)(&failure);
            if (!probe && failure == QLatin1String("no route")) {
                results[(base + QStringLiteral("/rollup_in_process")).toStdString()].failure =
                    failure;
                continue;
            }
            for (const auto &[layer, sample] : layers) {
                const std::string key = (base + QLatin1String(layer)).toStdString();
                benchmark::RegisterBenchmark(key.c_str(),
                                             [key, sample = sample, runs](benchmark::State &s) {
                                                 measure(s, key, sample, runs);
                                             })
                    ->Iterations(1)
                    ->UseManualTime()
                    ->Unit(benchmark::kMillisecond);
                if (QLatin1String(layer).startsWith(QLatin1String("/rollup")))
                    targets[key] = kTargetMs * 1000.0;
            }
        }
    }
    bench::TargetReporter reporter(targets);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const bool met = reporter.finish();
    printTable(backends, audits, runs);
    benchmark::Shutdown();
    return met ? 0 : 1;
}
