// Reports on the real server, on SQLite and on PostgreSQL, against a small fixture whose figures
// are worked out by hand below. Every figure comes from the roll-ups kept at intake and review.
//
// The fixture: self-audits by exec1 of the demo audits, whose scores assets/demo/audits/
// expected.json gives (worked in WORKING.md):
//
//   audit | file         | site                  | started    | overall | NPS        | review
//   A1    | good.json    | store-bend            | 2026-03-14 | 96.75   | promoter   | approved
//   A2    | failing.json | store-bend            | 2026-02-10 | 62.53   | detractor  | approved
//   A3    | critical.json| store-portland        | 2026-03-15*| 50      | passive    | approved
//   A4    | good.json    | store-brussels-centre | 2026-03-20 | 96.75   | promoter   | approved
//   A5    | good.json    | store-portland        | 2026-03-21 | 96.75   | promoter   | submitted
//   A6    | failing.json | store-seattle         | 2026-03-22 | 62.53   | detractor  | rejected
//
// * critical.json starts at 00:15 UTC: the 16th in UTC, the 15th in Portland, which counts.
//
// Department of each audit (weighted mean of its sections; sales = greeting w2 + advice w3):
//   good:     sales (100×2 + 93.33×3)/5 = 96.00; marketing 87.5; operations 100; finance 100;
//             customer_service 100
//   failing:  sales (66.67×2 + 76.47×3)/5 = 72.55; marketing 75; operations 37.5; finance 50;
//             customer_service 50
//   critical: sales (100×2 + 76.67×3)/5 = 86.00; marketing 100; operations 100; finance 62.5;
//             customer_service 100

#include "DemoAudits.h"
#include "ServerFixture.h"
#include "support/TestPaths.h"

#include "auth/Passwords.h"

#include <QJsonArray>
#include <QTest>

using namespace tp::test;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject byKey(const QJsonArray &list, const char *key, const char *value)
{
    for (const QJsonValue &entry : list) {
        if (entry.toObject().value(QLatin1String(key)).toString() == QLatin1String(value))
            return entry.toObject();
    }
    return {};
}

double number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toDouble(-1);
}

} // namespace

class TestServerReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase()
    {
        QVERIFY(tp::server::initialiseCrypto());
        m_harness.startCluster();
    }
    void init();
    void cleanup() { m_fixture.reset(); }

    void rankingCountsApprovedAuditsOnly();
    void trendByMonthAndWeek();
    void departments();
    void npsPerSiteAndRegion();
    void heatmapAndConsistency();
    void scopesFollowRoles();
    void filtersAndRefusals();
    void rebuildGivesTheSameFigures();

private:
    ServerFixture &server() { return *m_fixture; }
    // Files `file` as exec1's self-audit of `site`, started on `day` at 17:02 UTC.
    QString file(const char *file, const char *site, const char *day);
    bool review(const QString &uuid, const char *decision);
    bool loadFixture();
    QJsonObject get(const QString &path, const char *user = "admin", int status = 200);

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;
    QString m_a5;
};

void TestServerReports::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
    QVERIFY(loadFixture());
}

QString TestServerReports::file(const char *name, const char *site, const char *day)
{
    QJsonObject audit =
        readJsonFile(sourcePath(QStringLiteral("assets/demo/audits/") + QLatin1String(name)));
    const QJsonObject base = selfAudit(QStringLiteral("exec1"), QLatin1String(site));
    for (const char *key : {"uuid", "auditor", "mode", "site"})
        audit.insert(QLatin1String(key), base.value(QLatin1String(key)));
    audit.remove(QStringLiteral("assignment"));
    audit.remove(QStringLiteral("checkIn"));
    // Every timestamp moves to the day given, keeping its time.
    const QString original = audit.value(QStringLiteral("startedAt")).toString().left(10);
    QByteArray json = toJsonBytes(audit);
    json.replace(original.toLatin1(), QByteArray(day));
    audit = QJsonDocument::fromJson(json).object();
    const QString uuid = audit.value(QStringLiteral("uuid")).toString();
    const ApiReply filed =
        server().api().put(QStringLiteral("/audits/") + uuid, audit, server().token("exec1"));
    if (filed.status != 201) {
        qWarning("filing answered %s", qPrintable(filed.describe()));
        return {};
    }
    return uuid;
}

bool TestServerReports::review(const QString &uuid, const char *decision)
{
    QJsonObject body{{QStringLiteral("decision"), QLatin1String(decision)}};
    if (QLatin1String(decision) == QLatin1String("reject"))
        body.insert(QStringLiteral("reason"), QStringLiteral("Not a real visit"));
    const ApiReply reply = server().api().post(QStringLiteral("/audits/%1/review").arg(uuid), body,
                                               server().token("admin"));
    if (reply.status != 200)
        qWarning("review answered %s", qPrintable(reply.describe()));
    return reply.status == 200;
}

bool TestServerReports::loadFixture()
{
    const QString a1 = file("good.json", "store-bend", "2026-03-14");
    const QString a2 = file("failing.json", "store-bend", "2026-02-10");
    const QString a3 = file("critical.json", "store-portland", "2026-03-16");
    const QString a4 = file("good.json", "store-brussels-centre", "2026-03-20");
    m_a5 = file("good.json", "store-portland", "2026-03-21");
    const QString a6 = file("failing.json", "store-seattle", "2026-03-22");
    for (const QString &uuid : {a1, a2, a3, a4, m_a5, a6}) {
        if (uuid.isEmpty())
            return false;
    }
    return review(a1, "approve") && review(a2, "approve") && review(a3, "approve") &&
           review(a4, "approve") && review(a6, "reject");
}

QJsonObject TestServerReports::get(const QString &path, const char *user, int status)
{
    const ApiReply reply = server().api().get(path, server().token(user));
    if (reply.status != status)
        qWarning("GET %s answered %s", qPrintable(path), qPrintable(reply.describe()));
    return reply.status == status ? reply.object() : QJsonObject{{str("failed"), true}};
}

void TestServerReports::rankingCountsApprovedAuditsOnly()
{
    // bend (96.75 + 62.53) / 2 = 79.64; brussels 96.75; portland 50 (A5 not reviewed yet);
    // seattle only has a rejected audit.
    QJsonArray sites = get(str("/reports/ranking")).value(str("sites")).toArray();
    QCOMPARE(sites.size(), 3);
    QCOMPARE(sites[0].toObject().value(str("site")).toString(), str("store-brussels-centre"));
    QCOMPARE(number(sites[0].toObject(), "score"), 96.75);
    QCOMPARE(sites[0].toObject().value(str("rank")).toInt(), 1);
    QCOMPARE(sites[1].toObject().value(str("site")).toString(), str("store-bend"));
    QCOMPARE(number(sites[1].toObject(), "score"), 79.64);
    QCOMPARE(sites[1].toObject().value(str("audits")).toInt(), 2);
    // Pass mark 80: one of two passed. Spread: |96.75 − 62.53| / 2 = 17.11.
    QCOMPARE(number(sites[1].toObject(), "passRate"), 50.0);
    QCOMPARE(number(sites[1].toObject(), "standardDeviation"), 17.11);
    QCOMPARE(sites[2].toObject().value(str("site")).toString(), str("store-portland"));
    QCOMPARE(number(sites[2].toObject(), "score"), 50.0);

    // Approving A5 counts it: portland (50 + 96.75) / 2 = 73.375 → 73.38.
    QVERIFY(review(m_a5, "approve"));
    sites = get(str("/reports/ranking?region=americas")).value(str("sites")).toArray();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(byKey(sites, "site", "store-portland").value(str("audits")).toInt(), 2);
    QCOMPARE(number(byKey(sites, "site", "store-portland"), "score"), 73.38);
    QCOMPARE(sites[0].toObject().value(str("site")).toString(), str("store-bend"));
}

void TestServerReports::trendByMonthAndWeek()
{
    // 2026-02: A2 62.53. 2026-03: A1, A3, A4 (96.75 + 50 + 96.75) / 3 = 81.1666… → 81.17.
    QJsonArray points = get(str("/reports/trend?by=month")).value(str("points")).toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points[0].toObject().value(str("period")).toString(), str("2026-02"));
    QCOMPARE(number(points[0].toObject(), "score"), 62.53);
    QCOMPARE(points[1].toObject().value(str("period")).toString(), str("2026-03"));
    QCOMPARE(points[1].toObject().value(str("audits")).toInt(), 3);
    QCOMPARE(number(points[1].toObject(), "score"), 81.17);
    // Weeks start on Monday, and the day is the site's: A3 started 2026-03-16T00:15Z, which is
    // Sunday 15 March, 17:15 in Portland (America/Los_Angeles). 2026-02-09 (A2); 2026-03-09 (A1
    // Saturday 14th, A3): (96.75 + 50) / 2 = 73.375 → 73.38; 2026-03-16 (A4 Friday 20th): 96.75.
    points = get(str("/reports/trend?by=week")).value(str("points")).toArray();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0].toObject().value(str("period")).toString(), str("2026-02-09"));
    QCOMPARE(points[1].toObject().value(str("period")).toString(), str("2026-03-09"));
    QCOMPARE(number(points[1].toObject(), "score"), 73.38);
    QCOMPARE(points[2].toObject().value(str("period")).toString(), str("2026-03-16"));
    QCOMPARE(number(points[2].toObject(), "score"), 96.75);
    // Up to Sunday 15 March counts A3 by Portland's calendar: A2, A1, A3.
    QCOMPARE(get(str("/reports/trend?to=2026-03-15")).value(str("points")).toArray().size(), 2);
    QCOMPARE(get(str("/reports/ranking?from=2026-03-16&region=americas"))
                 .value(str("sites"))
                 .toArray()
                 .size(),
             0);
    // The period filter: March only, Americas only: A1 and A3, (96.75 + 50) / 2 = 73.375.
    points = get(str("/reports/trend?from=2026-03-01&to=2026-03-31&region=americas"))
                 .value(str("points"))
                 .toArray();
    QCOMPARE(points.size(), 1);
    QCOMPARE(number(points[0].toObject(), "score"), 73.38);
}

void TestServerReports::departments()
{
    // Over A1, A2, A3, A4:
    //   sales (96 + 72.55 + 86 + 96) / 4 = 87.6375 → 87.64
    //   marketing (87.5 + 75 + 100 + 87.5) / 4 = 87.5
    //   operations (100 + 37.5 + 100 + 100) / 4 = 84.375 → 84.38
    //   finance (100 + 50 + 62.5 + 100) / 4 = 78.125 → 78.13
    //   customer_service (100 + 50 + 100 + 100) / 4 = 87.5
    const QJsonArray list = get(str("/reports/departments")).value(str("departments")).toArray();
    QCOMPARE(list.size(), 5);
    QCOMPARE(number(byKey(list, "department", "sales"), "score"), 87.64);
    QCOMPARE(number(byKey(list, "department", "marketing"), "score"), 87.5);
    QCOMPARE(number(byKey(list, "department", "operations"), "score"), 84.38);
    QCOMPARE(number(byKey(list, "department", "finance"), "score"), 78.13);
    QCOMPARE(number(byKey(list, "department", "customer_service"), "score"), 87.5);
    QCOMPARE(byKey(list, "department", "sales").value(str("audits")).toInt(), 4);
}

void TestServerReports::npsPerSiteAndRegion()
{
    // bend: 1 promoter, 1 detractor of 2 → 0. portland: 1 passive → 0. brussels: 1 promoter →
    // 100. americas: 1 − 1 of 3 → 0; international 100; overall (2 − 1) / 4 → 25.
    const QJsonObject report = get(str("/reports/nps"));
    const QJsonArray sites = report.value(str("sites")).toArray();
    QCOMPARE(sites.size(), 3);
    QCOMPARE(number(byKey(sites, "site", "store-bend"), "nps"), 0.0);
    QCOMPARE(byKey(sites, "site", "store-bend").value(str("detractors")).toInt(), 1);
    QCOMPARE(number(byKey(sites, "site", "store-portland"), "nps"), 0.0);
    QCOMPARE(byKey(sites, "site", "store-portland").value(str("passives")).toInt(), 1);
    QCOMPARE(number(byKey(sites, "site", "store-brussels-centre"), "nps"), 100.0);
    const QJsonArray regions = report.value(str("regions")).toArray();
    QCOMPARE(number(byKey(regions, "region", "americas"), "nps"), 0.0);
    QCOMPARE(byKey(regions, "region", "americas").value(str("answers")).toInt(), 3);
    QCOMPARE(number(byKey(regions, "region", "international"), "nps"), 100.0);
    QCOMPARE(number(report.value(str("overall")).toObject(), "nps"), 25.0);

    // Counting submitted audits too (the setting) adds A5 (promoter, portland) without a rebuild:
    // portland 1 − 0 of 2 → 50.
    const ApiReply set = server().api().put(str("/settings"),
                                            QJsonObject{{str("reportAudits"), str("not_rejected")}},
                                            server().token("admin"));
    TP_EXPECT_STATUS(set, 200);
    const QJsonArray counted = get(str("/reports/nps")).value(str("sites")).toArray();
    QCOMPARE(number(byKey(counted, "site", "store-portland"), "nps"), 50.0);
    // The rejected one never counts.
    QVERIFY(byKey(counted, "site", "store-seattle").isEmpty());
}

void TestServerReports::heatmapAndConsistency()
{
    // Touchpoint "greeting" is the greeting section alone: good 100, failing 66.67, critical 100.
    // bend (100 + 66.67) / 2 = 83.335 → 83.34; portland 100; brussels 100.
    const QJsonObject heatmap = get(str("/reports/heatmap"));
    const QJsonArray cells = heatmap.value(str("cells")).toArray();
    QJsonObject bendGreeting;
    for (const QJsonValue &cell : cells) {
        if (cell.toObject().value(str("site")).toString() == QLatin1String("store-bend") &&
            cell.toObject().value(str("touchpoint")).toString() == QLatin1String("greeting"))
            bendGreeting = cell.toObject();
    }
    QCOMPARE(number(bendGreeting, "score"), 83.34);
    QCOMPARE(heatmap.value(str("sites")).toArray().size(), 3);
    // Five touchpoints: storefront, sales_floor, greeting, checkout, farewell.
    QCOMPARE(heatmap.value(str("touchpoints")).toArray().size(), 5);

    // Consistency of "greeting" over the three sites: 83.34, 100, 100: min 83.34, max 100,
    // mean 94.446… → 94.45, population deviation √(2 × 5.553…² + 11.106…²) / 3) = 7.85.
    const QJsonObject consistency = get(str("/reports/consistency"));
    const QJsonObject greeting =
        byKey(consistency.value(str("touchpoints")).toArray(), "touchpoint", "greeting");
    QCOMPARE(greeting.value(str("sites")).toInt(), 3);
    QCOMPARE(number(greeting, "min"), 83.34);
    QCOMPARE(number(greeting, "max"), 100.0);
    QCOMPARE(number(greeting, "mean"), 94.45);
    QCOMPARE(number(greeting, "standardDeviation"), 7.85);
    QVERIFY(!consistency.value(str("items")).toArray().isEmpty());
}

void TestServerReports::scopesFollowRoles()
{
    // manager1 manages americas: bend and portland only; asking for international narrows to none.
    QJsonArray sites = get(str("/reports/ranking"), "manager1").value(str("sites")).toArray();
    QCOMPARE(sites.size(), 2);
    QVERIFY(byKey(sites, "site", "store-brussels-centre").isEmpty());
    sites =
        get(str("/reports/ranking?region=international"), "manager1").value(str("sites")).toArray();
    QCOMPARE(sites.size(), 0);
    // store1 manages store-bend: its own site only, and no shopper is named anywhere.
    const ApiReply own = server().api().get(str("/reports/ranking"), server().token("store1"));
    TP_EXPECT_STATUS(own, 200);
    sites = own.object().value(str("sites")).toArray();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites[0].toObject().value(str("site")).toString(), str("store-bend"));
    QVERIFY(!own.body.contains("exec1"));
    // exec1 sees everything; shoppers nothing.
    QCOMPARE(get(str("/reports/ranking"), "exec1").value(str("sites")).toArray().size(), 3);
    for (const char *report : {"ranking", "trend", "departments", "nps", "heatmap", "consistency"})
        TP_EXPECT_STATUS(server().api().get(str("/reports/") + QLatin1String(report),
                                            server().token("shopper1")),
                         403);
}

void TestServerReports::filtersAndRefusals()
{
    QCOMPARE(get(str("/reports/ranking?channel=phone")).value(str("sites")).toArray().size(), 0);
    QCOMPARE(get(str("/reports/ranking?channel=store&script=store-visit&site=store-bend"))
                 .value(str("sites"))
                 .toArray()
                 .size(),
             1);
    for (const char *bad :
         {"/reports/ranking?from=2026-3-1", "/reports/ranking?by=week", "/reports/trend?by=day",
          "/reports/nps?region=a%20b", "/reports/heatmap?from=2026-03-02&to=2026-03-01",
          "/reports/departments?colour=red"})
        TP_EXPECT_STATUS(server().api().get(QLatin1String(bad), server().token("admin")), 400);
}

void TestServerReports::rebuildGivesTheSameFigures()
{
    const QJsonObject before = get(str("/reports/consistency"));
    const CommandResult rebuilt = server().runCli({str("reports"), str("rebuild")});
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.describe()));
    QCOMPARE(get(str("/reports/consistency")), before);
    QCOMPARE(get(str("/reports/ranking")).value(str("sites")).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_server_reports.moc"
