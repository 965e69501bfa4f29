// A site's opening hours and check-ins through the API, on SQLite and on PostgreSQL: bad hours
// are refused with a 422 naming every problem, good hours are stored in their canonical form.

#include "ServerFixture.h"

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

QTEST_GUILESS_MAIN(TestServerSites)
#include "tst_server_sites.moc"
