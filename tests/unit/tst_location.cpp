// Check-in positioning with real GPS receiver logs (tests/data/nmea, from GPSD) replayed
// through createPositionSource() and collected by PositionFixer: a verified check-in, a store
// 2 km away, a receiver without a fix, a fix that is lost.

#include "core/Trust.h"
#include "location/PositionFixer.h"
#include "location/PositionSource.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace tp;

Q_DECLARE_METATYPE(tp::CheckInStatus)

namespace {

constexpr double kNone = -1; // "no accuracy" in the data tables

QString logFile(const QString &name)
{
    return test::sourcePath(QStringLiteral("tests/data/nmea/") + name);
}

// The first position with a fix in an NMEA log: a GGA of quality above 0 or an RMC of status A.
std::optional<SitePlace> firstFix(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.isEmpty() || f[0].size() != 6)
            continue;
        int at = 0;
        if (f[0].endsWith("GGA") && f.size() > 6 && f[6].toInt() > 0)
            at = 2;
        else if (f[0].endsWith("RMC") && f.size() > 6 && f[2] == "A")
            at = 3;
        if (at == 0 || f[at].isEmpty())
            continue;
        const auto degrees = [](const QByteArray &value, int degreeDigits) {
            return value.left(degreeDigits).toDouble() + value.mid(degreeDigits).toDouble() / 60.0;
        };
        SitePlace place;
        place.latitude = degrees(f[at], 2) * (f[at + 1] == "S" ? -1 : 1);
        place.longitude = degrees(f[at + 2], 3) * (f[at + 3] == "W" ? -1 : 1);
        return place;
    }
    return std::nullopt;
}

SitePlace northOf(SitePlace place, double metres)
{
    place.latitude += metres / distanceMetres(0, 0, 1, 0);
    return place;
}

std::unique_ptr<PositionFixer> replay(const QString &fileName, double speed)
{
    QString error;
    QGeoPositionInfoSource *source =
        createPositionSource(PositionSourceOptions::replay(fileName, speed), nullptr, &error);
    if (!source)
        qWarning("%s", qPrintable(error));
    return source ? std::make_unique<PositionFixer>(source) : nullptr;
}

} // namespace

// Fails the test (never skips it) when a log is missing.
#define REQUIRE_LOG(path)                                                                          \
    QVERIFY2(QFile::exists(path),                                                                  \
             qPrintable(path + QStringLiteral(" is missing from the repository")))

class TestLocation : public QObject
{
    Q_OBJECT

private slots:
    void checkIn_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<double>("north"); // metres from the log's first fix to the store
        QTest::addColumn<int>("fixes");    // how many fixes to collect
        QTest::addColumn<double>("bestAccuracy");
        QTest::addColumn<CheckInStatus>("status");
        QTest::addColumn<QString>("reason");

        // mt3339: a steady DGPS fix, HDOP 0.98 then 0.83: 2 x 0.83 x 5.1 m.
        QTest::newRow("mt3339: the store at the log's position")
            << "mt3339.nmea" << 0.0 << 3 << 8.466 << CheckInStatus::Verified << "";
        QTest::newRow("mt3339: the store 2 km north")
            << "mt3339.nmea" << 2000.0 << 3 << 8.466 << CheckInStatus::TooFar
            << "2.0 km from the store";
        QTest::newRow("mt3339: the store 240 m south")
            << "mt3339.nmea" << -240.0 << 3 << 8.466 << CheckInStatus::TooFar
            << "240 m from the store";
        // haicom-305N: HDOP 17 and 21.1 after its first fix, then 7.5: never better than 76.5 m.
        QTest::newRow("haicom-305N: the store at the log's position, a poor fix")
            << "haicom-305N.nmea" << 0.0 << 10 << 76.5 << CheckInStatus::PoorAccuracy
            << "accuracy 77 m";
    }
    void checkIn()
    {
        QFETCH(QString, log);
        QFETCH(double, north);
        QFETCH(int, fixes);
        QFETCH(double, bestAccuracy);
        QFETCH(CheckInStatus, status);
        QFETCH(QString, reason);

        const QString path = logFile(log);
        REQUIRE_LOG(path);
        const auto place = firstFix(path);
        QVERIFY(place);
        const auto fixer = replay(path, 10);
        QVERIFY(fixer);
        QSignalSpy noFix(fixer.get(), &PositionFixer::noFix);

        fixer->start();
        QVERIFY(fixer->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(fixer->fixCount() >= fixes, 10000);
        fixer->stop();
        QVERIFY(!fixer->isActive());
        QCOMPARE(noFix.count(), 0);

        const auto best = fixer->bestFix();
        QVERIFY(best && fixer->latestFix());
        QVERIFY(best->accuracy);
        QVERIFY2(std::abs(*best->accuracy - bestAccuracy) < 0.001,
                 qPrintable(QString::number(*best->accuracy)));
        QVERIFY2(isValidTimestamp(best->at), qPrintable(best->at));
        const CheckInResult result = evaluateCheckIn(northOf(*place, north), best);
        QCOMPARE(checkInStatusName(result.status), checkInStatusName(status));
        QCOMPARE(result.reason, reason);
        QVERIFY(result.distanceMetres);
        // About as far as placed: the first fixes of haicom-305N (HDOP 17) wander by 30 m.
        QVERIFY2(std::abs(*result.distanceMetres - std::abs(north)) < 40,
                 qPrintable(QString::number(*result.distanceMetres)));

        // stop() keeps the fixes; start() begins a new check-in without them.
        fixer->start();
        QVERIFY(!fixer->bestFix() && !fixer->latestFix());
        QCOMPARE(fixer->fixCount(), 0);
        fixer->stop();
    }

    // The log shipped for demo mode puts the phone at the demo store in Bend.
    void demoLogChecksInAtTheDemoStore()
    {
        const QString asset = test::sourcePath(QStringLiteral("assets/nmea/mt3339.nmea"));
        QVERIFY(QFile::exists(test::sourcePath(QStringLiteral("assets/nmea/COPYING.gpsd"))));
        QFile shipped(asset);
        QFile original(logFile(QStringLiteral("mt3339.nmea")));
        REQUIRE_LOG(original.fileName());
        QVERIFY(shipped.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QVERIFY2(shipped.readAll() == original.readAll(), "the demo log differs from GPSD's");

        QFile organisation(test::sourcePath(QStringLiteral("assets/demo/organisation.json")));
        QVERIFY(organisation.open(QIODevice::ReadOnly));
        std::optional<SitePlace> bend;
        const QJsonArray sites =
            QJsonDocument::fromJson(organisation.readAll()).object()[u"sites"].toArray();
        for (const QJsonValue &value : sites) {
            const QJsonObject site = value.toObject();
            if (site[u"id"].toString() == QLatin1String("store-bend"))
                bend = SitePlace{site[u"latitude"].toDouble(), site[u"longitude"].toDouble(),
                                 site[u"checkInRadius"].toDouble()};
        }
        QVERIFY(bend);

        const auto fixer = replay(asset, 10);
        QVERIFY(fixer);
        fixer->start();
        QTRY_VERIFY_WITH_TIMEOUT(fixer->hasFix(), 5000);
        const CheckInResult result = evaluateCheckIn(*bend, fixer->bestFix());
        QVERIFY2(result.verified(), qPrintable(result.reason));
    }

    void noFix_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("timeoutMs");

        // Played 10 times faster: 37 s without a fix are 3.7 s, 16 s are 1.6 s.
        QTest::newRow("telit-he910: a phone indoors, 37 s without a fix")
            << "telit-he910.nmea" << 1000;
        QTest::newRow("magellan-ec10: a cold start, 16 s without a fix")
            << "magellan-ec10.nmea" << 500;
    }
    void noFix()
    {
        QFETCH(QString, log);
        QFETCH(int, timeoutMs);

        const QString path = logFile(log);
        REQUIRE_LOG(path);
        const auto place = firstFix(path);
        QVERIFY(place);
        const auto fixer = replay(path, 10);
        QVERIFY(fixer);
        fixer->setNoFixTimeout(timeoutMs);
        QList<int> fixesAtNoFix;
        connect(fixer.get(), &PositionFixer::noFix, this,
                [&] { fixesAtNoFix.append(fixer->fixCount()); });

        fixer->start();
        QTRY_VERIFY_WITH_TIMEOUT(!fixesAtNoFix.isEmpty(), timeoutMs + 3000);
        QCOMPARE(fixesAtNoFix.first(), 0);
        QVERIFY(!fixer->hasFix());
        QVERIFY(!fixer->bestFix());
        const CheckInResult result = evaluateCheckIn(*place, fixer->bestFix());
        QCOMPARE(result.status, CheckInStatus::NoFix);
        QCOMPARE(result.reason, QStringLiteral("no fix"));

        // The receiver does get its fix later on: the silence was the log's, not the replay's.
        QTRY_VERIFY_WITH_TIMEOUT(fixer->hasFix(), 8000);
        fixer->stop();
    }

    void fixLost_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<double>("speed");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("fixes");
        QTest::addColumn<double>("bestAccuracy");
        QTest::addColumn<CheckInStatus>("status");
        QTest::addColumn<QString>("reason");

        // 4 fixes (HDOP 3.4, then 2.2), then 28 s of RMC status V that still carry the last
        // position, with GSA fix mode 1.
        QTest::newRow("tomtom-mkII: 4 s of fix, then none")
            << "tomtom-mkII.nmea" << 10.0 << 1000 << 4 << 22.44 << CheckInStatus::Verified << "";
        // 21 fixes 2 s apart from RMC alone, so without accuracy, then no fix again.
        QTest::newRow("magellan-ec10: 42 s of fix without accuracy, then none")
            << "magellan-ec10.nmea" << 20.0 << 1000 << 21 << kNone << CheckInStatus::PoorAccuracy
            << "accuracy unknown";
    }
    void fixLost()
    {
        QFETCH(QString, log);
        QFETCH(double, speed);
        QFETCH(int, timeoutMs);
        QFETCH(int, fixes);
        QFETCH(double, bestAccuracy);
        QFETCH(CheckInStatus, status);
        QFETCH(QString, reason);

        const QString path = logFile(log);
        REQUIRE_LOG(path);
        const auto place = firstFix(path);
        QVERIFY(place);
        const auto fixer = replay(path, speed);
        QVERIFY(fixer);
        fixer->setNoFixTimeout(timeoutMs);
        QList<int> fixesAtNoFix;
        connect(fixer.get(), &PositionFixer::noFix, this,
                [&] { fixesAtNoFix.append(fixer->fixCount()); });

        fixer->start();
        QTRY_VERIFY_WITH_TIMEOUT(!fixesAtNoFix.isEmpty() && fixesAtNoFix.last() > 0, 10000);
        // The stale positions sent after the loss, taken for fixes, would count here too.
        QCOMPARE(fixesAtNoFix.last(), fixes);
        QVERIFY(!fixer->hasFix());
        QVERIFY(!fixer->latestFix());
        const auto best = fixer->bestFix();
        QVERIFY(best);
        QCOMPARE(best->accuracy.has_value(), bestAccuracy != kNone);
        if (best->accuracy)
            QVERIFY2(std::abs(*best->accuracy - bestAccuracy) < 0.001,
                     qPrintable(QString::number(*best->accuracy)));
        fixer->stop();
        QCOMPARE(fixer->fixCount(), fixes);

        const CheckInResult result = evaluateCheckIn(*place, best);
        QCOMPARE(checkInStatusName(result.status), checkInStatusName(status));
        QCOMPARE(result.reason, reason);
    }

    void unusableSources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("error");

        const QString missing = test::sourcePath(QStringLiteral("tests/data/no-such.nmea"));
        QTest::newRow("missing log")
            << missing << 1.0 << QStringLiteral("cannot read the NMEA log ") + missing;
        QTest::newRow("not NMEA") << test::sourcePath(QStringLiteral("assets/nmea/README.md"))
                                  << 1.0 << QStringLiteral("has no sentences");
        QTest::newRow("speed 0") << logFile(QStringLiteral("mt3339.nmea")) << 0.0
                                 << QStringLiteral("the replay speed must be above 0, not 0");
    }
    void unusableSources()
    {
        QFETCH(QString, file);
        QFETCH(double, speed);
        QFETCH(QString, error);

        QString message;
        QObject parent;
        QCOMPARE(
            createPositionSource(PositionSourceOptions::replay(file, speed), &parent, &message),
            nullptr);
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void fixerWithoutSource()
    {
        PositionFixer fixer(nullptr);
        QSignalSpy errors(&fixer, &PositionFixer::error);
        fixer.start();
        QVERIFY(!fixer.isActive());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().toString(), QStringLiteral("no position source"));
    }
};

QTEST_GUILESS_MAIN(TestLocation)
#include "tst_location.moc"
