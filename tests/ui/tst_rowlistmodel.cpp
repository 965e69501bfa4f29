// The list model behind every list on screen, under QAbstractItemModelTester: rows replaced,
// grown and shrunk must emit exactly the signals views rely on.
#include "ui/RowListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using tp::ui::RowListModel;

namespace {

QList<QVariantMap> rows(int count, const QString &tag)
{
    QList<QVariantMap> result;
    for (int i = 0; i < count; ++i)
        result << QVariantMap{{QStringLiteral("name"), tag + QString::number(i)},
                              {QStringLiteral("count"), i}};
    return result;
}

} // namespace

class TestRowListModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesStartAfterUserRole()
    {
        RowListModel model({"name", "count"}, nullptr);
        const auto roles = model.roleNames();
        QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("name"));
        QCOMPARE(roles.value(Qt::UserRole + 2), QByteArray("count"));
        QCOMPARE(roles.size(), 2);
    }

    void changesKeepTheModelConsistent_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("empty to three") << 0 << 3;
        QTest::newRow("three to five") << 3 << 5;
        QTest::newRow("five to two") << 5 << 2;
        QTest::newRow("two to empty") << 2 << 0;
        QTest::newRow("same length") << 4 << 4;
    }

    void changesKeepTheModelConsistent()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        RowListModel model({"name", "count"}, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows(before, QStringLiteral("a")));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(&model, &RowListModel::countChanged);

        model.setRows(rows(after, QStringLiteral("b")));

        QCOMPARE(model.rowCount(), after);
        QCOMPARE(resets.count(), 0); // delegates survive: never a reset
        QCOMPARE(inserted.count(), after > before ? 1 : 0);
        QCOMPARE(removed.count(), after < before ? 1 : 0);
        QCOMPARE(changed.count(), qMin(before, after)); // every kept row got new values
        QCOMPARE(counted.count(), before == after ? 0 : 1);
        for (int row = 0; row < after; ++row) {
            QCOMPARE(model.data(model.index(row), Qt::UserRole + 1).toString(),
                     QStringLiteral("b") + QString::number(row));
            QCOMPARE(model.get(row).value(QStringLiteral("count")).toInt(), row);
        }
    }

    void unchangedRowsAreNotSignalled()
    {
        RowListModel model({"name", "count"}, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto values = rows(3, QStringLiteral("a"));
        model.setRows(values);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        values[1][QStringLiteral("count")] = 42;
        model.setRows(values);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), Qt::UserRole + 2).toInt(), 42);
        QVERIFY(!model.data(model.index(7), Qt::UserRole + 1).isValid());
        QVERIFY(model.get(-1).isEmpty());
    }
};

QTEST_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"
