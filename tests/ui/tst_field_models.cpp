// The field screens' lists under QAbstractItemModelTester: each declares its roles, hands out
// each row's values under them (enums typed), and updates rows in place, so delegates survive
// a refresh.
#include "ui/AuditStage.h"
#include "ui/models/AssignmentListModel.h"
#include "ui/models/ChoiceListModel.h"
#include "ui/models/ClockListModel.h"
#include "ui/models/DemoAccountListModel.h"
#include "ui/models/HistoryListModel.h"
#include "ui/models/ItemListModel.h"
#include "ui/models/MomentListModel.h"
#include "ui/models/PhotoListModel.h"
#include "ui/models/SectionListModel.h"
#include "ui/models/SiteListModel.h"
#include "ui/models/SummaryListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tp::ui;

namespace {

// The value of the role with this name in the model's first row.
QVariant valueOf(const QAbstractItemModel &model, int row, const QByteArray &roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    if (role < 0)
        return QStringLiteral("<no role %1>").arg(QString::fromLatin1(roleName));
    return model.data(model.index(row, 0), role);
}

QList<QByteArray> sortedRoleNames(const QAbstractItemModel &model)
{
    QList<QByteArray> names = model.roleNames().values();
    std::sort(names.begin(), names.end());
    return names;
}

QList<QByteArray> sorted(QList<QByteArray> names)
{
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

class TestFieldModels : public QObject
{
    Q_OBJECT

private slots:
    void assignmentsCarryTypedStates()
    {
        AssignmentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sortedRoleNames(model),
                 sorted({"assignmentId", "siteName", "isPhone", "address", "scriptTitle",
                         "windowText", "state", "stateText", "inProgress", "done", "offered"}));
        AssignmentRow offered;
        offered.assignmentId = QStringLiteral("a1");
        offered.siteName = QStringLiteral("Bend");
        offered.state = tp::AssignmentState::Offered;
        offered.offered = true;
        AssignmentRow line = offered;
        line.assignmentId = QStringLiteral("a2");
        line.isPhone = true;
        line.state = tp::AssignmentState::InProgress;
        line.inProgress = true;
        line.offered = false;
        model.setRows({offered, line});
        QCOMPARE(model.count(), 2);
        QCOMPARE(valueOf(model, 0, "assignmentId").toString(), QStringLiteral("a1"));
        QCOMPARE(valueOf(model, 0, "state").value<tp::AssignmentState>(),
                 tp::AssignmentState::Offered);
        QCOMPARE(valueOf(model, 1, "state").value<tp::AssignmentState>(),
                 tp::AssignmentState::InProgress);
        QCOMPARE(valueOf(model, 0, "offered").toBool(), true);
        QCOMPARE(valueOf(model, 1, "isPhone").toBool(), true);
        QCOMPARE(valueOf(model, 1, "inProgress").toBool(), true);
    }

    void rowsChangeInPlace_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("empty to three") << 0 << 3;
        QTest::newRow("three to five") << 3 << 5;
        QTest::newRow("five to two") << 5 << 2;
        QTest::newRow("two to empty") << 2 << 0;
        QTest::newRow("same length") << 4 << 4;
    }

    void rowsChangeInPlace()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        auto rows = [](int count, const QString &tag) {
            QList<SiteRow> result;
            for (int i = 0; i < count; ++i)
                result << SiteRow{QStringLiteral("s%1").arg(i), tag + QString::number(i),
                                  i % 2 == 1, QStringLiteral("Main St %1").arg(i), QString()};
            return result;
        };
        SiteListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows(before, QStringLiteral("old")));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(&model, &TypedListModel::countChanged);
        model.setRows(rows(after, QStringLiteral("new")));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), qMin(before, after));
        QCOMPARE(inserted.count(), after > before ? 1 : 0);
        QCOMPARE(removed.count(), after < before ? 1 : 0);
        QCOMPARE(counted.count(), after != before ? 1 : 0);
        QCOMPARE(model.count(), after);
        for (int row = 0; row < after; ++row) {
            QCOMPARE(valueOf(model, row, "name").toString(), QStringLiteral("new%1").arg(row));
            QCOMPARE(valueOf(model, row, "isPhone").toBool(), row % 2 == 1);
        }
    }

    void unchangedRowsEmitNothing()
    {
        MomentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<MomentRow> rows{
            {QStringLiteral("entered"), QStringLiteral("Entered"), 1, QStringLiteral("0:05")},
            {QStringLiteral("left"), QStringLiteral("Left"), 0, QString()}};
        model.setRows(rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows(rows);
        QCOMPARE(changed.count(), 0);
        QList<MomentRow> tapped = rows;
        tapped[1].count = 1;
        tapped[1].lastText = QStringLiteral("0:42");
        model.setRows(tapped);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(sortedRoleNames(model), sorted({"event", "label", "count", "lastText"}));
        QCOMPARE(valueOf(model, 1, "count").toInt(), 1);
        QCOMPARE(valueOf(model, 1, "lastText").toString(), QStringLiteral("0:42"));
        QCOMPARE(valueOf(model, 0, "event").toString(), QStringLiteral("entered"));
    }

    void historyRows()
    {
        HistoryListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(
            sortedRoleNames(model),
            sorted({"uuid", "siteName", "isPhone", "scriptTitle", "startedText", "submitted",
                    "stateText", "syncState", "overallText", "passed", "modeText", "answered"}));
        HistoryRow row;
        row.uuid = QStringLiteral("u1");
        row.submitted = true;
        row.syncState = QStringLiteral("on_server");
        row.overallText = QStringLiteral("91.0 %");
        row.passed = true;
        row.answered = 12;
        model.setRows({row});
        QCOMPARE(valueOf(model, 0, "uuid").toString(), QStringLiteral("u1"));
        QCOMPARE(valueOf(model, 0, "submitted").toBool(), true);
        QCOMPARE(valueOf(model, 0, "overallText").toString(), QStringLiteral("91.0 %"));
        QCOMPARE(valueOf(model, 0, "answered").toInt(), 12);
        QCOMPARE(model.rows().first().syncState, QStringLiteral("on_server"));
    }

    void sectionsClocksSummaryAndAccounts()
    {
        SectionListModel sections;
        QAbstractItemModelTester sectionTester(
            &sections, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sections.setRows({{QStringLiteral("Entrance"), QStringLiteral("Welcome"),
                           QStringLiteral("Sales floor"), 2, 3, QStringLiteral("66.7 %")}});
        QCOMPARE(sortedRoleNames(sections),
                 sorted({"title", "touchpoint", "department", "answered", "shown", "percentText"}));
        QCOMPARE(valueOf(sections, 0, "answered").toInt(), 2);
        QCOMPARE(valueOf(sections, 0, "shown").toInt(), 3);
        QCOMPARE(valueOf(sections, 0, "department").toString(), QStringLiteral("Sales floor"));

        ClockListModel clocks;
        QAbstractItemModelTester clockTester(
            &clocks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        clocks.setRows({{QStringLiteral("Until greeted"), QStringLiteral("0:12"), true}});
        QCOMPARE(sortedRoleNames(clocks), sorted({"label", "valueText", "running"}));
        QCOMPARE(valueOf(clocks, 0, "running").toBool(), true);
        QCOMPARE(valueOf(clocks, 0, "valueText").toString(), QStringLiteral("0:12"));

        SummaryListModel summary;
        QAbstractItemModelTester summaryTester(
            &summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
        summary.setRows(
            {{QStringLiteral("Was the floor clean?"), QStringLiteral("Entrance"), QString(), 1}});
        QCOMPARE(sortedRoleNames(summary), sorted({"label", "detail", "value", "section"}));
        QCOMPARE(valueOf(summary, 0, "label").toString(), QStringLiteral("Was the floor clean?"));
        QCOMPARE(valueOf(summary, 0, "section").toInt(), 1);

        DemoAccountListModel accounts;
        QAbstractItemModelTester accountTester(
            &accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        accounts.setRows({{QStringLiteral("exec1"), QStringLiteral("Erin Exec"),
                           tp::Role::Executive, QStringLiteral("Executive")}});
        QCOMPARE(sortedRoleNames(accounts),
                 sorted({"username", "displayName", "role", "roleText"}));
        QCOMPARE(valueOf(accounts, 0, "role").value<tp::Role>(), tp::Role::Executive);
        QCOMPARE(valueOf(accounts, 0, "username").toString(), QStringLiteral("exec1"));
    }

    void itemsHandOutTheirChoicesAndPhotosAsModels()
    {
        ItemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ItemRow yesNo;
        yesNo.itemId = QStringLiteral("floor_clean");
        yesNo.type = tp::ItemType::YesNo;
        yesNo.choices = {{yesNo.itemId, true, QStringLiteral("Yes"), false},
                         {yesNo.itemId, false, QStringLiteral("No"), false}};
        ItemRow photo;
        photo.itemId = QStringLiteral("storefront_photo");
        photo.type = tp::ItemType::Photo;
        photo.photos = {{photo.itemId, QStringLiteral("abc"), QStringLiteral("file:///abc.png")}};
        model.setRows({yesNo, photo});
        QCOMPARE(model.roleNames().size(), 21);
        QCOMPARE(valueOf(model, 0, "type").value<tp::ItemType>(), tp::ItemType::YesNo);
        QCOMPARE(valueOf(model, 1, "type").value<tp::ItemType>(), tp::ItemType::Photo);

        auto *choices = valueOf(model, 0, "choices").value<ChoiceListModel *>();
        QVERIFY(choices);
        QAbstractItemModelTester choiceTester(
            choices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sortedRoleNames(*choices), sorted({"itemId", "value", "label", "selected"}));
        QCOMPARE(choices->count(), 2);
        QCOMPARE(valueOf(*choices, 1, "label").toString(), QStringLiteral("No"));
        QCOMPARE(valueOf(*choices, 1, "value").toBool(), false);
        auto *photos = valueOf(model, 1, "photos").value<PhotoListModel *>();
        QVERIFY(photos);
        QCOMPARE(sortedRoleNames(*photos), sorted({"itemId", "sha256", "url"}));
        QCOMPARE(valueOf(*photos, 0, "sha256").toString(), QStringLiteral("abc"));

        // Answering "No" changes that item in place, with new choices; its photos stay.
        QSignalSpy itemChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QPointer<ChoiceListModel> oldChoices = choices;
        ItemRow answered = yesNo;
        answered.hasValue = true;
        answered.value = false;
        answered.choices[1].selected = true;
        model.setRows({answered, photo});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(itemChanged.count(), 1);
        QCOMPARE(itemChanged.first().at(0).toModelIndex().row(), 0);
        auto *newChoices = valueOf(model, 0, "choices").value<ChoiceListModel *>();
        QVERIFY(newChoices && newChoices != choices);
        QCOMPARE(valueOf(*newChoices, 1, "selected").toBool(), true);
        QCOMPARE(valueOf(*newChoices, 0, "selected").toBool(), false);
        QCOMPARE(valueOf(model, 1, "photos").value<PhotoListModel *>(), photos);
        QCOMPARE(valueOf(model, 0, "hasValue").toBool(), true);
        QVERIFY(!oldChoices.isNull()); // a delegate on its way out may still read it

        // A shorter section: the item beyond it goes; its lists are gone after the next one.
        QPointer<PhotoListModel> gonePhotos = photos;
        model.setRows({answered});
        QCOMPARE(model.count(), 1);
        QVERIFY(!gonePhotos.isNull());
        model.setRows({answered});
        QTRY_VERIFY(gonePhotos.isNull());
        QTRY_VERIFY(oldChoices.isNull());
        QCOMPARE(valueOf(model, 0, "choices").value<ChoiceListModel *>(), newChoices);
    }

    void anotherSectionResetsTheItems()
    {
        ItemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ItemRow first;
        first.itemId = QStringLiteral("a");
        first.choices = {{first.itemId, true, QStringLiteral("Yes"), false}};
        model.setRows({first, first});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counted(&model, &TypedListModel::countChanged);
        ItemRow other;
        other.itemId = QStringLiteral("b");
        other.type = tp::ItemType::Text;
        model.resetRows({other});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.count(), 1);
        QCOMPARE(valueOf(model, 0, "itemId").toString(), QStringLiteral("b"));
        QCOMPARE(valueOf(model, 0, "type").value<tp::ItemType>(), tp::ItemType::Text);
        auto *choices = valueOf(model, 0, "choices").value<ChoiceListModel *>();
        QVERIFY(choices);
        QCOMPARE(choices->count(), 0);
    }

    void stagesKeepTheirStoredNames()
    {
        using tp::ui::Stage;
        for (Stage stage : {Stage::CheckIn, Stage::Moments, Stage::Questions, Stage::Summary})
            QCOMPARE(stageFromName(stageName(stage)), stage);
        QCOMPARE(stageName(Stage::CheckIn), QStringLiteral("checkin"));
        QCOMPARE(stageName(Stage::Questions), QStringLiteral("questions"));
        QCOMPARE(stageFromName(u"lobby"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestFieldModels)

#include "tst_field_models.moc"
