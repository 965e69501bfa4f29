#include "core/Points.h"

#include <QTest>

using namespace tp;

class TestPoints : public QObject
{
    Q_OBJECT

private slots:
    void toCenti_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("centi");
        QTest::newRow("zero") << 0.0 << true << qint64(0);
        QTest::newRow("whole") << 10.0 << true << qint64(1000);
        QTest::newRow("two decimals") << 2.25 << true << qint64(225);
        QTest::newRow("binary inexact 0.29") << 0.29 << true << qint64(29);
        QTest::newRow("binary inexact 1.15") << 1.15 << true << qint64(115);
        QTest::newRow("negative") << -3.5 << true << qint64(-350);
        QTest::newRow("three decimals") << 0.125 << false << qint64(0);
        QTest::newRow("over limit") << 1000.01 << false << qint64(0);
        QTest::newRow("at limit") << 1000.0 << true << qint64(100000);
        QTest::newRow("infinity") << qInf() << false << qint64(0);
        QTest::newRow("nan") << qQNaN() << false << qint64(0);
    }
    void toCenti()
    {
        QFETCH(double, value);
        QFETCH(bool, valid);
        QFETCH(qint64, centi);
        const auto result = tp::toCenti(value, 1000);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, centi);
    }

    void divideRoundHalfUp_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
        QTest::newRow("half rounds up") << qint64(5) << qint64(2) << qint64(3);
        QTest::newRow("below half rounds down") << qint64(4) << qint64(3) << qint64(1);
        QTest::newRow("above half rounds up") << qint64(5) << qint64(3) << qint64(2);
        QTest::newRow("2/3 of 100.00 %") << qint64(2 * 10000) << qint64(3) << qint64(6667);
        QTest::newRow("1/3 of 100.00 %") << qint64(10000) << qint64(3) << qint64(3333);
        QTest::newRow("1/8 of 100.00 % is exact") << qint64(10000) << qint64(8) << qint64(1250);
        QTest::newRow("0.125 % half up") << qint64(25) << qint64(2) << qint64(13);
        QTest::newRow("negative half away from zero") << qint64(-5) << qint64(2) << qint64(-3);
        QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    }
    void divideRoundHalfUp()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, expected);
        QCOMPARE(tp::divideRoundHalfUp(numerator, denominator), expected);
    }
};

QTEST_GUILESS_MAIN(TestPoints)
#include "tst_points.moc"
