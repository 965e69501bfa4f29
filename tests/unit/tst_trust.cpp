// The check-in rules and the trust assessment of an audit (core/Trust.h), case by case.

#include "core/ScriptLoader.h"
#include "core/Trust.h"
#include "support/JsonSubset.h"
#include "support/TestPaths.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace tp;

Q_DECLARE_METATYPE(tp::Channel)
Q_DECLARE_METATYPE(tp::CheckInStatus)

namespace {

// The demo store in Bend.
constexpr double kSiteLatitude = 44.068842;
constexpr double kSiteLongitude = -121.314192;
constexpr double kNone = -1; // "no accuracy" in the data tables

// A latitude `metres` north of the site: along a meridian the distance is the arc itself.
double northOfSite(double metres)
{
    return kSiteLatitude + metres / distanceMetres(0, 0, 1, 0);
}

CheckIn fixNorthOfSite(double metres, double accuracy)
{
    CheckIn fix;
    fix.latitude = northOfSite(metres);
    fix.longitude = kSiteLongitude;
    if (accuracy != kNone)
        fix.accuracy = accuracy;
    fix.at = QStringLiteral("2026-03-14T10:00:00Z");
    return fix;
}

// "entered@0 greeted@31500" -> events
QList<TimelineEvent> parseEvents(const QString &text)
{
    QList<TimelineEvent> events;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('@'));
        events.append({parts[0], parts[1].toLongLong(), QString()});
    }
    return events;
}

// "20@100+0.5" -> 20 answers, the first answered 100 s after 10:00:00, then one every 0.5 s;
// "5@-" -> 5 answers without answeredAt. Groups are separated by spaces.
QHash<QString, Answer> parseAnswers(const QString &text)
{
    const QDateTime origin =
        QDateTime::fromString(QStringLiteral("2026-03-14T10:00:00Z"), Qt::ISODate);
    QHash<QString, Answer> answers;
    for (const QString &group : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList countAndTimes = group.split(QLatin1Char('@'));
        const int count = countAndTimes[0].toInt();
        const QStringList startAndStep = countAndTimes[1].split(QLatin1Char('+'));
        for (int i = 0; i < count; ++i) {
            Answer answer;
            answer.value = true;
            if (startAndStep[0] != QLatin1String("-")) {
                const double seconds = startAndStep[0].toDouble() + i * startAndStep[1].toDouble();
                answer.answeredAt =
                    origin.addMSecs(qRound64(seconds * 1000)).toString(Qt::ISODateWithMs);
            }
            answers.insert(QStringLiteral("item%1").arg(answers.size()), answer);
        }
    }
    return answers;
}

Script scriptFor(Channel channel)
{
    Script script;
    script.id = QStringLiteral("trust");
    script.version = 1;
    script.channel = channel;
    return script;
}

SitePlace site(double radius = 100)
{
    return {kSiteLatitude, kSiteLongitude, radius};
}

} // namespace

namespace tp {
// For QCOMPARE of whole check-in results.
static bool operator==(const CheckInResult &a, const CheckInResult &b)
{
    return a.status == b.status && a.reason == b.reason && a.distanceMetres == b.distanceMetres &&
           a.accuracyMetres == b.accuracyMetres;
}
} // namespace tp

class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void distance_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("expected");

        QTest::newRow("same point") << 44.0688 << -121.3142 << 44.0688 << -121.3142 << 0.0;
        QTest::newRow("a degree of latitude") << 0.0 << 0.0 << 1.0 << 0.0 << 111195.08;
        QTest::newRow("a degree of longitude on the equator")
            << 0.0 << 0.0 << 0.0 << 1.0 << 111195.08;
        QTest::newRow("a degree of longitude at 60 N") << 60.0 << 0.0 << 60.0 << 1.0 << 55597.01;
        QTest::newRow("half the equator") << 0.0 << 0.0 << 0.0 << 180.0 << 20015114.44;
        QTest::newRow("across the date line") << 0.0 << 179.5 << 0.0 << -179.5 << 111195.08;
        QTest::newRow("London to New York")
            << 51.5007 << -0.1246 << 40.6892 << -74.0445 << 5574848.16;
        QTest::newRow("Bend store to Portland store")
            << 44.068842 << -121.314192 << 45.51865 << -122.6797 << 193898.88;
    }
    void distance()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, expected);
        const double there = distanceMetres(lat1, lon1, lat2, lon2);
        const double back = distanceMetres(lat2, lon2, lat1, lon1);
        QVERIFY2(std::abs(there - expected) < 0.01, qPrintable(QStringLiteral("%1 m, expected %2 m")
                                                                   .arg(there, 0, 'f', 3)
                                                                   .arg(expected, 0, 'f', 3)));
        QVERIFY(std::abs(there - back) < 1e-6);
    }

    void checkIn_data()
    {
        QTest::addColumn<bool>("hasFix");
        QTest::addColumn<double>("radius");
        QTest::addColumn<double>("north"); // metres from the site
        QTest::addColumn<double>("accuracy");
        QTest::addColumn<CheckInStatus>("status");
        QTest::addColumn<QString>("reason");

        const double nan = std::nan("");
        QTest::newRow("no fix") << false << 100.0 << 0.0 << 5.0 << CheckInStatus::NoFix << "no fix";
        QTest::newRow("at the site")
            << true << 100.0 << 0.0 << 5.0 << CheckInStatus::Verified << "";
        QTest::newRow("within the radius")
            << true << 100.0 << 60.0 << 5.0 << CheckInStatus::Verified << "";
        QTest::newRow("accuracy unknown")
            << true << 100.0 << 0.0 << kNone << CheckInStatus::PoorAccuracy << "accuracy unknown";
        QTest::newRow("accuracy NaN")
            << true << 100.0 << 0.0 << nan << CheckInStatus::PoorAccuracy << "accuracy unknown";
        QTest::newRow("accuracy 85 m")
            << true << 100.0 << 0.0 << 85.0 << CheckInStatus::PoorAccuracy << "accuracy 85 m";
        QTest::newRow("accuracy of exactly the limit verifies")
            << true << 100.0 << 0.0 << kMaxCheckInAccuracyMetres << CheckInStatus::Verified << "";
        QTest::newRow("accuracy 50.2 m reads as 51 m, never as the limit")
            << true << 100.0 << 0.0 << 50.2 << CheckInStatus::PoorAccuracy << "accuracy 51 m";
        QTest::newRow("poor accuracy is checked before distance")
            << true << 100.0 << 2000.0 << 85.0 << CheckInStatus::PoorAccuracy << "accuracy 85 m";
        QTest::newRow("radius 0 and accuracy 0 at the site")
            << true << 0.0 << 0.0 << 0.0 << CheckInStatus::Verified << "";
        QTest::newRow("just inside radius + accuracy")
            << true << 100.0 << 109.9 << 10.0 << CheckInStatus::Verified << "";
        QTest::newRow("just beyond radius + accuracy")
            << true << 100.0 << 110.1 << 10.0 << CheckInStatus::TooFar << "111 m from the store";
        QTest::newRow("the accuracy widens the radius")
            << true << 100.0 << 140.0 << 45.0 << CheckInStatus::Verified << "";
        QTest::newRow("the same distance with a sharper fix is too far")
            << true << 100.0 << 140.0 << 5.0 << CheckInStatus::TooFar << "140 m from the store";
        QTest::newRow("240 m") << true << 100.0 << 239.6 << 5.0 << CheckInStatus::TooFar
                               << "240 m from the store";
        QTest::newRow("999 m") << true << 100.0 << 998.7 << 5.0 << CheckInStatus::TooFar
                               << "999 m from the store";
        QTest::newRow("999.4 m rounds up to 1.0 km")
            << true << 100.0 << 999.4 << 5.0 << CheckInStatus::TooFar << "1.0 km from the store";
        QTest::newRow("1.9 km") << true << 100.0 << 1900.0 << 5.0 << CheckInStatus::TooFar
                                << "1.9 km from the store";
        QTest::newRow("2.0 km") << true << 100.0 << 2000.0 << 5.0 << CheckInStatus::TooFar
                                << "2.0 km from the store";
        QTest::newRow("12.3 km") << true << 100.0 << 12345.0 << 5.0 << CheckInStatus::TooFar
                                 << "12.3 km from the store";
        QTest::newRow("south is as far as north")
            << true << 100.0 << -1900.0 << 5.0 << CheckInStatus::TooFar << "1.9 km from the store";
    }
    void checkIn()
    {
        QFETCH(bool, hasFix);
        QFETCH(double, radius);
        QFETCH(double, north);
        QFETCH(double, accuracy);
        QFETCH(CheckInStatus, status);
        QFETCH(QString, reason);

        std::optional<CheckIn> fix;
        if (hasFix)
            fix = fixNorthOfSite(north, accuracy);
        const CheckInResult result = evaluateCheckIn(site(radius), fix);
        QCOMPARE(checkInStatusName(result.status), checkInStatusName(status));
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.verified(), status == CheckInStatus::Verified);
        QCOMPARE(result.distanceMetres.has_value(), hasFix);
        if (hasFix)
            QVERIFY2(std::abs(*result.distanceMetres - std::abs(north)) < 0.001,
                     qPrintable(QString::number(*result.distanceMetres)));
        const bool knownAccuracy = hasFix && accuracy != kNone && !std::isnan(accuracy);
        QCOMPARE(result.accuracyMetres.has_value(), knownAccuracy);
        if (knownAccuracy)
            QCOMPARE(*result.accuracyMetres, accuracy);
    }

    void statusNames()
    {
        QCOMPARE(checkInStatusName(CheckInStatus::Verified), QStringLiteral("verified"));
        QCOMPARE(checkInStatusName(CheckInStatus::NoFix), QStringLiteral("no-fix"));
        QCOMPARE(checkInStatusName(CheckInStatus::PoorAccuracy), QStringLiteral("poor-accuracy"));
        QCOMPARE(checkInStatusName(CheckInStatus::TooFar), QStringLiteral("too-far"));
    }

    void assess_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<double>("checkInNorth"); // NaN: no check-in
        QTest::addColumn<double>("checkInAccuracy");
        QTest::addColumn<bool>("knownPlace");
        QTest::addColumn<QString>("timeline");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<qint64>("timeOnSite"); // -1: none

        const double none = std::nan("");
        const QString visit =
            QStringLiteral("entered@0 greeted@30000 served@90000 paid@400000 left@600000");
        const QString spread = QStringLiteral("22@0+30"); // one answer every 30 s
        const QString call = QStringLiteral("dialled@0 agentAnswered@10000 hungUp@300000");

        QTest::newRow("store: a good visit") << Channel::Store << 20.0 << 5.0 << true << visit
                                             << spread << QStringList() << qint64(600);
        QTest::newRow("store: no check-in")
            << Channel::Store << none << 0.0 << true << visit << spread
            << QStringList{QStringLiteral("no fix")} << qint64(600);
        QTest::newRow("store: checked in 1.9 km away")
            << Channel::Store << 1900.0 << 5.0 << true << visit << spread
            << QStringList{QStringLiteral("1.9 km from the store")} << qint64(600);
        QTest::newRow("store: checked in with a poor fix")
            << Channel::Store << 20.0 << 85.0 << true << visit << spread
            << QStringList{QStringLiteral("accuracy 85 m")} << qint64(600);
        QTest::newRow("store: the store has no position")
            << Channel::Store << 20.0 << 5.0 << false << visit << spread
            << QStringList{QStringLiteral("store position unknown")} << qint64(600);
        QTest::newRow("store: 90 s on site")
            << Channel::Store << 20.0 << 5.0 << true << "entered@0 left@90000"
            << "" << QStringList{QStringLiteral("1 min on site")} << qint64(90);
        QTest::newRow("store: 12 s on site")
            << Channel::Store << 20.0 << 5.0 << true << "entered@0 left@12400"
            << "" << QStringList{QStringLiteral("12 s on site")} << qint64(12);
        QTest::newRow("store: 119.9 s on site")
            << Channel::Store << 20.0 << 5.0 << true << "entered@0 left@119900"
            << "" << QStringList{QStringLiteral("1 min on site")} << qint64(119);
        QTest::newRow("store: exactly 2 min on site is enough")
            << Channel::Store << 20.0 << 5.0 << true << "entered@0 left@120000"
            << "" << QStringList() << qint64(120);
        QTest::newRow("store: greeted before entered")
            << Channel::Store << 20.0 << 5.0 << true << "greeted@1000 entered@5000 left@605000"
            << spread << QStringList{QStringLiteral("greeted is before entered")} << qint64(600);
        QTest::newRow("store: left before entered")
            << Channel::Store << 20.0 << 5.0 << true << "left@1000 entered@5000"
            << "" << QStringList{QStringLiteral("left is before entered")} << qint64(-1);
        QTest::newRow("store: never left")
            << Channel::Store << 20.0 << 5.0 << true << "entered@0 greeted@1000"
            << "" << QStringList{QStringLiteral("time on site not recorded")} << qint64(-1);
        QTest::newRow("store: nothing recorded")
            << Channel::Store << none << 0.0 << true << ""
            << ""
            << QStringList{QStringLiteral("no fix"), QStringLiteral("time on site not recorded")}
            << qint64(-1);
        QTest::newRow("store: 20 answers in 9.5 s")
            << Channel::Store << 20.0 << 5.0 << true << visit << "20@100+0.5"
            << QStringList{QStringLiteral("20 answers in 10 s")} << qint64(600);
        QTest::newRow("store: 19 answers in 9 s are plausible")
            << Channel::Store << 20.0 << 5.0 << true << visit << "19@100+0.5" << QStringList()
            << qint64(600);
        QTest::newRow("store: 20 answers spanning exactly 10 s are plausible")
            << Channel::Store << 20.0 << 5.0 << true << visit << "10@100+0 10@110+0"
            << QStringList() << qint64(600);
        QTest::newRow("store: 20 answers spanning 9.999 s")
            << Channel::Store << 20.0 << 5.0 << true << visit << "10@100+0 10@109.999+0"
            << QStringList{QStringLiteral("20 answers in 10 s")} << qint64(600);
        QTest::newRow("store: 40 answers in 10 s")
            << Channel::Store << 20.0 << 5.0 << true << visit << "40@100+0.25"
            << QStringList{QStringLiteral("40 answers in 10 s")} << qint64(600);
        QTest::newRow("store: the largest burst is named")
            << Channel::Store << 20.0 << 5.0 << true << visit << "10@0+30 25@400+0.2 20@500+0.1"
            << QStringList{QStringLiteral("25 answers in 10 s")} << qint64(600);
        QTest::newRow("store: answers without a time are not counted")
            << Channel::Store << 20.0 << 5.0 << true << visit << "30@-" << QStringList()
            << qint64(600);
        QTest::newRow("store: every reason, in order")
            << Channel::Store << none << 0.0 << true << "greeted@1000 entered@5000 left@65000"
            << "20@0+0.1"
            << QStringList{QStringLiteral("no fix"), QStringLiteral("1 min on site"),
                           QStringLiteral("greeted is before entered"),
                           QStringLiteral("20 answers in 10 s")}
            << qint64(60);

        QTest::newRow("phone: a good call") << Channel::Phone << none << 0.0 << false << call
                                            << spread << QStringList() << qint64(300);
        QTest::newRow("phone: a check-in and a place are ignored")
            << Channel::Phone << 5000.0 << 5.0 << true << call << spread << QStringList()
            << qint64(300);
        QTest::newRow("phone: a 20 s call")
            << Channel::Phone << none << 0.0 << false << "dialled@0 agentAnswered@3000 hungUp@20000"
            << "" << QStringList{QStringLiteral("call lasted 20 s")} << qint64(20);
        QTest::newRow("phone: exactly 30 s is enough")
            << Channel::Phone << none << 0.0 << false << "dialled@0 agentAnswered@3000 hungUp@30000"
            << "" << QStringList() << qint64(30);
        QTest::newRow("phone: no dialled moment")
            << Channel::Phone << none << 0.0 << false << "agentAnswered@3000 hungUp@90000"
            << ""
            << QStringList{QStringLiteral("call length not recorded"),
                           QStringLiteral("the call has no dialled moment")}
            << qint64(-1);
        QTest::newRow("phone: on hold until the end of the timeline")
            << Channel::Phone << none << 0.0 << false
            << "dialled@0 agentAnswered@3000 holdStarted@10000"
            << ""
            << QStringList{QStringLiteral("call length not recorded"),
                           QStringLiteral("the hold never ended")}
            << qint64(-1);
        QTest::newRow("phone: 20 answers in 2 s")
            << Channel::Phone << none << 0.0 << false << call << "20@50+0.1"
            << QStringList{QStringLiteral("20 answers in 10 s")} << qint64(300);
    }
    void assess()
    {
        QFETCH(Channel, channel);
        QFETCH(double, checkInNorth);
        QFETCH(double, checkInAccuracy);
        QFETCH(bool, knownPlace);
        QFETCH(QString, timeline);
        QFETCH(QString, answers);
        QFETCH(QStringList, reasons);
        QFETCH(qint64, timeOnSite);

        Audit audit;
        if (!std::isnan(checkInNorth))
            audit.checkIn = fixNorthOfSite(checkInNorth, checkInAccuracy);
        audit.timeline = parseEvents(timeline);
        audit.answers = parseAnswers(answers);
        std::optional<SitePlace> place;
        if (knownPlace)
            place = site();

        const TrustAssessment trust = assessTrust(scriptFor(channel), audit, place);
        QCOMPARE(trust.reasons, reasons);
        QCOMPARE(trust.trusted, reasons.isEmpty());
        QCOMPARE(trust.timeOnSiteSeconds.value_or(-1), timeOnSite);
        const bool expectCheckIn = channel == Channel::Store && knownPlace;
        QCOMPARE(trust.checkIn.has_value(), expectCheckIn);
        if (expectCheckIn)
            QCOMPARE(*trust.checkIn, evaluateCheckIn(site(), audit.checkIn));
    }

    void json_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<bool>("checkedIn");
        QTest::addColumn<QString>("timeline");
        QTest::addColumn<QJsonObject>("expected");

        QTest::newRow("verified visit")
            << Channel::Store << true << "entered@0 left@600000"
            << QJsonObject{{QStringLiteral("trusted"), true},
                           {QStringLiteral("reasons"), QJsonArray()},
                           {QStringLiteral("checkIn"),
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("verified")},
                                        {QStringLiteral("reason"), QString()},
                                        {QStringLiteral("distanceMetres"), 20.0},
                                        {QStringLiteral("accuracyMetres"), 5.0}}},
                           {QStringLiteral("timeOnSiteSeconds"), 600}};
        QTest::newRow("visit without a fix or a timeline")
            << Channel::Store << false << ""
            << QJsonObject{{QStringLiteral("trusted"), false},
                           {QStringLiteral("reasons"),
                            QJsonArray{QStringLiteral("no fix"),
                                       QStringLiteral("time on site not recorded")}},
                           {QStringLiteral("checkIn"),
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("no-fix")},
                                        {QStringLiteral("reason"), QStringLiteral("no fix")},
                                        {QStringLiteral("distanceMetres"), QJsonValue::Null},
                                        {QStringLiteral("accuracyMetres"), QJsonValue::Null}}},
                           {QStringLiteral("timeOnSiteSeconds"), QJsonValue::Null}};
        QTest::newRow("call") << Channel::Phone << true << "dialled@0 hungUp@300000"
                              << QJsonObject{{QStringLiteral("trusted"), true},
                                             {QStringLiteral("reasons"), QJsonArray()},
                                             {QStringLiteral("checkIn"), QJsonValue::Null},
                                             {QStringLiteral("timeOnSiteSeconds"), 300}};
    }
    void json()
    {
        QFETCH(Channel, channel);
        QFETCH(bool, checkedIn);
        QFETCH(QString, timeline);
        QFETCH(QJsonObject, expected);

        Audit audit;
        if (checkedIn)
            audit.checkIn = fixNorthOfSite(20, 5);
        audit.timeline = parseEvents(timeline);
        const QJsonObject json = trustToJson(assessTrust(scriptFor(channel), audit, site()));
        TP_COMPARE_JSON_SUBSET(expected, json);
        QCOMPARE(json.keys(), expected.keys()); // and nothing else
    }

    // The demo audits are honest visits and calls: at their stores, long enough, in order.
    void demoAudits_data()
    {
        QTest::addColumn<QString>("audit");
        QTest::addColumn<QString>("script");
        QTest::addColumn<qint64>("timeOnSite");

        const QString visit = QStringLiteral("store-visit.json");
        QTest::newRow("good") << "good.json" << visit << qint64(672);
        QTest::newRow("failing") << "failing.json" << visit << qint64(780);
        QTest::newRow("critical") << "critical.json" << visit << qint64(735);
        QTest::newRow("mostly-na") << "mostly-na.json" << visit << qint64(370);
        QTest::newRow("support-call-good")
            << "support-call-good.json" << QStringLiteral("support-call.json") << qint64(418);
    }
    void demoAudits()
    {
        QFETCH(QString, audit);
        QFETCH(QString, script);
        QFETCH(qint64, timeOnSite);

        const ScriptLoadResult loaded =
            loadScriptFile(test::sourcePath(QStringLiteral("assets/demo/scripts/") + script));
        QVERIFY(loaded.ok());
        const AuditDecodeResult decoded =
            decodeAuditFile(test::sourcePath(QStringLiteral("assets/demo/audits/") + audit));
        QVERIFY(decoded.ok());
        QFile file(test::sourcePath(QStringLiteral("assets/demo/organisation.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::optional<SitePlace> place;
        const QJsonArray sites =
            QJsonDocument::fromJson(file.readAll()).object()[u"sites"].toArray();
        for (const QJsonValue &value : sites) {
            const QJsonObject site = value.toObject();
            if (site[u"id"].toString() == decoded.audit->site && site.contains(u"latitude"))
                place = SitePlace{site[u"latitude"].toDouble(), site[u"longitude"].toDouble(),
                                  site[u"checkInRadius"].toDouble()};
        }
        QCOMPARE(place.has_value(), loaded.script->channel == Channel::Store);

        const TrustAssessment trust = assessTrust(*loaded.script, *decoded.audit, place);
        QCOMPARE(trust.reasons, QStringList());
        QVERIFY(trust.trusted);
        QCOMPARE(trust.timeOnSiteSeconds.value_or(-1), timeOnSite);
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
