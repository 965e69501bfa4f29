// The assignments screen's models under QAbstractItemModelTester, filled from server JSON
// (GET /assignments) by the shape the screen uses: what each role says, which ones are overdue,
// the shopper and text filters, every order with ties broken by id, and a new page appended
// without a reset while the order is the server's.
#include "ui/manager/AssignmentFilterModel.h"
#include "ui/manager/AssignmentShapes.h"
#include "ui/manager/FilterChoiceModel.h"
#include "ui/manager/ManagedAssignmentModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace tp::ui;
using namespace Qt::StringLiterals;

namespace {

const shapes::SiteLabels kSites{{QStringLiteral("store-bend"), QStringLiteral("Bend")},
                                {QStringLiteral("store-portland"), QStringLiteral("Portland")},
                                {QStringLiteral("support-us"), QStringLiteral("Support")}};
const shapes::SiteKinds kKinds{{QStringLiteral("store-bend"), QStringLiteral("store")},
                               {QStringLiteral("store-portland"), QStringLiteral("store")},
                               {QStringLiteral("support-us"), QStringLiteral("phone")}};
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-08T12:00:00Z"), Qt::ISODate);

QJsonObject assignment(const QString &id, const QString &site, const QString &shopper,
                       const QString &name, const QString &start, const QString &end,
                       const QString &state)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("site"), site},
        {QStringLiteral("script"),
         QJsonObject{{QStringLiteral("id"),
                      site.startsWith(u"support"_s) ? u"support-call"_s : u"store-visit"_s},
                     {QStringLiteral("version"), 2}}},
        {QStringLiteral("shopper"), shopper},
        {QStringLiteral("shopperName"), name},
        {QStringLiteral("windowStart"), start},
        {QStringLiteral("windowEnd"), end},
        {QStringLiteral("state"), state},
        {QStringLiteral("reason"), QString()}};
}

// Five assignments in the server's order (window start, then id).
QList<ManagedAssignment> sample()
{
    const QJsonArray json{
        assignment(u"a-late"_s, u"store-portland"_s, u"shopper2"_s, u"Robin T."_s,
                   u"2026-11-20T09:00:00Z"_s, u"2026-12-01T18:00:00Z"_s, u"accepted"_s),
        assignment(u"b-done"_s, u"store-bend"_s, u"shopper1"_s, u"Sam K."_s,
                   u"2026-11-21T09:00:00Z"_s, u"2026-12-01T18:00:00Z"_s, u"approved"_s),
        assignment(u"c-call"_s, u"support-us"_s, u"shopper1"_s, u"Sam K."_s,
                   u"2026-12-07T00:00:00Z"_s, u"2026-12-22T00:00:00Z"_s, u"offered"_s),
        assignment(u"d-visit"_s, u"store-bend"_s, u"shopper2"_s, u"Robin T."_s,
                   u"2026-12-07T00:00:00Z"_s, u"2026-12-22T00:00:00Z"_s, u"in_progress"_s),
        assignment(u"e-gone"_s, u"store-bend"_s, u"shopper1"_s, u"Sam K."_s,
                   u"2026-12-09T00:00:00Z"_s, u"2026-12-30T00:00:00Z"_s, u"withdrawn"_s)};
    return shapes::managedAssignments(json, kSites, kKinds, kNow);
}

QStringList ids(const ManagedAssignmentModel &model)
{
    QStringList list;
    for (int i = 0; i < model.rowCount(); ++i)
        list << model.idAt(i);
    return list;
}

QVariant cell(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

} // namespace

class TestAssignmentModels : public QObject
{
    Q_OBJECT

private slots:
    void shapeSaysEverythingTheServerSends()
    {
        QJsonObject json =
            assignment(u"x"_s, u"store-portland"_s, u"shopper2"_s, u"Robin T."_s,
                       u"2026-11-20T09:00:00Z"_s, u"2026-12-01T18:00:00Z"_s, u"accepted"_s);
        json.insert(QStringLiteral("reason"), QStringLiteral("Store closed"));
        json.insert(QStringLiteral("auditUuid"), QStringLiteral("u-1"));
        const ManagedAssignment row = shapes::managedAssignment(json, kSites, kKinds, kNow);
        QCOMPARE(row.id, QStringLiteral("x"));
        QCOMPARE(row.site, QStringLiteral("store-portland"));
        QCOMPARE(row.siteLabel, QStringLiteral("Portland"));
        QCOMPARE(row.call, false);
        QCOMPARE(row.kindText, QStringLiteral("Visit"));
        QCOMPARE(row.scriptId, QStringLiteral("store-visit"));
        QCOMPARE(row.scriptVersion, 2);
        QCOMPARE(row.shopper, QStringLiteral("shopper2"));
        QCOMPARE(row.shopperName, QStringLiteral("Robin T."));
        QCOMPARE(row.windowEnd, QStringLiteral("2026-12-01T18:00:00Z"));
        QVERIFY(row.dueText.contains(u':'));          // with the time
        QVERIFY(!row.dueDayText.contains(u':'));      // a table's column: the day only
        QVERIFY(!row.dueDayText.contains(u"2026"_s)); // this year goes without saying
        QVERIFY(!row.startDayText.isEmpty());
        QCOMPARE(row.state, tp::AssignmentState::Accepted);
        QCOMPARE(row.stateName, QStringLiteral("accepted"));
        QCOMPARE(row.reason, QStringLiteral("Store closed"));
        QCOMPARE(row.auditUuid, QStringLiteral("u-1"));
        QVERIFY(row.open);
        QVERIFY(row.overdue); // accepted, and due a week ago
        QCOMPARE(row.stateText, QStringLiteral("Accepted, overdue"));

        // A support line is called; a site this phone does not know goes by its script.
        const auto call = shapes::managedAssignment(
            assignment(u"y"_s, u"support-new"_s, u"shopper1"_s, u"Sam K."_s,
                       u"2026-12-07T00:00:00Z"_s, u"2026-12-22T00:00:00Z"_s, u"offered"_s),
            kSites, kKinds, kNow);
        QCOMPARE(call.call, true);
        QCOMPARE(call.kindText, QStringLiteral("Call"));
        QCOMPARE(call.siteLabel, QStringLiteral("support-new"));
        QVERIFY(call.open);
        QVERIFY(!call.overdue);
        // No shopper name: the username.
        QJsonObject anonymous =
            assignment(u"z"_s, u"store-bend"_s, u"shopper9"_s, u""_s, u"2026-12-07T00:00:00Z"_s,
                       u"2026-12-22T00:00:00Z"_s, u"rejected"_s);
        anonymous.remove(QStringLiteral("shopperName"));
        QCOMPARE(shapes::managedAssignment(anonymous, kSites, kKinds, kNow).shopperName,
                 QStringLiteral("shopper9"));
        // A state this app does not know is shown as sent, and never open.
        const auto unknown = shapes::managedAssignment(
            assignment(u"w"_s, u"store-bend"_s, u"shopper1"_s, u"Sam K."_s,
                       u"2026-11-01T00:00:00Z"_s, u"2026-11-02T00:00:00Z"_s, u"paused"_s),
            kSites, kKinds, kNow);
        QCOMPARE(unknown.stateText, QStringLiteral("paused"));
        const auto lastYear = shapes::managedAssignment(
            assignment(u"v"_s, u"store-bend"_s, u"shopper1"_s, u"Sam K."_s,
                       u"2025-06-01T12:00:00Z"_s, u"2025-06-10T12:00:00Z"_s, u"approved"_s),
            kSites, kKinds, kNow);
        QVERIFY(lastYear.dueDayText.contains(u"2025"_s));
        QVERIFY(!unknown.open);
        QVERIFY(!unknown.overdue);
    }

    void onlyOpenOnesAreOverdue()
    {
        const QList<ManagedAssignment> rows = sample();
        QCOMPARE(rows.at(0).overdue, true);  // accepted, past due
        QCOMPARE(rows.at(1).overdue, false); // approved: done, whatever the date
        QCOMPARE(rows.at(1).open, false);
        QCOMPARE(rows.at(3).open, true);  // in progress
        QCOMPARE(rows.at(4).open, false); // withdrawn
        for (const auto state : {tp::AssignmentState::Declined, tp::AssignmentState::Submitted,
                                 tp::AssignmentState::Approved, tp::AssignmentState::Rejected,
                                 tp::AssignmentState::Withdrawn})
            QVERIFY(!shapes::assignmentIsOpen(state));
    }

    void listRolesAndRows()
    {
        ManagedAssignmentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ManagedAssignmentModel::countChanged);
        model.setRows(sample());
        QCOMPARE(model.count(), 5);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(cell(model, 0, ManagedAssignmentModel::AssignmentIdRole).toString(),
                 QStringLiteral("a-late"));
        QCOMPARE(cell(model, 0, ManagedAssignmentModel::SiteLabelRole).toString(),
                 QStringLiteral("Portland"));
        QCOMPARE(cell(model, 0, ManagedAssignmentModel::OverdueRole).toBool(), true);
        QCOMPARE(cell(model, 2, ManagedAssignmentModel::CallRole).toBool(), true);
        QCOMPARE(cell(model, 2, ManagedAssignmentModel::ShopperNameRole).toString(),
                 QStringLiteral("Sam K."));
        QCOMPARE(cell(model, 3, ManagedAssignmentModel::StateRole).toInt(),
                 int(tp::AssignmentState::InProgress));
        QCOMPARE(cell(model, 3, ManagedAssignmentModel::StateTextRole).toString(),
                 QStringLiteral("In progress"));
        QCOMPARE(cell(model, 4, ManagedAssignmentModel::OpenRole).toBool(), false);
        QCOMPARE(model.roleNames().value(ManagedAssignmentModel::DueTextRole),
                 QByteArray("dueText"));
        QCOMPARE(model.rowOf(QStringLiteral("d-visit")), 3);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(model.idAt(9), QString());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.appendRows(sample().mid(0, 1));
        QCOMPARE(model.count(), 6);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void filterByShopperAndText()
    {
        ManagedAssignmentModel source;
        source.setRows(sample());
        AssignmentFilterModel rows;
        QAbstractItemModelTester tester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setAssignments(&source);
        QCOMPARE(ids(rows),
                 QStringList({u"a-late"_s, u"b-done"_s, u"c-call"_s, u"d-visit"_s, u"e-gone"_s}));
        rows.setShopper(QStringLiteral("shopper2"));
        QCOMPARE(ids(rows), QStringList({u"a-late"_s, u"d-visit"_s}));
        rows.setSearchText(QStringLiteral("bend"));
        QCOMPARE(ids(rows), QStringList({u"d-visit"_s}));
        rows.setShopper(QString());
        QCOMPARE(ids(rows), QStringList({u"b-done"_s, u"d-visit"_s, u"e-gone"_s}));
        rows.setSearchText(QStringLiteral("  CALL "));
        QCOMPARE(ids(rows), QStringList({u"c-call"_s}));
        rows.setSearchText(QStringLiteral("overdue"));
        QCOMPARE(ids(rows), QStringList({u"a-late"_s}));
        rows.setSearchText(QStringLiteral("robin"));
        QCOMPARE(ids(rows), QStringList({u"a-late"_s, u"d-visit"_s}));
        rows.setSearchText(QStringLiteral("nobody"));
        QCOMPARE(rows.count(), 0);
    }

    void everyOrderBreaksTiesById()
    {
        ManagedAssignmentModel source;
        AssignmentFilterModel rows;
        QAbstractItemModelTester tester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setAssignments(&source);
        // The same rows in another order give the same table.
        QList<ManagedAssignment> shuffled = sample();
        std::reverse(shuffled.begin(), shuffled.end());
        for (const QList<ManagedAssignment> &input : {sample(), shuffled}) {
            source.setRows(input);
            rows.setOrder(AssignmentFilterModel::Column::Site);
            rows.setDescending(false);
            QCOMPARE(ids(rows), QStringList({u"b-done"_s, u"d-visit"_s, u"e-gone"_s, u"a-late"_s,
                                             u"c-call"_s}));
            rows.setDescending(true);
            QCOMPARE(ids(rows), QStringList({u"c-call"_s, u"a-late"_s, u"e-gone"_s, u"d-visit"_s,
                                             u"b-done"_s}));
            rows.sortBy(AssignmentFilterModel::Column::Due); // a new column: ascending
            QCOMPARE(rows.descending(), false);
            QCOMPARE(ids(rows), QStringList({u"a-late"_s, u"b-done"_s, u"c-call"_s, u"d-visit"_s,
                                             u"e-gone"_s}));
            rows.sortBy(AssignmentFilterModel::Column::Due); // the same again: the other way
            QCOMPARE(rows.descending(), true);
            QCOMPARE(ids(rows), QStringList({u"e-gone"_s, u"d-visit"_s, u"c-call"_s, u"b-done"_s,
                                             u"a-late"_s}));
            rows.sortBy(AssignmentFilterModel::Column::Shopper);
            QCOMPARE(ids(rows), QStringList({u"a-late"_s, u"d-visit"_s, u"b-done"_s, u"c-call"_s,
                                             u"e-gone"_s}));
            rows.sortBy(AssignmentFilterModel::Column::Kind);
            QCOMPARE(ids(rows), QStringList({u"a-late"_s, u"b-done"_s, u"d-visit"_s, u"e-gone"_s,
                                             u"c-call"_s}));
            rows.sortBy(AssignmentFilterModel::Column::State);
            QCOMPARE(ids(rows), QStringList({u"c-call"_s, u"a-late"_s, u"d-visit"_s, u"b-done"_s,
                                             u"e-gone"_s}));
            rows.sortBy(AssignmentFilterModel::Column::Start);
            QCOMPARE(rows.serverOrder(), true);
        }
    }

    void aNewPageIsAppendedInTheServersOrder()
    {
        const QList<ManagedAssignment> all = sample();
        ManagedAssignmentModel source;
        source.setRows(all.mid(0, 3));
        AssignmentFilterModel rows;
        QAbstractItemModelTester tester(&rows,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setAssignments(&source);
        QSignalSpy orderChanged(&rows, &AssignmentFilterModel::orderChanged);
        QSignalSpy reset(&rows, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&rows, &QAbstractItemModel::rowsInserted);
        source.appendRows(all.mid(3));
        QCOMPARE(rows.count(), 5);
        QCOMPARE(reset.count(), 0); // the rows shown stay, with their delegates
        QCOMPARE(inserted.count(), 1);
        // Sorted by another column, the rows are made anew.
        rows.sortBy(AssignmentFilterModel::Column::State);
        QCOMPARE(orderChanged.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(rows.serverOrder(), false);
        // A row whose state changed on the server (withdrawn) is shown anew.
        rows.sortBy(AssignmentFilterModel::Column::Start);
        QList<ManagedAssignment> changed = all;
        changed[2].state = tp::AssignmentState::Withdrawn;
        changed[2].stateName = QStringLiteral("withdrawn");
        changed[2].open = false;
        const int resets = int(reset.count());
        source.setRows(changed);
        QCOMPARE(reset.count(), resets + 1);
        QCOMPARE(cell(rows, 2, ManagedAssignmentModel::OpenRole).toBool(), false);
    }

    void filterChoicesKeepTheirRowsWhenUnchanged()
    {
        FilterChoiceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<FilterChoice> choices{{QString(), QStringLiteral("All sites")},
                                          {QStringLiteral("store-bend"), QStringLiteral("Bend")}};
        model.setRows(choices);
        QCOMPARE(model.count(), 2);
        QCOMPARE(cell(model, 1, FilterChoiceModel::ValueRole).toString(),
                 QStringLiteral("store-bend"));
        QCOMPARE(cell(model, 1, FilterChoiceModel::LabelRole).toString(), QStringLiteral("Bend"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows(choices); // a combo box keeps its choice
        QCOMPARE(reset.count(), 0);
        model.setRows(choices.mid(0, 1));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentModels)

#include "tst_assignment_models.moc"
