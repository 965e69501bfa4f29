#include "core/Timeline.h"

#include <QTest>

using namespace tp;

Q_DECLARE_METATYPE(tp::Channel)

namespace {

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

// "timeToGreet=31.5 waitToBeServed=- ..." -> expected values; '-' means unavailable.
QList<std::pair<Metric, std::optional<double>>> parseExpected(const QString &text)
{
    QList<std::pair<Metric, std::optional<double>>> expected;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('='));
        const auto metric = metricFromName(parts[0]);
        Q_ASSERT(metric);
        expected.append({*metric, parts[1] == QLatin1String("-")
                                      ? std::nullopt
                                      : std::optional<double>(parts[1].toDouble())});
    }
    return expected;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void metrics_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("problem"); // a fragment of the expected problem, or empty

        QTest::newRow("store: full visit")
            << Channel::Store << "entered@0 greeted@31500 served@95000 paid@400000 left@450250"
            << "timeToGreet=31.5 waitToBeServed=95 timeToPay=305 visitLength=450.25"
            << "";
        QTest::newRow("store: never greeted")
            << Channel::Store << "entered@0 served@60000 left@120000"
            << "timeToGreet=- waitToBeServed=60 timeToPay=- visitLength=120"
            << "";
        QTest::newRow("store: no entered")
            << Channel::Store << "greeted@1000 paid@5000"
            << "timeToGreet=- waitToBeServed=- timeToPay=- visitLength=-"
            << "";
        QTest::newRow("store: greeted before entered")
            << Channel::Store << "greeted@1000 entered@5000"
            << "timeToGreet=- visitLength=-"
            << "greeted is before entered";
        QTest::newRow("store: greeted recorded twice uses the first")
            << Channel::Store << "entered@0 greeted@10000 greeted@20000"
            << "timeToGreet=10"
            << "greeted recorded more than once";
        QTest::newRow("store: empty timeline")
            << Channel::Store << ""
            << "timeToGreet=- waitToBeServed=- timeToPay=- visitLength=-"
            << "";
        QTest::newRow("store: phone events are ignored")
            << Channel::Store << "entered@0 dialled@100 greeted@2000"
            << "timeToGreet=2"
            << "";

        QTest::newRow("phone: menu, hold, agent")
            << Channel::Phone
            << "dialled@0 menuEntered@12000 agentAnswered@72000 holdStarted@100000 "
               "holdEnded@160000 resolved@300000 hungUp@310000"
            << "timeToAnswer=12 timeInMenus=60 totalHold=60 holdCount=1 transferCount=0 "
               "callLength=310"
            << "";
        QTest::newRow("phone: agent answers directly")
            << Channel::Phone << "dialled@0 agentAnswered@8000 hungUp@60000"
            << "timeToAnswer=8 timeInMenus=0 totalHold=0 holdCount=0 transferCount=0 callLength=60"
            << "";
        QTest::newRow("phone: transfer back into a menu")
            << Channel::Phone
            << "dialled@0 menuEntered@5000 agentAnswered@25000 transferred@40000 "
               "menuEntered@41000 agentAnswered@71000 hungUp@90000"
            << "timeToAnswer=5 timeInMenus=50 transferCount=1 callLength=90"
            << "";
        QTest::newRow("phone: two holds")
            << Channel::Phone
            << "dialled@0 agentAnswered@3000 holdStarted@10000 holdEnded@40000 "
               "holdStarted@50000 holdEnded@65500 hungUp@80000"
            << "totalHold=45.5 holdCount=2"
            << "";
        QTest::newRow("phone: caller hangs up on hold")
            << Channel::Phone << "dialled@0 agentAnswered@3000 holdStarted@10000 hungUp@70000"
            << "totalHold=60 holdCount=1 callLength=70"
            << "";
        QTest::newRow("phone: hold never ended and no hang-up")
            << Channel::Phone << "dialled@0 agentAnswered@3000 holdStarted@10000"
            << "totalHold=- holdCount=1 callLength=-"
            << "the hold never ended";
        QTest::newRow("phone: hold ended without start")
            << Channel::Phone << "dialled@0 agentAnswered@3000 holdEnded@10000 hungUp@20000"
            << "totalHold=0 holdCount=0"
            << "hold ended without starting";
        QTest::newRow("phone: never answered")
            << Channel::Phone << "dialled@0 hungUp@120000"
            << "timeToAnswer=- timeInMenus=- callLength=120 holdCount=0"
            << "";
        QTest::newRow("phone: stuck in the menu until hanging up")
            << Channel::Phone << "dialled@0 menuEntered@4000 hungUp@184000"
            << "timeToAnswer=4 timeInMenus=180"
            << "";
        QTest::newRow("phone: no dialled moment")
            << Channel::Phone << "agentAnswered@3000 hungUp@9000"
            << "timeToAnswer=- callLength=- holdCount=- transferCount=-"
            << "no dialled moment";
        QTest::newRow("phone: a second hold tap while on hold is one hold")
            << Channel::Phone
            << "dialled@0 agentAnswered@3000 holdStarted@6000 holdStarted@8000 holdEnded@10000 "
               "hungUp@20000"
            << "totalHold=4 holdCount=1"
            << "hold started again while already on hold";
        QTest::newRow("phone: taps before dialled are left out")
            << Channel::Phone << "menuEntered@0 dialled@1000 agentAnswered@4000 hungUp@9000"
            << "timeToAnswer=3 timeInMenus=0 callLength=8"
            << "menuEntered before dialled";
        QTest::newRow("phone: events out of order are sorted")
            << Channel::Phone << "dialled@0 hungUp@50000 agentAnswered@10000"
            << "timeToAnswer=10 callLength=50"
            << "not in time order";
    }

    void metrics()
    {
        QFETCH(Channel, channel);
        QFETCH(QString, events);
        QFETCH(QString, expected);
        QFETCH(QString, problem);

        const TimelineResult result = computeTimeline(channel, parseEvents(events));
        for (const auto &[metric, value] : parseExpected(expected)) {
            const auto &actual = result.values[int(metric)];
            QVERIFY2(actual.has_value() == value.has_value(),
                     qPrintable(metricName(metric) + QStringLiteral(" availability")));
            if (value)
                QCOMPARE(*actual, *value);
        }
        if (problem.isEmpty()) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u"; ")));
        } else {
            QVERIFY2(result.problems.join(u"; ").contains(problem),
                     qPrintable(result.problems.join(u"; ")));
        }
    }

    void metricNamesRoundTrip()
    {
        for (Channel channel : {Channel::Store, Channel::Phone}) {
            for (Metric metric : metricsOf(channel)) {
                QCOMPARE(metricFromName(metricName(metric)), std::optional<Metric>(metric));
                QCOMPARE(metricChannel(metric), channel);
            }
        }
        QCOMPARE(metricsOf(Channel::Store).size() + metricsOf(Channel::Phone).size(), kMetricCount);
        QVERIFY(!metricFromName(QStringLiteral("timetogreet")));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
