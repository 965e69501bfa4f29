// Opening hours (core/OpeningHours.h): what is accepted, every problem with its code and key,
// the canonical form and whether a site is open at a given minute.

#include "core/OpeningHours.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tp;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString codesOf(const Issues &issues)
{
    QStringList codes;
    for (const Issue &issue : issues)
        codes.append(issue.path + QLatin1Char('=') + issue.code);
    codes.sort();
    return codes.join(QLatin1Char(' '));
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void goodHoursHaveNoProblems_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("empty") << "{}"
                               << "{}";
        QTest::newRow("the API's example") << R"({"mon-fri": "08:00-20:00", "sat": "09:00-17:00"})"
                                           << R"({"mon-fri":"08:00-20:00","sat":"09:00-17:00"})";
        QTest::newRow("equal days joined")
            << R"({"mon": "09:00-17:00", "tue": "09:00-17:00", "wed": "closed", "thu-sun": "closed"})"
            << R"({"mon-tue":"09:00-17:00","wed-sun":"closed"})";
        QTest::newRow("ranges sorted, spaces dropped")
            << R"({"sat": " 13:00-18:00 , 08:00-12:00 "})"
            << R"({"sat":"08:00-12:00,13:00-18:00"})";
        QTest::newRow("touching ranges merged") << R"({"sun": "08:00-12:00,12:00-24:00"})"
                                                << R"({"sun":"08:00-24:00"})";
        QTest::newRow("a gap keeps days apart") << R"({"mon": "closed", "wed": "closed"})"
                                                << R"({"mon":"closed","wed":"closed"})";
    }
    void goodHoursHaveNoProblems()
    {
        QFETCH(QString, hours);
        QFETCH(QString, canonical);
        Issues issues;
        const OpeningHours parsed = OpeningHours::fromJson(
            json(hours.toUtf8()), QStringLiteral("site/openingHours"), issues);
        QCOMPARE(codesOf(issues), QString());
        QCOMPARE(QString::fromUtf8(QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact)),
                 canonical);
        // The canonical form reads back as the same hours.
        Issues again;
        QCOMPARE(OpeningHours::fromJson(parsed.toJson(), QString(), again).toJson(),
                 parsed.toJson());
        QVERIFY(again.isEmpty());
    }

    void everyProblemHasItsCodeAndKey_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("codes");
        QTest::newRow("not a day") << R"({"monday": "closed"})"
                                   << "h/monday=invalid_day";
        QTest::newRow("backwards range") << R"({"fri-mon": "closed"})"
                                         << "h/fri-mon=invalid_day";
        QTest::newRow("range of one day") << R"({"mon-mon": "closed"})"
                                          << "h/mon-mon=invalid_day";
        QTest::newRow("number") << R"({"mon": 8})"
                                << "h/mon=wrong_type";
        QTest::newRow("list") << R"({"mon": ["08:00-12:00"]})"
                              << "h/mon=wrong_type";
        QTest::newRow("no minutes") << R"({"mon": "8-12"})"
                                    << "h/mon=invalid_hours";
        QTest::newRow("hour 25") << R"({"mon": "08:00-25:00"})"
                                 << "h/mon=invalid_hours";
        QTest::newRow("opens at 24:00") << R"({"mon": "24:00-24:00"})"
                                        << "h/mon=invalid_hours";
        QTest::newRow("empty text") << R"({"mon": ""})"
                                    << "h/mon=invalid_hours";
        QTest::newRow("word") << R"({"mon": "open"})"
                              << "h/mon=invalid_hours";
        QTest::newRow("closes before") << R"({"tue": "18:00-09:00"})"
                                       << "h/tue=closing_before_opening";
        QTest::newRow("closes when it opens") << R"({"tue": "09:00-09:00"})"
                                              << "h/tue=closing_before_opening";
        QTest::newRow("overlap") << R"({"wed": "08:00-13:00,12:00-18:00"})"
                                 << "h/wed=overlapping_hours";
        QTest::newRow("day twice") << R"({"mon-fri": "08:00-20:00", "fri": "closed"})"
                                   << "h/mon-fri=day_twice";
        QTest::newRow("all at once")
            << R"({"xyz": "closed", "sat": 1, "sun": "9-5", "mon": "10:00-09:00",
                  "tue": "08:00-12:00,11:00-14:00", "wed-thu": "closed", "thu": "closed"})"
            << "h/mon=closing_before_opening h/sat=wrong_type h/sun=invalid_hours "
               "h/tue=overlapping_hours h/wed-thu=day_twice h/xyz=invalid_day";
    }
    void everyProblemHasItsCodeAndKey()
    {
        QFETCH(QString, hours);
        QFETCH(QString, codes);
        Issues issues;
        OpeningHours::fromJson(json(hours.toUtf8()), QStringLiteral("h"), issues);
        QCOMPARE(codesOf(issues), codes);
        for (const Issue &issue : issues) {
            const QString key = issue.path.mid(2);
            QVERIFY2(issue.message.contains(QLatin1Char('\'') + key + QLatin1Char('\'')),
                     qPrintable(issue.message));
        }
    }

    void dayTwiceNamesTheDaysAndTheOtherKey()
    {
        Issues issues;
        OpeningHours::fromJson(json(R"({"mon-wed": "closed", "tue-fri": "closed"})"), QString(),
                               issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message,
                 QStringLiteral("'tue-fri' covers tue, wed, as 'mon-wed' does"));
    }

    void isOpen()
    {
        Issues issues;
        const OpeningHours hours = OpeningHours::fromJson(
            json(
                R"({"mon-fri": "08:00-12:00,13:00-18:30", "sat": "closed", "sun": "10:00-24:00"})"),
            QString(), issues);
        QVERIFY(issues.isEmpty());
        QVERIFY(!hours.isOpen(Qt::Monday, 7 * 60 + 59));
        QVERIFY(hours.isOpen(Qt::Monday, 8 * 60));
        QVERIFY(hours.isOpen(Qt::Wednesday, 11 * 60 + 59));
        QVERIFY(!hours.isOpen(Qt::Wednesday, 12 * 60 + 30));
        QVERIFY(hours.isOpen(Qt::Friday, 18 * 60 + 29));
        QVERIFY(!hours.isOpen(Qt::Friday, 18 * 60 + 30));
        QVERIFY(!hours.isOpen(Qt::Saturday, 12 * 60));
        QVERIFY(hours.isOpen(Qt::Sunday, 23 * 60 + 59));
        QVERIFY(!hours.isOpen(0, 12 * 60));
        QVERIFY(!hours.isOpen(8, 12 * 60));
        QCOMPARE(hours.day(Qt::Saturday).state, OpeningHours::DayState::Closed);
        QCOMPARE(hours.day(Qt::Sunday).ranges.size(), 1);
    }

    void unknownDaysAreNeitherOpenNorClosed()
    {
        Issues issues;
        const OpeningHours hours =
            OpeningHours::fromJson(json(R"({"sat": "09:00-17:00"})"), QString(), issues);
        QCOMPARE(hours.day(Qt::Monday).state, OpeningHours::DayState::Unknown);
        QVERIFY(!hours.isOpen(Qt::Monday, 10 * 60));
        QVERIFY(hours.isOpen(Qt::Saturday, 10 * 60));
    }

    void daysOfKey()
    {
        QCOMPARE(*OpeningHours::daysOfKey(QStringLiteral("mon-fri")), (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(*OpeningHours::daysOfKey(QStringLiteral("sun")), (QList<int>{7}));
        QVERIFY(!OpeningHours::daysOfKey(QStringLiteral("Mon")));
        QVERIFY(!OpeningHours::daysOfKey(QStringLiteral("mon-")));
        QVERIFY(!OpeningHours::daysOfKey(QStringLiteral("-fri")));
        QVERIFY(!OpeningHours::daysOfKey(QString()));
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_opening_hours.moc"
