// The phone and executives reports on the real server, on SQLite and on PostgreSQL, against a
// small fixture whose figures are worked out by hand below; and what a store manager can read
// (no shopper identity, no pending work) across every endpoint open to them.
//
// Calls: exec1's self-audits of support-call-good.json (support-call script), timelines changed:
//
//   call | line                  | day        | timeline (seconds from dialled)              |
//   review P1   | support-americas      | 2026-03-17 | as filed: menu at 9, agent at 73, hold
//   223-268,| approved
//        |                       |            | resolved moment; answer 9, menus 64, hold 45 |
//   P2   | support-americas      | 2026-03-18 | agent at 30, transferred, holds 90-150 and   |
//   approved
//        |                       |            | 200-230, no resolved moment, outcome callback;|
//        |                       |            | time_to_answer typed as 25 (used, not 30)    |
//        |                       |            | answer 25, menus 0, hold 90 (2 holds), 1 transfer
//   P3   | support-international | 2026-03-19 | menu at 3, agent at 123, no hold, outcome    |
//   approved
//        |                       |            | "resolved" but no resolved moment            |
//        |                       |            | answer 3, menus 120, hold 0, 0 transfers     |
//   P4   | support-americas      | 2026-03-20 | as P1                                        |
//   submitted
//
// Store visits for the executives report (scores from assets/demo/audits/expected.json):
//   S1 exec1 self-audit, good.json, store-bend, 2026-03-10, 96.75, approved
//   M1 shopper1 mystery shop, failing.json, store-bend, 2026-03-12, 62.53, approved
//   S2 exec1 self-audit, failing.json, store-bend, 2026-03-25, submitted

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

// object[a][b] as a number, -1 when absent, -2 when null.
double at(const QJsonObject &object, const char *a, const char *b = nullptr)
{
    QJsonValue value = object.value(QLatin1String(a));
    if (b)
        value = value.toObject().value(QLatin1String(b));
    return value.isNull() ? -2 : value.toDouble(-1);
}

QJsonObject moment(const char *name, qint64 ms)
{
    return QJsonObject{{str("event"), QLatin1String(name)},
                       {str("elapsedMs"), ms},
                       {str("at"), str("2026-03-17T15:05:00Z")}};
}

} // namespace

class TestServerReportsPhone : public QObject
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

    void phonePerLineRegionAndOverall();
    void phoneFiltersAndScopes();
    void executivesLastSelfAuditsAndGap();
    void executivesScopes();
    void rebuildGivesTheSamePhoneFigures();
    void storeManagerSeesNoShopperNorPendingWork();

private:
    ServerFixture &server() { return *m_fixture; }
    QString fileAudit(QJsonObject audit, const char *user, const char *day);
    QString fileCall(const QJsonArray &timeline, const QJsonObject &answerChanges, const char *site,
                     const char *day);
    bool review(const QString &uuid, const char *decision);
    bool loadFixture();
    QJsonObject get(const QString &path, const char *user = "admin", int status = 200);

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;
    QString m_p4;
    QString m_s2;
    QString m_m1;
};

void TestServerReportsPhone::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
    QVERIFY(loadFixture());
}

// Files `audit` as `user` with every timestamp moved to `day` (keeping the time of day).
QString TestServerReportsPhone::fileAudit(QJsonObject audit, const char *user, const char *day)
{
    const QString original = audit.value(QStringLiteral("startedAt")).toString().left(10);
    QByteArray json = toJsonBytes(audit);
    json.replace(original.toLatin1(), QByteArray(day));
    audit = QJsonDocument::fromJson(json).object();
    const QString uuid = audit.value(QStringLiteral("uuid")).toString();
    const ApiReply filed =
        server().api().put(QStringLiteral("/audits/") + uuid, audit, server().token(user));
    if (filed.status != 201) {
        qWarning("filing answered %s", qPrintable(filed.describe()));
        return {};
    }
    return uuid;
}

QString TestServerReportsPhone::fileCall(const QJsonArray &timeline,
                                         const QJsonObject &answerChanges, const char *site,
                                         const char *day)
{
    QJsonObject audit = readJsonFile(sourcePath(str("assets/demo/audits/support-call-good.json")));
    const QJsonObject base = selfAudit(str("exec1"), QLatin1String(site));
    for (const char *key : {"uuid", "auditor", "mode", "site"})
        audit.insert(QLatin1String(key), base.value(QLatin1String(key)));
    if (!timeline.isEmpty())
        audit.insert(str("timeline"), timeline);
    QJsonObject answers = audit.value(str("answers")).toObject();
    for (auto it = answerChanges.constBegin(); it != answerChanges.constEnd(); ++it) {
        if (it.value().isNull())
            answers.remove(it.key());
        else
            answers.insert(it.key(), it.value());
    }
    audit.insert(str("answers"), answers);
    return fileAudit(audit, "exec1", day);
}

bool TestServerReportsPhone::review(const QString &uuid, const char *decision)
{
    const ApiReply reply = server().api().post(
        QStringLiteral("/audits/%1/review").arg(uuid),
        QJsonObject{{str("decision"), QLatin1String(decision)}}, server().token("admin"));
    if (reply.status != 200)
        qWarning("review answered %s", qPrintable(reply.describe()));
    return reply.status == 200;
}

bool TestServerReportsPhone::loadFixture()
{
    const QString p1 = fileCall({}, {}, "support-americas", "2026-03-17");
    const QJsonArray p2Timeline{moment("dialled", 0),         moment("agentAnswered", 30000),
                                moment("transferred", 60000), moment("holdStarted", 90000),
                                moment("holdEnded", 150000),  moment("holdStarted", 200000),
                                moment("holdEnded", 230000),  moment("hungUp", 300000)};
    const QString p2 =
        fileCall(p2Timeline,
                 {{str("time_to_answer"), QJsonObject{{str("value"), 25}}},
                  {str("call_outcome"), QJsonObject{{str("value"), str("callback")}}}},
                 "support-americas", "2026-03-18");
    const QJsonArray p3Timeline{moment("dialled", 1000), moment("menuEntered", 4000),
                                moment("agentAnswered", 124000), moment("hungUp", 200000)};
    const QString p3 = fileCall(p3Timeline, {{str("hold_permission"), QJsonValue::Null}},
                                "support-international", "2026-03-19");
    m_p4 = fileCall({}, {}, "support-americas", "2026-03-20");

    QJsonObject s1 = selfAudit(str("exec1"), str("store-bend"));
    const QString s1Uuid = fileAudit(s1, "exec1", "2026-03-10");
    QJsonObject s2 = readJsonFile(sourcePath(str("assets/demo/audits/failing.json")));
    const QJsonObject s2Base = selfAudit(str("exec1"), str("store-bend"));
    for (const char *key : {"uuid", "auditor", "mode", "site"})
        s2.insert(QLatin1String(key), s2Base.value(QLatin1String(key)));
    s2.remove(str("assignment"));
    s2.remove(str("checkIn"));
    m_s2 = fileAudit(s2, "exec1", "2026-03-25");

    const ApiReply accepted = server().api().post(str("/assignments/demo-bend-visit/accept"),
                                                  QJsonObject{}, server().token("shopper1"));
    if (accepted.status != 200) {
        qWarning("accept answered %s", qPrintable(accepted.describe()));
        return false;
    }
    QJsonObject m1 = readJsonFile(sourcePath(str("assets/demo/audits/failing.json")));
    const QJsonObject m1Base = mysteryShop(str("shopper1"), str("demo-bend-visit"),
                                           str("store-bend"), 44.068851, -121.31417);
    for (const char *key : {"uuid", "auditor", "mode", "site", "assignment", "checkIn"})
        m1.insert(QLatin1String(key), m1Base.value(QLatin1String(key)));
    m_m1 = fileAudit(m1, "shopper1", "2026-03-12");

    for (const QString &uuid : {p1, p2, p3, m_p4, s1Uuid, m_s2, m_m1}) {
        if (uuid.isEmpty())
            return false;
    }
    return review(p1, "approve") && review(p2, "approve") && review(p3, "approve") &&
           review(s1Uuid, "approve") && review(m_m1, "approve");
}

QJsonObject TestServerReportsPhone::get(const QString &path, const char *user, int status)
{
    const ApiReply reply = server().api().get(path, server().token(user));
    if (reply.status != status)
        qWarning("GET %s answered %s", qPrintable(path), qPrintable(reply.describe()));
    return reply.status == status ? reply.object() : QJsonObject{{str("failed"), true}};
}

void TestServerReportsPhone::phonePerLineRegionAndOverall()
{
    const QJsonObject report = get(str("/reports/phone"));
    const QJsonArray sites = report.value(str("sites")).toArray();
    QCOMPARE(sites.size(), 2);
    // support-americas, P1 and P2 (P4 is not reviewed): answer (9 + 25) / 2 = 17 (P2's typed 25,
    // not its timeline's 30); menus (64 + 0) / 2 = 32; hold (45 + 90) / 2 = 67.5 over 1 + 2
    // holds; transfers (0 + 1) / 2 = 0.5; resolved 1 of 2 = 50 %.
    const QJsonObject americas = byKey(sites, "site", "support-americas");
    QCOMPARE(americas.value(str("name")).toString(), str("Customer support, Americas"));
    QCOMPARE(at(americas, "calls"), 2.0);
    QCOMPARE(at(americas, "timeToAnswer", "calls"), 2.0);
    QCOMPARE(at(americas, "timeToAnswer", "mean"), 17.0);
    QCOMPARE(at(americas, "timeInMenus", "mean"), 32.0);
    QCOMPARE(at(americas, "holdTime", "mean"), 67.5);
    QCOMPARE(at(americas, "holdTime", "holds"), 3.0);
    QCOMPARE(at(americas, "transfers", "mean"), 0.5);
    QCOMPARE(at(americas, "transfers", "total"), 1.0);
    QCOMPARE(at(americas, "transfers", "transferredCalls"), 1.0);
    QCOMPARE(at(americas, "firstContactResolution", "resolved"), 1.0);
    QCOMPARE(at(americas, "firstContactResolution", "rate"), 50.0);
    // support-international, P3: answer 3, menus 120, no hold, resolved by its answer.
    const QJsonObject international = byKey(sites, "site", "support-international");
    QCOMPARE(at(international, "timeToAnswer", "mean"), 3.0);
    QCOMPARE(at(international, "timeInMenus", "mean"), 120.0);
    QCOMPARE(at(international, "holdTime", "mean"), 0.0);
    QCOMPARE(at(international, "holdTime", "holds"), 0.0);
    QCOMPARE(at(international, "transfers", "mean"), 0.0);
    QCOMPARE(at(international, "firstContactResolution", "rate"), 100.0);
    // Regions: one line each.
    const QJsonArray regions = report.value(str("regions")).toArray();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(at(byKey(regions, "region", "americas"), "timeToAnswer", "mean"), 17.0);
    QCOMPARE(at(byKey(regions, "region", "international"), "calls"), 1.0);
    // Overall, 3 calls: answer (9 + 25 + 3) / 3 = 12.333… → 12.33; menus (64 + 0 + 120) / 3 =
    // 61.333… → 61.33; hold (45 + 90 + 0) / 3 = 45; transfers 1 / 3 → 0.33; resolved 2 of 3 =
    // 66.666… → 66.67 %.
    const QJsonObject overall = report.value(str("overall")).toObject();
    QCOMPARE(at(overall, "calls"), 3.0);
    QCOMPARE(at(overall, "timeToAnswer", "mean"), 12.33);
    QCOMPARE(at(overall, "timeInMenus", "mean"), 61.33);
    QCOMPARE(at(overall, "holdTime", "mean"), 45.0);
    QCOMPARE(at(overall, "transfers", "mean"), 0.33);
    QCOMPARE(at(overall, "firstContactResolution", "rate"), 66.67);

    // Counting submitted audits too adds P4 (as P1) to support-americas without a rebuild:
    // answer (9 + 25 + 9) / 3 = 14.333… → 14.33; resolved 2 of 3 → 66.67.
    const ApiReply set = server().api().put(str("/settings"),
                                            QJsonObject{{str("reportAudits"), str("not_rejected")}},
                                            server().token("admin"));
    TP_EXPECT_STATUS(set, 200);
    const QJsonObject counted =
        byKey(get(str("/reports/phone")).value(str("sites")).toArray(), "site", "support-americas");
    QCOMPARE(at(counted, "calls"), 3.0);
    QCOMPARE(at(counted, "timeToAnswer", "mean"), 14.33);
    QCOMPARE(at(counted, "firstContactResolution", "rate"), 66.67);
}

void TestServerReportsPhone::phoneFiltersAndScopes()
{
    // From the 18th: P2 and P3 only.
    QJsonObject report = get(str("/reports/phone?from=2026-03-18"));
    QCOMPARE(at(report.value(str("overall")).toObject(), "calls"), 2.0);
    QCOMPARE(at(byKey(report.value(str("sites")).toArray(), "site", "support-americas"),
                "timeToAnswer", "mean"),
             25.0);
    report = get(str("/reports/phone?site=support-international&script=support-call"));
    QCOMPARE(report.value(str("sites")).toArray().size(), 1);
    QCOMPARE(get(str("/reports/phone?channel=store")).value(str("sites")).toArray().size(), 0);
    QCOMPARE(get(str("/reports/phone?to=2026-03-16")).value(str("sites")).toArray().size(), 0);
    // Regional managers: their region only.
    QJsonArray sites = get(str("/reports/phone"), "manager1").value(str("sites")).toArray();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites[0].toObject().value(str("site")).toString(), str("support-americas"));
    sites = get(str("/reports/phone"), "manager2").value(str("sites")).toArray();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites[0].toObject().value(str("site")).toString(), str("support-international"));
    // A store manager's site has no calls; shoppers may not read it.
    QCOMPARE(get(str("/reports/phone"), "store1").value(str("sites")).toArray().size(), 0);
    TP_EXPECT_STATUS(server().api().get(str("/reports/phone"), server().token("shopper1")), 403);
    for (const char *bad : {"/reports/phone?by=week", "/reports/phone?from=2026-03-32",
                            "/reports/executives?site=a%20b", "/reports/executives?x=1"})
        TP_EXPECT_STATUS(server().api().get(QLatin1String(bad), server().token("admin")), 400);
}

void TestServerReportsPhone::executivesLastSelfAuditsAndGap()
{
    // As of the 31st: exec1's last own visit S1 on the 10th (S2 is not reviewed) = 21 days; last
    // own call P3 on the 19th = 12 days; 4 counted self-audits (S1, P1, P2, P3).
    const QJsonObject report = get(str("/reports/executives?to=2026-03-31"));
    QCOMPARE(report.value(str("asOf")).toString(), str("2026-03-31"));
    const QJsonArray executives = report.value(str("executives")).toArray();
    QCOMPARE(executives.size(), 1);
    const QJsonObject exec1 = executives[0].toObject();
    QCOMPARE(exec1.value(str("user")).toString(), str("exec1"));
    QCOMPARE(exec1.value(str("name")).toString(), str("Eleanor Whitfield"));
    QCOMPARE(at(exec1, "selfAudits"), 4.0);
    QCOMPARE(exec1.value(str("lastSelfVisit")).toObject().value(str("day")).toString(),
             str("2026-03-10"));
    QCOMPARE(exec1.value(str("lastSelfVisit")).toObject().value(str("site")).toString(),
             str("store-bend"));
    QCOMPARE(at(exec1, "daysSinceSelfVisit"), 21.0);
    QCOMPARE(exec1.value(str("lastSelfCall")).toObject().value(str("site")).toString(),
             str("support-international"));
    QCOMPARE(at(exec1, "daysSinceSelfCall"), 12.0);
    // store-bend: exec1 96.75 against shopper1's 62.53: gap 34.22. The lines have no mystery
    // calls: no gap.
    const QJsonArray sites = report.value(str("sites")).toArray();
    const QJsonObject bend = byKey(sites, "site", "store-bend");
    QCOMPARE(at(bend, "selfScore"), 96.75);
    QCOMPARE(at(bend, "shopperScore"), 62.53);
    QCOMPARE(at(bend, "shopperAudits"), 1.0);
    QCOMPARE(at(bend, "gap"), 34.22);
    QCOMPARE(at(byKey(sites, "site", "support-americas"), "selfAudits"), 2.0);
    QCOMPARE(at(byKey(sites, "site", "support-americas"), "gap"), -2.0);
    QCOMPARE(exec1.value(str("sites")).toArray().size(), 3);

    // Approving S2 (failing, 62.53) on the 25th: last visit 6 days before the 31st; exec1's
    // store-bend mean (96.75 + 62.53) / 2 = 79.64, gap 79.64 − 62.53 = 17.11.
    QVERIFY(review(m_s2, "approve"));
    const QJsonObject after = get(str("/reports/executives?to=2026-03-31"));
    QCOMPARE(at(after.value(str("executives")).toArray()[0].toObject(), "daysSinceSelfVisit"), 6.0);
    QCOMPARE(at(byKey(after.value(str("sites")).toArray(), "site", "store-bend"), "gap"), 17.11);
    // A period before any own call: never called (null).
    const QJsonObject early = get(str("/reports/executives?from=2026-03-01&to=2026-03-15"));
    const QJsonObject earlyExec = early.value(str("executives")).toArray()[0].toObject();
    QVERIFY(earlyExec.value(str("lastSelfCall")).isNull());
    QVERIFY(earlyExec.value(str("daysSinceSelfCall")).isNull());
    QCOMPARE(at(earlyExec, "daysSinceSelfVisit"), 5.0);
}

void TestServerReportsPhone::executivesScopes()
{
    // manager2 (international): only support-international counts: exec1's last call there, no
    // visit.
    const QJsonObject report = get(str("/reports/executives?to=2026-03-31"), "manager2");
    const QJsonObject exec1 = report.value(str("executives")).toArray()[0].toObject();
    QVERIFY(exec1.value(str("lastSelfVisit")).isNull());
    QCOMPARE(at(exec1, "daysSinceSelfCall"), 12.0);
    QCOMPARE(report.value(str("sites")).toArray().size(), 1);
    // manager1 (americas): store-bend and support-americas; last call P2 on the 18th.
    const QJsonObject americas = get(str("/reports/executives?to=2026-03-31"), "manager1");
    QCOMPARE(americas.value(str("sites")).toArray().size(), 2);
    QCOMPARE(at(americas.value(str("executives")).toArray()[0].toObject(), "daysSinceSelfCall"),
             13.0);
    QCOMPARE(get(str("/reports/executives"), "exec1").value(str("sites")).toArray().size(), 3);
    for (const char *user : {"store1", "shopper1", "shopper2"})
        TP_EXPECT_STATUS(server().api().get(str("/reports/executives"), server().token(user)), 403);
}

void TestServerReportsPhone::rebuildGivesTheSamePhoneFigures()
{
    const QJsonObject phone = get(str("/reports/phone"));
    const QJsonObject executives = get(str("/reports/executives?to=2026-03-31"));
    const CommandResult rebuilt = server().runCli({str("reports"), str("rebuild")});
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.describe()));
    QCOMPARE(get(str("/reports/phone")), phone);
    QCOMPARE(get(str("/reports/executives?to=2026-03-31")), executives);
    QCOMPARE(at(phone.value(str("overall")).toObject(), "calls"), 3.0);
}

// store1 manages store-bend, where there are: S1 (approved self-audit by exec1), M1 (approved
// mystery shop by shopper1), S2 (submitted, not reviewed), and shopper1's accepted assignments
// elsewhere plus the demo's offered ones. With the organisation counting submitted audits in
// reports (the setting most likely to leak pending work), nothing store1 can read names a
// shopper or an executive, a device, an assignment, or S2; and every report counts S1 and M1
// only.
void TestServerReportsPhone::storeManagerSeesNoShopperNorPendingWork()
{
    const ApiReply set = server().api().put(str("/settings"),
                                            QJsonObject{{str("reportAudits"), str("not_rejected")}},
                                            server().token("admin"));
    TP_EXPECT_STATUS(set, 200);
    // An action on a failed item of M1, owned by a department, so that actions show something.
    QString failedItem;
    for (const QJsonValue &item : get(str("/audits/") + m_m1).value(str("items")).toArray()) {
        if (item.toObject().value(str("result")).toString() == QLatin1String("failed")) {
            failedItem = item.toObject().value(str("item")).toString();
            break;
        }
    }
    QVERIFY(!failedItem.isEmpty());
    const ApiReply action = server().api().post(
        str("/actions"),
        QJsonObject{{str("audit"), m_m1},
                    {str("item"), failedItem},
                    {str("owner"), QJsonObject{{str("department"), str("sales")}}},
                    {str("due"), QDate::currentDate().addDays(30).toString(Qt::ISODate)},
                    {str("note"), str("Greet within 30 s")}},
        server().token("admin"));
    TP_EXPECT_STATUS(action, 201);

    QStringList paths{str("/audits"),  str("/audits?site=store-bend"),
                      str("/actions"), str("/actions/summary"),
                      str("/sync"),    str("/sites"),
                      str("/me")};
    for (const char *report :
         {"ranking", "trend", "departments", "nps", "heatmap", "consistency", "phone"})
        paths.append(str("/reports/") + QLatin1String(report));
    const ApiReply list = server().api().get(str("/audits"), server().token("store1"));
    TP_EXPECT_STATUS(list, 200);
    QCOMPARE(list.array().size(), 2);
    for (const QJsonValue &row : list.array())
        paths.append(str("/audits/") + row.toObject().value(str("uuid")).toString());
    paths.append(str("/actions/") + action.object().value(str("id")).toString());

    const QStringList forbidden{str("shopper1"),
                                str("Sam K."),
                                str("exec1"),
                                str("Eleanor"),
                                str("device"),
                                str("demo-bend-visit"),
                                str("demo-us-care-call"),
                                str("\"assignment\""),
                                m_s2,
                                str("windowStart"),
                                str("\"state\":\"offered\""),
                                str("\"state\":\"accepted\""),
                                str("\"state\":\"submitted\"")};
    for (const QString &path : std::as_const(paths)) {
        const ApiReply reply = server().api().get(path, server().token("store1"));
        QVERIFY2(reply.status == 200, qPrintable(path + QLatin1String(": ") + reply.describe()));
        const QString body = QString::fromUtf8(reply.body);
        for (const QString &word : forbidden)
            QVERIFY2(
                !body.contains(word, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("%1 shows \"%2\": %3").arg(path, word, body.left(600))));
    }
    QCOMPARE(get(str("/sync"), "store1").value(str("assignments")).toArray().size(), 0);
    // Reports count the two approved audits only, although the setting counts submitted ones
    // (the admin sees three at store-bend): (96.75 + 62.53) / 2 = 79.64.
    const QJsonArray mine = get(str("/reports/ranking"), "store1").value(str("sites")).toArray();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(at(mine[0].toObject(), "audits"), 2.0);
    QCOMPARE(at(mine[0].toObject(), "score"), 79.64);
    QCOMPARE(
        at(byKey(get(str("/reports/ranking")).value(str("sites")).toArray(), "site", "store-bend"),
           "audits"),
        3.0);
    TP_EXPECT_STATUS(server().api().get(str("/audits/") + m_s2, server().token("store1")), 404);
}

QTEST_GUILESS_MAIN(TestServerReportsPhone)
#include "tst_server_reports_phone.moc"
