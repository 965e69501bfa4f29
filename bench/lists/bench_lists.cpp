// The list routes on a large database: one page of a regional manager's audits (the first, and
// one far down the list, reached by following the cursor), the review queue, the largest page,
// and a walk through every page; against the real touchpoint-server on SQLite filled by
// `touchpoint-server demo-data`.
//
//   bench_lists [--audits N] [--runs R] [--sqlite-db FILE]
//     N defaults to 100000 (or TOUCHPOINT_LIST_AUDITS); R to 30; --sqlite-db generates into
//     that file once and reuses it on the next runs.
//
// Target: a page within 100 ms at the 95th percentile, wherever it is in the list (keyset
// paging reads one page's rows, not the rows before it).
#include "../GeneratedDatabase.h"
#include "ApiClient.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tp::test;

namespace {

constexpr double kTargetMs = 100;

struct Figures
{
    double p50 = -1;
    double p95 = -1;
    qint64 bytes = 0;
    int rows = 0;
    QString failure;
};

Figures timePage(ApiClient &api, const QString &path, const QString &token, int runs)
{
    Figures figures;
    QList<double> times;
    for (int run = -3; run < runs; ++run) { // 3 warm-up runs
        QElapsedTimer timer;
        timer.start();
        const ApiReply reply = api.get(path, token);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (reply.status != 200) {
            figures.failure = reply.describe();
            return figures;
        }
        figures.bytes = reply.body.size();
        figures.rows = int(reply.array().size());
        if (run >= 0)
            times.append(ms);
    }
    std::sort(times.begin(), times.end());
    figures.p50 = times.at(times.size() / 2);
    figures.p95 = times.at(qMin(times.size() - 1, qsizetype(times.size() * 0.95)));
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const GeneratedBenchOptions bench = parseGeneratedBenchOptions(argc, argv, 30);
    const int audits = bench.audits;
    const int runs = bench.runs;
    QTemporaryDir dir;
    ServerProcess server;
    if (!serveGeneratedDatabase(bench, dir, server))
        return 1;
    ApiClient api(server.apiUrl(), 120000);
    QString error;
    const QString manager =
        api.signIn(QStringLiteral("manager1"), QStringLiteral("touchpoint-demo"), &error);
    const QString admin =
        api.signIn(QStringLiteral("admin"), QStringLiteral("touchpoint-demo"), &error);
    if (manager.isEmpty() || admin.isEmpty()) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(error));
        return 1;
    }

    // Every page of the manager's audits, once: where page 200 starts, and the whole walk.
    QElapsedTimer walkTimer;
    walkTimer.start();
    QString next = QStringLiteral("/audits");
    QString page200;
    int pages = 0;
    qint64 rows = 0;
    qint64 bytes = 0;
    while (!next.isEmpty()) {
        const ApiReply reply = api.get(next, manager);
        if (reply.status != 200) {
            std::fprintf(stderr, "walk: %s\n", qPrintable(reply.describe()));
            return 1;
        }
        ++pages;
        rows += reply.array().size();
        bytes += reply.body.size();
        next = nextPagePath(next, reply);
        if (pages == 200)
            page200 = next;
    }
    const double walkSeconds = walkTimer.nsecsElapsed() / 1e9;

    struct Case
    {
        const char *name;
        QString path;
        QString token;
    };
    QList<Case> cases{
        {"audits, page 1", QStringLiteral("/audits"), manager},
        {"audits, page 201", page200, manager},
        {"audits, limit=500", QStringLiteral("/audits?limit=500"), manager},
        {"review queue", QStringLiteral("/audits?state=submitted"), manager},
        {"audits, 90 days",
         QStringLiteral("/audits?from=%1&to=%2")
             .arg(QDate::currentDate().addDays(-89).toString(Qt::ISODate),
                  QDate::currentDate().toString(Qt::ISODate)),
         manager},
        {"actions", QStringLiteral("/actions"), manager},
        {"actions, overdue", QStringLiteral("/actions?state=overdue"), admin},
        {"users (admin)", QStringLiteral("/users"), admin},
        {"sites (admin)", QStringLiteral("/sites"), admin},
    };
    std::printf("\nList pages, %d audits generated, manager1 (region americas), %d runs each:\n",
                audits, runs);
    std::printf("%-20s %8s %10s %18s  %s\n", "list", "rows", "bytes", "p50 / p95 (ms)",
                "target p95 < 100 ms");
    bool met = true;
    for (const Case &c : std::as_const(cases)) {
        if (c.path.isEmpty()) {
            std::printf("%-20s fewer than 201 pages\n", c.name);
            continue;
        }
        const Figures f = timePage(api, c.path, c.token, runs);
        if (!f.failure.isEmpty()) {
            std::printf("%-20s FAILED: %s\n", c.name, qPrintable(f.failure));
            met = false;
            continue;
        }
        const bool ok = f.p95 < kTargetMs;
        met = met && ok;
        std::printf("%-20s %8d %10lld %8.1f / %7.1f  %s\n", c.name, f.rows, f.bytes, f.p50, f.p95,
                    ok ? "met" : "MISSED");
    }
    std::printf("\nEvery page of manager1's audits: %d pages, %lld audits, %.1f MB in %.1f s"
                " (%.0f audits/s; %.1f ms a page)\n",
                pages, rows, bytes / 1e6, walkSeconds, rows / walkSeconds,
                walkSeconds * 1000 / pages);
    server.stop();
    return met ? 0 : 1;
}
