// A site's opening hours and check-ins through the API, on SQLite and on PostgreSQL: bad hours
// are refused with a 422 naming every problem, good hours are stored in their canonical form;
// GET /sites/{id}/check-ins answers the check-ins of the site's last audits, newest first, each
// inside the radius or not, to admins and the site's regional manager only.

#include "ServerFixture.h"

#include "DemoAudits.h"

#include <QJsonArray>
#include <QTest>

using namespace tp::test;

namespace {

QJsonObject bendWith(const QJsonObject &hours)
{
    return {{QStringLiteral("id"), QStringLiteral("store-bend")},
            {QStringLiteral("region"), QStringLiteral("americas")},
            {QStringLiteral("kind"), QStringLiteral("store")},
            {QStringLiteral("name"), QStringLiteral("Northwind Outfitters Bend")},
            {QStringLiteral("latitude"), 44.068842},
            {QStringLiteral("longitude"), -121.314192},
            {QStringLiteral("checkInRadius"), 100},
            {QStringLiteral("timezone"), QStringLiteral("America/Los_Angeles")},
            {QStringLiteral("openingHours"), hours}};
}

} // namespace

class TestServerSites : public QObject
{
    Q_OBJECT

private:
    ServerFixture &server() { return *m_fixture; }
    void startServer();

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase() { m_harness.startCluster(); }
    void cleanup() { m_fixture.reset(); }

    void badOpeningHoursAre422WithEveryProblem();
    void goodOpeningHoursAreStoredCanonical();
    void checkInsOfTheLastAuditsNewestFirst();
    void checkInsRefuseBadLimitsAndOtherRoles();
};

void TestServerSites::startServer()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
}

void TestServerSites::badOpeningHoursAre422WithEveryProblem()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(admin, server(), "admin");
    const QJsonObject before =
        server().api().get(QStringLiteral("/sites/store-bend"), admin).object();

    const QJsonObject bad{{QStringLiteral("monday"), QStringLiteral("closed")},
                          {QStringLiteral("tue"), 9},
                          {QStringLiteral("wed"), QStringLiteral("9-17")},
                          {QStringLiteral("thu"), QStringLiteral("18:00-09:00")},
                          {QStringLiteral("fri"), QStringLiteral("08:00-13:00,12:00-18:00")},
                          {QStringLiteral("sat-sun"), QStringLiteral("closed")},
                          {QStringLiteral("sun"), QStringLiteral("10:00-16:00")}};
    const ApiReply refused = server().api().post(QStringLiteral("/sites"), bendWith(bad), admin);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("invalid_body"));
    QStringList problems;
    const QJsonArray details = refused.object()
                                   .value(QLatin1String("error"))
                                   .toObject()
                                   .value(QLatin1String("details"))
                                   .toArray();
    for (const QJsonValue &detail : details) {
        const QJsonObject d = detail.toObject();
        problems.append(d.value(QLatin1String("path")).toString() + QLatin1Char('=') +
                        d.value(QLatin1String("code")).toString());
        QVERIFY2(!d.value(QLatin1String("message")).toString().isEmpty(),
                 qPrintable(refused.describe()));
    }
    problems.sort();
    QCOMPARE(problems, (QStringList{QStringLiteral("site/openingHours/fri=overlapping_hours"),
                                    QStringLiteral("site/openingHours/monday=invalid_day"),
                                    QStringLiteral("site/openingHours/sun=day_twice"),
                                    QStringLiteral("site/openingHours/thu=closing_before_opening"),
                                    QStringLiteral("site/openingHours/tue=wrong_type"),
                                    QStringLiteral("site/openingHours/wed=invalid_hours")}));
    // Nothing was stored.
    QCOMPARE(server().api().get(QStringLiteral("/sites/store-bend"), admin).object(), before);

    // Not an object at all.
    QJsonObject text = bendWith({});
    text.insert(QStringLiteral("openingHours"), QStringLiteral("mon-fri 9-5"));
    const ApiReply notObject = server().api().post(QStringLiteral("/sites"), text, admin);
    QCOMPARE(notObject.status, 422);
}

void TestServerSites::goodOpeningHoursAreStoredCanonical()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(admin, server(), "admin");
    const QJsonObject hours{{QStringLiteral("mon"), QStringLiteral("08:00-12:00, 13:00-18:00")},
                            {QStringLiteral("tue-fri"), QStringLiteral("13:00-18:00,08:00-12:00")},
                            {QStringLiteral("sat"), QStringLiteral("closed")},
                            {QStringLiteral("sun"), QStringLiteral("closed")}};
    const ApiReply stored = server().api().post(QStringLiteral("/sites"), bendWith(hours), admin);
    QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
    const QJsonObject canonical{
        {QStringLiteral("mon-fri"), QStringLiteral("08:00-12:00,13:00-18:00")},
        {QStringLiteral("sat-sun"), QStringLiteral("closed")}};
    QCOMPARE(stored.object().value(QLatin1String("openingHours")).toObject(), canonical);
    const ApiReply read = server().api().get(QStringLiteral("/sites/store-bend"), admin);
    QCOMPARE(read.object().value(QLatin1String("openingHours")).toObject(), canonical);
    QString error;
    const QString column =
        server()
            .db()
            .scalar(QStringLiteral("SELECT opening_hours FROM sites WHERE id = ?"),
                    {QStringLiteral("store-bend")}, &error)
            .toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(column, QStringLiteral(R"({"mon-fri":"08:00-12:00,13:00-18:00","sat-sun":"closed"})"));

    // No hours at all stay none.
    const ApiReply none = server().api().post(QStringLiteral("/sites"), bendWith({}), admin);
    QVERIFY2(none.status == 200, qPrintable(none.describe()));
    QCOMPARE(none.object().value(QLatin1String("openingHours")).toObject(), QJsonObject());
}

void TestServerSites::checkInsOfTheLastAuditsNewestFirst()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(exec, server(), "exec1");
    TP_TOKEN(admin, server(), "admin");
    TP_TOKEN(manager, server(), "manager1");
    // Oldest first: inside the radius, 556 m north (outside), no check-in, inside without
    // accuracy.
    const double bendLatitude = 44.068842;
    QStringList uuids;
    for (int i = 0; i < 4; ++i) {
        QJsonObject audit = selfAudit(QStringLiteral("exec1"));
        audit.insert(QStringLiteral("startedAt"), QStringLiteral("2026-03-1%1T17:02:00Z").arg(i));
        QJsonObject checkIn = audit.value(QStringLiteral("checkIn")).toObject();
        if (i == 1)
            checkIn.insert(QStringLiteral("latitude"), bendLatitude + 0.005);
        if (i == 3)
            checkIn.remove(QStringLiteral("accuracy"));
        if (i == 2)
            audit.remove(QStringLiteral("checkIn"));
        else
            audit.insert(QStringLiteral("checkIn"), checkIn);
        const QString uuid = audit.value(QStringLiteral("uuid")).toString();
        const ApiReply filed = server().api().put(QStringLiteral("/audits/") + uuid, audit, exec);
        QVERIFY2(filed.status == 201, qPrintable(filed.describe()));
        uuids.append(uuid);
    }

    for (const QString &token : {admin, manager}) {
        const ApiReply reply =
            server().api().get(QStringLiteral("/sites/store-bend/check-ins"), token);
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        const QJsonObject answer = reply.object();
        QCOMPARE(answer.value(QLatin1String("site")).toString(), QStringLiteral("store-bend"));
        QCOMPARE(answer.value(QLatin1String("latitude")).toDouble(), bendLatitude);
        QCOMPARE(answer.value(QLatin1String("checkInRadius")).toDouble(), 100.0);
        const QJsonArray checkIns = answer.value(QLatin1String("checkIns")).toArray();
        QCOMPARE(checkIns.size(), 3);
        const QJsonObject newest = checkIns.at(0).toObject();
        const QJsonObject outside = checkIns.at(1).toObject();
        const QJsonObject oldest = checkIns.at(2).toObject();
        QCOMPARE(newest.value(QLatin1String("audit")).toString(), uuids.at(3));
        QCOMPARE(outside.value(QLatin1String("audit")).toString(), uuids.at(1));
        QCOMPARE(oldest.value(QLatin1String("audit")).toString(), uuids.at(0));
        QCOMPARE(newest.value(QLatin1String("withinRadius")).toBool(), true);
        QVERIFY(!newest.contains(QLatin1String("accuracy")));
        QCOMPARE(outside.value(QLatin1String("withinRadius")).toBool(), false);
        const double distance = outside.value(QLatin1String("distance")).toDouble();
        QVERIFY2(distance > 550 && distance < 560, qPrintable(QString::number(distance)));
        QCOMPARE(oldest.value(QLatin1String("withinRadius")).toBool(), true);
        QCOMPARE(oldest.value(QLatin1String("accuracy")).toDouble(), 4.8);
        QCOMPARE(oldest.value(QLatin1String("at")).toString(),
                 QStringLiteral("2026-03-14T17:01:52Z"));
    }

    // The last two audits: the newest (a check-in) and the one without.
    const ApiReply two =
        server().api().get(QStringLiteral("/sites/store-bend/check-ins?limit=2"), admin);
    QCOMPARE(two.status, 200);
    const QJsonArray last = two.object().value(QLatin1String("checkIns")).toArray();
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.at(0).toObject().value(QLatin1String("audit")).toString(), uuids.at(3));

    // Another store has none of them.
    const ApiReply portland =
        server().api().get(QStringLiteral("/sites/store-portland/check-ins"), admin);
    QCOMPARE(portland.status, 200);
    QCOMPARE(portland.object().value(QLatin1String("checkIns")).toArray().size(), 0);
}

void TestServerSites::checkInsRefuseBadLimitsAndOtherRoles()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(admin, server(), "admin");
    for (const char *query : {"limit=0", "limit=201", "limit=ten", "limit=", "after=x"}) {
        const ApiReply reply = server().api().get(
            QStringLiteral("/sites/store-bend/check-ins?") + QLatin1String(query), admin);
        QVERIFY2(reply.status == 400, qPrintable(QLatin1String(query) + reply.describe()));
        QVERIFY(!reply.errorCode().isEmpty());
    }
    QCOMPARE(
        server().api().get(QStringLiteral("/sites/store-bend/check-ins?limit=200"), admin).status,
        200);
    for (const char *user : {"exec1", "store1", "shopper1"}) {
        QString error;
        const QString token = server().token(QLatin1String(user), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QCOMPARE(server().api().get(QStringLiteral("/sites/store-bend/check-ins"), token).status,
                 403);
    }
    TP_TOKEN(otherRegion, server(), "manager2");
    QCOMPARE(server().api().get(QStringLiteral("/sites/store-bend/check-ins"), otherRegion).status,
             404);
    QCOMPARE(server().api().get(QStringLiteral("/sites/no-such-site/check-ins"), admin).status,
             404);
}

QTEST_GUILESS_MAIN(TestServerSites)
#include "tst_server_sites.moc"
