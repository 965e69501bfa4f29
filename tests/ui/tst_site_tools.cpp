// The site form's C++ parts without QML: the week (OpeningHoursModel) read from and written back
// to the API's form, the server's problems placed under their days; the check-ins placed in
// metres around the store and counted; the device's position from a replayed NMEA log, and in
// words when there is no source or no fix in time.
#include "support/TestPaths.h"
#include "ui/admin/OpeningHoursModel.h"
#include "ui/admin/SiteCheckInModel.h"
#include "ui/admin/SitePositionFinder.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::ui;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestSiteTools : public QObject
{
    Q_OBJECT

private slots:
    void weekReadsAndWritesTheApiForm()
    {
        OpeningHoursModel week;
        QAbstractItemModelTester tester(&week);
        QCOMPARE(week.rowCount(), 7);
        week.load(json(R"({"mon-fri": "08:00-12:00,13:00-18:00", "sat": "closed"})"));
        const QList<OpeningHoursRow> &rows = week.rows();
        QCOMPARE(rows.at(0).day, int(Qt::Monday));
        QCOMPARE(rows.at(0).dayName, QLocale().standaloneDayName(Qt::Monday, QLocale::LongFormat));
        QCOMPARE(rows.at(2).opens, QStringLiteral("08:00"));
        QCOMPARE(rows.at(2).closes, QStringLiteral("12:00"));
        QCOMPARE(rows.at(2).moreHours, QStringLiteral("13:00-18:00"));
        QVERIFY(rows.at(5).closed);
        QVERIFY(!rows.at(6).closed && rows.at(6).opens.isEmpty()); // Sunday: not known
        QCOMPARE(week.toJson(),
                 json(R"({"mon": "08:00-12:00,13:00-18:00", "tue": "08:00-12:00,13:00-18:00",
                          "wed": "08:00-12:00,13:00-18:00", "thu": "08:00-12:00,13:00-18:00",
                          "fri": "08:00-12:00,13:00-18:00", "sat": "closed"})"));

        week.setOpens(6, QStringLiteral(" 10:00 "));
        week.setCloses(6, QStringLiteral("16:00"));
        week.setClosed(5, false);
        QCOMPARE(week.toJson().value(QLatin1String("sun")).toString(),
                 QStringLiteral("10:00-16:00"));
        QVERIFY(!week.toJson().contains(QLatin1String("sat")));
    }

    void serverProblemsGoUnderTheirDays()
    {
        OpeningHoursModel week;
        QSignalSpy problems(&week, &OpeningHoursModel::problemsChanged);
        const QJsonArray details = QJsonDocument::fromJson(R"([
            {"path": "site", "code": "missing_field", "message": "a store needs 'latitude'"},
            {"path": "site/openingHours/tue", "code": "closing_before_opening", "message": "x"},
            {"path": "site/openingHours/sat-sun", "code": "invalid_hours", "message": "y"}])")
                                       .array();
        QVERIFY(week.showProblems(details));
        QCOMPARE(problems.size(), 1);
        QVERIFY(week.hasProblems());
        QCOMPARE(week.rows().at(0).problem, QString());
        QCOMPARE(week.rows().at(1).problem, QStringLiteral("It closes before it opens."));
        QCOMPARE(week.rows().at(5).problem,
                 QStringLiteral("Give both times as HH:MM, such as 08:30 and 18:00."));
        QCOMPARE(week.rows().at(6).problem, week.rows().at(5).problem);
        week.setCloses(1, QStringLiteral("19:00")); // the day changed: its problem is gone
        QCOMPARE(week.rows().at(1).problem, QString());
        week.clearProblems();
        QVERIFY(!week.hasProblems());
        QVERIFY(!week.showProblems(QJsonDocument::fromJson(R"([{"path": "site"}])").array()));
    }

    void checkInsInMetresAroundTheStore()
    {
        SiteCheckInModel checkIns;
        QAbstractItemModelTester tester(&checkIns);
        checkIns.load(json(R"({"site": "store-bend", "latitude": 45.0, "longitude": 7.0,
            "checkInRadius": 100, "checkIns": [
              {"audit": "a", "latitude": 45.0009, "longitude": 7.0, "accuracy": 5,
               "at": "2026-03-14T17:01:52Z", "distance": 100.1, "withinRadius": false},
              {"audit": "b", "latitude": 45.0, "longitude": 7.0005,
               "at": "2026-03-14T17:01:52Z", "distance": 39.3, "withinRadius": true}]})"));
        QCOMPARE(checkIns.rowCount(), 2);
        QVERIFY(checkIns.hasPlace());
        QCOMPARE(checkIns.radius(), 100.0);
        QCOMPARE(checkIns.farthest(), 100.1);
        QCOMPARE(checkIns.insideCount(), 1);
        QCOMPARE(checkIns.outsideCount(), 1);
        const auto role = [&](const char *name) {
            return checkIns.roleNames().key(name);
        };
        const double north = checkIns.data(checkIns.index(0), role("northMetres")).toDouble();
        QVERIFY2(std::abs(north - 100.07) < 0.1, qPrintable(QString::number(north)));
        const double east = checkIns.data(checkIns.index(1), role("eastMetres")).toDouble();
        QVERIFY2(std::abs(east - 39.3) < 0.2, qPrintable(QString::number(east)));
        QCOMPARE(checkIns.data(checkIns.index(1), role("accuracy")).toDouble(), -1.0);
        QCOMPARE(checkIns.summary(), QStringLiteral("1 check-in(s) inside the circle, 1 outside."));

        checkIns.load(json(R"({"site": "support-americas", "checkIns": []})"));
        QVERIFY(!checkIns.hasPlace());
        QVERIFY(checkIns.summary().contains(QLatin1String("latitude")));
        checkIns.fail(QStringLiteral("offline"));
        QVERIFY(checkIns.summary().contains(QLatin1String("offline")));
    }

    void positionFromTheReplayedLog()
    {
        AppOptions options;
        options.nmeaReplayFile =
            tp::test::sourcePath(QStringLiteral("tests/data/nmea/mt3339.nmea"));
        options.positionTimeoutMs = 10000;
        SitePositionFinder finder(options);
        QSignalSpy found(&finder, &SitePositionFinder::found);
        finder.locate();
        QVERIFY(finder.busy());
        QVERIFY(found.wait(10000));
        QVERIFY(!finder.busy());
        QVERIFY(!finder.failed());
        QVERIFY(found.first().at(2).toDouble() > 0);
        QVERIFY2(finder.status().contains(QLatin1String("within")), qPrintable(finder.status()));
    }

    void noSourceIsSaidInWords()
    {
        AppOptions options;
        options.nmeaReplayFile = QStringLiteral("/nonexistent/nothing.nmea");
        SitePositionFinder finder(options);
        QSignalSpy found(&finder, &SitePositionFinder::found);
        finder.locate();
        QVERIFY(finder.failed());
        QVERIFY(!finder.busy());
        QCOMPARE(finder.status(),
                 QStringLiteral("This device has no positioning. Type the coordinates."));
        QCOMPARE(found.size(), 0);
    }

    void noFixInTimeIsSaidInWords()
    {
        QTemporaryDir folder;
        QFile log(folder.filePath(QStringLiteral("silent.nmea")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        // Satellites in view, but never a fix.
        log.write("$GPGSV,1,1,00*79\r\n$GPGSV,1,1,00*79\r\n");
        log.close();
        AppOptions options;
        options.nmeaReplayFile = log.fileName();
        options.positionTimeoutMs = 300;
        SitePositionFinder finder(options);
        QSignalSpy changed(&finder, &SitePositionFinder::changed);
        finder.locate();
        QTRY_VERIFY_WITH_TIMEOUT(finder.failed(), 5000);
        QVERIFY(!finder.busy());
        QVERIFY2(finder.status().startsWith(
                     QLatin1String("No position from this device within 1 second")),
                 qPrintable(finder.status()));
    }
};

QTEST_GUILESS_MAIN(TestSiteTools)
#include "tst_site_tools.moc"
