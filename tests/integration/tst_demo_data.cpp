// `touchpoint-server demo-data`, the real binary on SQLite and on PostgreSQL:
// the audits it makes are what intake would store (checked and scored again here with the
// shared core), they show the differences the charts are for (best and worst store, a declining
// and an improving store, a weak touchpoint, strict and lenient shoppers, executives' kinder
// view), every report has data, and the same seed gives the same rows.

#include "ServerFixture.h"
#include "support/TestPaths.h"

#include "auth/Passwords.h"
#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlRecord>
#include <QTest>

#include <map>
#include <vector>

using namespace tp::test;

namespace {

constexpr int kAudits = 600;

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

// Every row of `sql`, each column as text, in one string: for comparing databases.
QByteArray digest(tp::server::Database &db, const char *sql)
{
    QSqlQuery query(db.connection());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!query.exec(QLatin1String(sql)))
        return "failed: " + QByteArray(sql);
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            hash.addData(query.value(i).toString().toUtf8() + '\x1f');
        hash.addData("\n");
    }
    return hash.result().toHex();
}

const char *const kDigestQueries[] = {
    "SELECT uuid, content_sha256, site_id, auditor, mode, started_at, received_at, overall,"
    " state, review_reason, reviewed_by, reviewed_at, pseudonym, change_seq FROM audits"
    " ORDER BY uuid",
    "SELECT audit_uuid, item_id, state, value, earned, possible, note FROM audit_answers"
    " ORDER BY audit_uuid, item_id",
    "SELECT site_id, script_id, day, state, mode, audits, sum_overall FROM report_audit_days"
    " ORDER BY site_id, script_id, day, state, mode",
    "SELECT id, audit_uuid, item_id, owner_user, owner_department, due, state, closed_at"
    " FROM corrective_actions ORDER BY id",
    "SELECT id, shopper, state, audit_uuid FROM assignments ORDER BY id",
};

double scoreOf(const QJsonArray &list, const char *key, const char *value)
{
    for (const QJsonValue &entry : list) {
        if (entry.toObject().value(QLatin1String(key)).toString() == QLatin1String(value))
            return entry.toObject().value(QStringLiteral("score")).toDouble(-1);
    }
    return -1;
}

} // namespace

class TestDemoData : public QObject
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
    void cleanupTestCase() { m_fixtures.clear(); }

    void auditsAreWhatIntakeWouldStore();
    void reviewsActionsAndMoments();
    void differencesShowInReports();
    void everyReportHasData();
    void sameSeedSameData();
    void emptyDatabaseGetsTheDemo();

private:
    ServerFixture &fixture() { return *m_fixtures.at(m_backend); }
    std::optional<qint64> count(const QString &sql);

    BackendHarness m_harness;
    // One generated database per backend, shared by the test functions (generating is the slow
    // part); each function only reads it.
    std::map<QString, std::unique_ptr<ServerFixture>> m_fixtures;
    QString m_backend;
};

void TestDemoData::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    if (m_fixtures.count(backend))
        return;
    QString error;
    auto fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(fixture, qPrintable(error));
    const CommandResult run = fixture->runCli(
        {str("demo-data"), str("--audits"), QString::number(kAudits), str("--seed"), str("11")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY2(run.out.contains("stored 600 audits"), run.out.constData());
    m_fixtures[backend] = std::move(fixture);
}

std::optional<qint64> TestDemoData::count(const QString &sql)
{
    QString error;
    const QVariant value = fixture().db().scalar(sql, {}, &error);
    if (!value.isValid()) {
        qWarning().noquote() << sql << error;
        return std::nullopt;
    }
    return value.toLongLong();
}

// Every audit decodes, passes the intake checker, is complete, and its stored score, content
// hash and answer rows are what the shared core gives for it.
void TestDemoData::auditsAreWhatIntakeWouldStore()
{
    QCOMPARE(count(str("SELECT COUNT(*) FROM audits")), std::optional<qint64>(kAudits));
    std::map<QString, tp::Script> scripts;
    for (const char *file : {"store-visit.json", "support-call.json"}) {
        const auto loaded =
            tp::loadScriptFile(sourcePath(str("assets/demo/scripts/") + QLatin1String(file)));
        QVERIFY(loaded.script);
        scripts.emplace(loaded.script->id, *loaded.script);
    }
    tp::server::Database db;
    QString error;
    QVERIFY2(db.open(fixture().db().spec(), &error), qPrintable(error));
    QSqlQuery audits(db.connection());
    QVERIFY(audits.exec(str("SELECT a.uuid, a.body, a.content_sha256, a.overall, a.passed,"
                            " a.critical_failures, a.nps, (SELECT COUNT(*) FROM audit_answers w"
                            " WHERE w.audit_uuid = a.uuid), (SELECT SUM(w.earned) FROM"
                            " audit_answers w WHERE w.audit_uuid = a.uuid) FROM audits a")));
    int checked = 0;
    while (audits.next()) {
        const QString uuid = audits.value(0).toString();
        const QByteArray body = audits.value(1).toString().toUtf8();
        const tp::AuditDecodeResult decoded = tp::decodeAudit(body);
        QVERIFY2(decoded.ok(), qPrintable(uuid));
        const tp::Audit &audit = *decoded.audit;
        QCOMPARE(audit.uuid, uuid);
        QVERIFY(scripts.count(audit.scriptId));
        const tp::Script &script = scripts.at(audit.scriptId);
        const tp::Issues issues = tp::checkAudit(script, audit);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? uuid
                                                               : uuid + QLatin1Char(' ') +
                                                                     issues.first().toString()));
        const tp::ScoreResult score = tp::scoreAudit(script, audit);
        QVERIFY2(tp::checkComplete(script, score).isEmpty(), qPrintable(uuid));
        QCOMPARE(tp::canonicalAuditJson(audit), body);
        QCOMPARE(audits.value(2).toString(), tp::server::sha256Hex(body));
        QVERIFY(score.overall);
        QCOMPARE(audits.value(3).toLongLong(), qint64(*score.overall));
        QCOMPARE(audits.value(4).toInt(), score.passed ? 1 : 0);
        QCOMPARE(audits.value(5).toInt(), int(score.criticalFailures.size()));
        QVERIFY(score.nps);
        QCOMPARE(audits.value(6).toInt(), *score.nps);
        QCOMPARE(audits.value(7).toLongLong(), qint64(script.items.size()));
        qint64 earned = 0;
        for (const tp::ItemScore &item : score.items)
            earned += item.state == tp::ItemState::Scored ? item.earned : 0;
        QCOMPARE(audits.value(8).toLongLong(), earned);
        ++checked;
    }
    QCOMPARE(checked, kAudits);
}

// Both channels and modes, reviews of every outcome, corrective actions in every state, call
// moments with menus, holds and transfers, and critical failures.
void TestDemoData::reviewsActionsAndMoments()
{
    const auto positive = [this](const char *sql) {
        const auto n = count(QLatin1String(sql));
        if (!n || *n <= 0)
            qWarning() << "expected rows for" << sql << "got" << (n ? *n : -1);
        return n && *n > 0;
    };
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE mode = 'self_audit'"));
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE mode = 'mystery_shop'"));
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE script_id = 'support-call'"));
    QVERIFY(positive("SELECT COUNT(DISTINCT site_id) - 7 FROM audits"));
    QVERIFY(positive("SELECT COUNT(DISTINCT auditor) - 9 FROM audits"));
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE state = 'rejected' AND review_reason"
                     " <> ''"));
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE state = 'submitted'"));
    QVERIFY(positive("SELECT COUNT(*) - 500 FROM audits WHERE state = 'approved'"));
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE critical_failures > 0"));
    QVERIFY(positive("SELECT COUNT(*) FROM corrective_actions WHERE state = 'done'"));
    QVERIFY(positive("SELECT COUNT(*) FROM corrective_actions WHERE state = 'open'"));
    QVERIFY(positive("SELECT COUNT(*) FROM corrective_actions WHERE state = 'done' AND"
                     " closed_at > due"));
    // Overdue: open past the due date (the generator's "now" is today).
    QCOMPARE(
        count(str("SELECT COUNT(*) FROM corrective_actions WHERE state = 'open' AND due < '%1'")
                  .arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate)))
                .value_or(0) > 0,
        true);
    // Every mystery shop has its assignment, in the audit's review state.
    QCOMPARE(count(str("SELECT COUNT(*) FROM audits a JOIN assignments s ON s.audit_uuid = a.uuid"
                       " WHERE s.state = a.state AND s.shopper = a.auditor")),
             count(str("SELECT COUNT(*) FROM audits WHERE mode = 'mystery_shop'")));
    for (const char *item : {"menu_levels", "hold_count", "transfer_count", "total_hold"})
        QVERIFY2(positive(qPrintable(str("SELECT COUNT(*) FROM audit_answers WHERE item_id = '%1'"
                                         " AND state = 'scored' AND value NOT IN ('0', '')")
                                         .arg(QLatin1String(item)))),
                 item);
    QVERIFY(positive("SELECT COUNT(*) FROM audit_answers WHERE item_id = 'call_outcome' AND"
                     " value = '\"resolved\"'"));
    QVERIFY(positive("SELECT COUNT(*) FROM audit_answers WHERE item_id = 'time_to_greet' AND"
                     " state = 'scored' AND earned = 0"));
    // NPS across the range: promoters and detractors both.
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE nps >= 9"));
    QVERIFY(positive("SELECT COUNT(*) FROM audits WHERE nps <= 6"));
}

void TestDemoData::differencesShowInReports()
{
    TP_TOKEN(token, fixture(), "admin");
    const ApiReply ranking = fixture().api().get(str("/reports/ranking"), token);
    TP_EXPECT_STATUS(ranking, 200);
    const QJsonArray sites = ranking.object().value(str("sites")).toArray();
    const double best = scoreOf(sites, "site", "store-bend");
    const double worst = scoreOf(sites, "site", "store-eindhoven");
    QVERIFY2(best > worst + 15, qPrintable(compactJson(sites)));
    QCOMPARE(sites.first().toObject().value(str("site")).toString(), str("store-bend"));

    // Seattle declines over the year and Portland improves: the mean of the last three months
    // against the first three.
    const auto change = [&](const char *site) -> double {
        const ApiReply trend = fixture().api().get(
            str("/reports/trend?by=month&site=%1").arg(QLatin1String(site)), token);
        const QJsonArray points = trend.object().value(str("points")).toArray();
        if (trend.status != 200 || points.size() < 10) {
            qWarning() << trend.describe();
            return 0;
        }
        double first = 0, last = 0;
        for (int i = 0; i < 3; ++i) {
            first += points[i].toObject().value(str("score")).toDouble() / 3;
            last += points[points.size() - 1 - i].toObject().value(str("score")).toDouble() / 3;
        }
        return last - first;
    };
    const double seattle = change("store-seattle");
    const double portland = change("store-portland");
    QVERIFY2(seattle < -8, qPrintable(QString::number(seattle)));
    QVERIFY2(portland > 8, qPrintable(QString::number(portland)));

    // North Lakes greets poorly: of its touchpoints, greeting falls furthest below the other
    // stores' mean for the same touchpoint, and far below Bend's.
    const ApiReply heatmap = fixture().api().get(str("/reports/heatmap?channel=store"), token);
    TP_EXPECT_STATUS(heatmap, 200);
    std::map<QString, std::map<QString, double>> cells; // touchpoint -> site -> score
    for (const QJsonValue &cell : heatmap.object().value(str("cells")).toArray())
        cells[cell[str("touchpoint")].toString()][cell[str("site")].toString()] =
            cell[str("score")].toDouble();
    QString weakest;
    double weakestGap = 0;
    for (const auto &[touchpoint, sitesScores] : cells) {
        double others = 0;
        for (const auto &[site, score] : sitesScores)
            others += site == QLatin1String("store-north-lakes") ? 0 : score;
        const double gap =
            sitesScores.at(str("store-north-lakes")) - others / double(sitesScores.size() - 1);
        if (gap < weakestGap) {
            weakestGap = gap;
            weakest = touchpoint;
        }
    }
    QCOMPARE(weakest, str("greeting"));
    QVERIFY2(weakestGap < -10, qPrintable(QString::number(weakestGap)));
    QVERIFY(cells[str("greeting")][str("store-north-lakes")] + 15 <
            cells[str("greeting")][str("store-bend")]);

    // Strict and lenient shoppers, and executives who see their stores more kindly.
    tp::server::Database db;
    QString error;
    QVERIFY2(db.open(fixture().db().spec(), &error), qPrintable(error));
    const auto mean = [&db](const QString &where) {
        QSqlQuery query(db.connection());
        query.exec(str("SELECT AVG(overall) FROM audits WHERE ") + where);
        return query.next() ? query.value(0).toDouble() / 100.0 : -1.0;
    };
    QVERIFY(mean(str("auditor = 'shopper6'")) + 8 < mean(str("auditor = 'shopper7'")));
    QVERIFY(mean(str("mode = 'mystery_shop'")) + 3 < mean(str("mode = 'self_audit'")));
}

// Every report answers with data for the whole organisation.
void TestDemoData::everyReportHasData()
{
    TP_TOKEN(token, fixture(), "admin");
    const QList<std::pair<const char *, const char *>> reports{
        {"ranking", "sites"}, {"trend", "points"},
        {"heatmap", "cells"}, {"departments", "departments"},
        {"nps", "sites"},     {"consistency", "items"},
        {"phone", nullptr},   {"executives", "executives"},
    };
    for (const auto &[name, list] : reports) {
        const ApiReply reply = fixture().api().get(str("/reports/") + QLatin1String(name), token);
        TP_EXPECT_STATUS(reply, 200);
        bool data = false;
        const QJsonObject object = reply.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if ((!list || it.key() == QLatin1String(list)) && it->isArray() &&
                !it->toArray().isEmpty())
                data = true;
        }
        QVERIFY2(data, qPrintable(str(name) + QLatin1Char(' ') + reply.describe()));
    }
}

// The same seed on two fresh databases gives the same rows; another seed other ones; a seed
// cannot be loaded twice into one database.
void TestDemoData::sameSeedSameData()
{
    QString error;
    QList<QByteArray> digests;
    std::vector<std::unique_ptr<TestDatabase>> databases;
    for (const char *seed : {"5", "5", "6"}) {
        auto database = TestDatabase::create(m_backend, &m_harness.cluster(), &error);
        QVERIFY2(database, qPrintable(error));
        const CommandResult run = runServerCommand(
            {str("demo-data"), str("--db"), database->spec(), str("--audits"), str("120"),
             str("--seed"), QLatin1String(seed), str("--until"), str("2026-06-30")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        tp::server::Database db;
        QVERIFY2(db.open(database->spec(), &error), qPrintable(error));
        QByteArray all;
        for (const char *sql : kDigestQueries)
            all += digest(db, sql) + ' ';
        digests.append(all);
        databases.push_back(std::move(database));
    }
    QCOMPARE(digests[0], digests[1]);
    QVERIFY(digests[0] != digests[2]);

    const CommandResult again =
        runServerCommand({str("demo-data"), str("--db"), databases[0]->spec(), str("--audits"),
                          str("120"), str("--seed"), str("5")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already"), again.err.constData());
    QCOMPARE(databases[0]->scalar(str("SELECT COUNT(*) FROM audits")).toLongLong(), 120);
}

// An empty database gets the demo organisation first; bad options are refused with usage.
void TestDemoData::emptyDatabaseGetsTheDemo()
{
    QString error;
    auto database = TestDatabase::create(m_backend, &m_harness.cluster(), &error);
    QVERIFY2(database, qPrintable(error));
    const CommandResult run =
        runServerCommand({str("demo-data"), str("--db"), database->spec(), str("--audits"),
                          str("40"), str("--months"), str("3")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY(run.out.contains("demo organisation loaded"));
    QCOMPARE(database->scalar(str("SELECT COUNT(*) FROM sites")).toLongLong(), 8);
    QCOMPARE(database->scalar(str("SELECT COUNT(*) FROM audits")).toLongLong(), 40);
    const QString earliest = database->scalar(str("SELECT MIN(started_at) FROM audits")).toString();
    QVERIFY2(earliest >= QDate::currentDate().addMonths(-3).addDays(-2).toString(Qt::ISODate),
             qPrintable(earliest));

    for (const QStringList &bad :
         {QStringList{str("demo-data"), str("--db"), database->spec()},
          QStringList{str("demo-data"), str("--db"), database->spec(), str("--audits"), str("0")},
          QStringList{str("demo-data"), str("--db"), database->spec(), str("--audits"), str("5"),
                      str("--until"), str("yesterday")}}) {
        const CommandResult refused = runServerCommand(bad);
        QCOMPARE(refused.exitCode, 2);
    }
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
