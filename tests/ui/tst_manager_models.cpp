// The manager screens' list models under QAbstractItemModelTester, filled from server JSON by the
// same shapes the screens use: each role says what the screen shows, and a refresh that changes
// rows emits what views rely on.
#include "ui/manager/ActionListModel.h"
#include "ui/manager/AuditDetail.h"
#include "ui/manager/AuditDetailShape.h"
#include "ui/manager/AuditFilterModel.h"
#include "ui/manager/AuditListModel.h"
#include "ui/manager/ChartRowModel.h"
#include "ui/manager/ExecutiveModel.h"
#include "ui/manager/HeatmapModel.h"
#include "ui/manager/PhoneLineModel.h"
#include "ui/manager/PromiseModel.h"
#include "ui/manager/RegionModel.h"
#include "ui/manager/ReportShapes.h"
#include "ui/manager/SpreadModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace tp::ui;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonArray jsonArray(const char *text)
{
    return QJsonDocument::fromJson(text).array();
}

const shapes::SiteLabels kSites{{QStringLiteral("s1"), QStringLiteral("Bend")},
                                {QStringLiteral("s2"), QStringLiteral("Portland")}};

QVariant cell(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

AuditRow auditRow(const QString &uuid, const QString &site, double overall, tp::ReviewState state,
                  const QString &auditor)
{
    AuditRow row;
    row.uuid = uuid;
    row.siteLabel = site;
    row.overall = overall;
    row.state = state;
    row.stateText = state == tp::ReviewState::Submitted ? QStringLiteral("Waiting for review")
                                                        : QStringLiteral("Approved");
    row.auditorText = auditor;
    return row;
}

QStringList ids(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

QStringList uuids(const AuditListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.uuidAt(row);
    return list;
}

} // namespace

class TestManagerModels : public QObject
{
    Q_OBJECT

private slots:
    void rankingRows()
    {
        ChartRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ChartRowModel::countChanged);
        model.setRows(shapes::rankingRows(json(R"({"sites":[{"site":"s1","score":90,"audits":3},
                              {"site":"s9","name":"Seattle","score":null,"audits":0}]})"),
                                          kSites));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(cell(model, 0, ChartRowModel::LabelRole).toString(), QStringLiteral("Bend"));
        QCOMPARE(cell(model, 0, ChartRowModel::ValueRole).toDouble(), 90.0);
        QCOMPARE(cell(model, 0, ChartRowModel::HasValueRole).toBool(), true);
        QCOMPARE(cell(model, 0, ChartRowModel::AuditsRole).toInt(), 3);
        QCOMPARE(cell(model, 1, ChartRowModel::LabelRole).toString(), QStringLiteral("Seattle"));
        QCOMPARE(cell(model, 1, ChartRowModel::HasValueRole).toBool(), false);
        QCOMPARE(cell(model, 1, ChartRowModel::TextRole).toString(), QStringLiteral("–"));
        QCOMPARE(model.valuedCount(), 1);
        QCOMPARE(model.lowestValue(), 90.0);
        QCOMPARE(model.roleNames().value(ChartRowModel::HasValueRole), QByteArray("hasValue"));

        // A refresh with one row changed and one gone: the rows are made anew.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsChanged(&model, &ChartRowModel::rowsChanged);
        model.setRows(shapes::rankingRows(
            json(R"({"sites":[{"site":"s1","score":80,"audits":4}]})"), kSites));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(counted.count(), 2);
        QCOMPARE(rowsChanged.count(), 1);
        QCOMPARE(cell(model, 0, ChartRowModel::ValueRole).toDouble(), 80.0);
    }

    void trendAndGaps()
    {
        ChartRowModel trend;
        QAbstractItemModelTester tester(&trend,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        trend.setRows(shapes::trendPoints(json(
            R"({"by":"month","points":[{"period":"2026-01","score":70,"audits":2},
                                        {"period":"2026-02","score":null,"audits":0}]})")));
        QCOMPARE(trend.rowCount(), 2);
        QCOMPARE(cell(trend, 0, ChartRowModel::KeyRole).toString(), QStringLiteral("2026-01"));
        QCOMPARE(trend.valueAt(0), 70.0);
        QCOMPARE(trend.hasValueAt(1), false);
        QCOMPARE(trend.hasValueAt(5), false);

        ChartRowModel gaps;
        QAbstractItemModelTester gapTester(&gaps,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        gaps.setRows(shapes::executiveGaps(
            json(R"({"sites":[{"site":"s1","gap":-12.5,"selfScore":60,"shopperScore":72.5}]})"),
            kSites));
        QCOMPARE(cell(gaps, 0, ChartRowModel::DetailRole).toString(), QStringLiteral("60 vs 73"));
        QCOMPARE(gaps.widestValue(), 12.5);
    }

    void npsPerSiteThenRegion()
    {
        const NpsFigures nps = shapes::npsRows(
            json(R"({"sites":[{"site":"s2","nps":-25,"promoters":1,"detractors":3,"answers":5}],
                     "regions":[{"region":"americas","nps":10,"promoters":4,"detractors":2}],
                     "overall":{"nps":10}})"),
            kSites);
        ChartRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(nps.sites + nps.regions);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, ChartRowModel::LabelRole).toString(), QStringLiteral("Portland"));
        QCOMPARE(cell(model, 0, ChartRowModel::DetractorsRole).toInt(), 3);
        QCOMPARE(cell(model, 0, ChartRowModel::BoldRole).toBool(), false);
        QCOMPARE(cell(model, 1, ChartRowModel::LabelRole).toString(), QStringLiteral("Americas"));
        QCOMPARE(cell(model, 1, ChartRowModel::BoldRole).toBool(), true);
        QCOMPARE(cell(model, 1, ChartRowModel::PromotersRole).toInt(), 4);
    }

    void heatmapCells()
    {
        HeatmapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy columns(&model, &HeatmapModel::columnsChanged);
        model.setGrid(shapes::heatmapGrid(json(R"({"sites":["s1","s2"],"touchpoints":["greeting"],
                     "cells":[{"touchpoint":"greeting","site":"s1","score":95,"audits":2}]})"),
                                          kSites));
        QCOMPARE(columns.count(), 1);
        QCOMPARE(model.columns(),
                 (QStringList{QStringLiteral("Bend"), QStringLiteral("Portland")}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, HeatmapModel::LabelRole).toString(), QStringLiteral("Greeting"));
        auto *cells = cell(model, 0, HeatmapModel::CellsRole).value<HeatCellModel *>();
        QVERIFY(cells);
        QAbstractItemModelTester cellTester(cells,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(cells->rowCount(), 2);
        QCOMPARE(cell(*cells, 0, HeatCellModel::TextRole).toString(), QStringLiteral("95"));
        QCOMPARE(cell(*cells, 0, HeatCellModel::AuditsRole).toInt(), 2);
        QCOMPARE(cell(*cells, 1, HeatCellModel::HasValueRole).toBool(), false);
        QCOMPARE(cell(*cells, 1, HeatCellModel::TextRole).toString(), QStringLiteral("–"));

        // The store manager's view of it: bars per touchpoint.
        const QList<ChartRow> bars = shapes::firstColumnBars(model.grid());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.constFirst().text, QStringLiteral("95.0"));
    }

    void consistencyRows()
    {
        SpreadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(shapes::consistencyRows(json(
            R"({"touchpoints":[{"touchpoint":"checkout","min":60,"max":90,"mean":75,
                                "standardDeviation":12,"sites":3}]})")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, SpreadModel::LabelRole).toString(), QStringLiteral("Checkout"));
        QCOMPARE(cell(model, 0, SpreadModel::MinRole).toDouble(), 60.0);
        QCOMPARE(cell(model, 0, SpreadModel::MaxRole).toDouble(), 90.0);
        QCOMPARE(cell(model, 0, SpreadModel::SitesRole).toInt(), 3);
        QCOMPARE(cell(model, 0, SpreadModel::TextRole).toString(),
                 QStringLiteral("60–90 · σ 12.0"));
    }

    void phoneLinesWithTheirBars()
    {
        PhoneLineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(
            shapes::phoneRows(json(R"({"sites":[{"site":"s1","calls":3,"timeToAnswer":{"mean":10},
                               "timeInMenus":{"mean":20},"holdTime":{"mean":40},
                               "transfers":{"mean":0.5},"firstContactResolution":{"rate":66.7}},
                              {"site":"s2","calls":1,"timeToAnswer":{"mean":5}}]})"),
                              kSites));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.longestSeconds(), 40.0);
        QCOMPARE(cell(model, 0, PhoneLineModel::CallsTextRole).toString(),
                 QStringLiteral("3 calls"));
        QCOMPARE(cell(model, 0, PhoneLineModel::ResolvedTextRole).toString(),
                 QStringLiteral("67 %"));
        QCOMPARE(cell(model, 1, PhoneLineModel::TransfersTextRole).toString(), QStringLiteral("–"));
        auto *bars = cell(model, 1, PhoneLineModel::BarsRole).value<ChartRowModel *>();
        QVERIFY(bars);
        QCOMPARE(bars->rowCount(), 3);
        QCOMPARE(cell(*bars, 0, ChartRowModel::ValueRole).toDouble(), 5.0);
        QCOMPARE(cell(*bars, 0, ChartRowModel::TextRole).toString(), QStringLiteral("5.0 s"));
        QCOMPARE(cell(*bars, 1, ChartRowModel::HasValueRole).toBool(), false);
    }

    void executives()
    {
        ExecutiveModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(shapes::executiveRows(json(
            R"({"executives":[{"user":"exec1","name":"Eleanor","selfAudits":2,
                                "daysSinceSelfVisit":3,"daysSinceSelfCall":null}]})")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, ExecutiveModel::LabelRole).toString(), QStringLiteral("Eleanor"));
        QCOMPARE(cell(model, 0, ExecutiveModel::VisitTextRole).toString(),
                 QStringLiteral("3 days ago"));
        QCOMPARE(cell(model, 0, ExecutiveModel::VisitLateRole).toBool(), false);
        QCOMPARE(cell(model, 0, ExecutiveModel::CallTextRole).toString(), QStringLiteral("never"));
        QCOMPARE(cell(model, 0, ExecutiveModel::CallLateRole).toBool(), true);
        QCOMPARE(cell(model, 0, ExecutiveModel::CallDaysRole).toInt(), -1);
    }

    void auditsWithTheirReviewState()
    {
        AuditListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(shapes::auditRows(
            jsonArray(R"([{"uuid":"a1","site":"s1","state":"submitted","overall":87.5,"passed":true,
                           "mode":"self_audit","auditor":"exec1","criticalFailures":0},
                          {"uuid":"a2","site":"s2","state":"rejected","overall":null}])"),
            kSites));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.uuidAt(1), QStringLiteral("a2"));
        QCOMPARE(cell(model, 0, AuditListModel::SiteLabelRole).toString(), QStringLiteral("Bend"));
        QCOMPARE(cell(model, 0, AuditListModel::ReviewStateRole).toInt(),
                 int(tp::ReviewState::Submitted));
        QCOMPARE(cell(model, 0, AuditListModel::StateTextRole).toString(),
                 QStringLiteral("Waiting for review"));
        QCOMPARE(cell(model, 0, AuditListModel::OverallTextRole).toString(),
                 QStringLiteral("87.5 %"));
        QCOMPARE(cell(model, 0, AuditListModel::ModeTextRole).toString(),
                 QStringLiteral("Self-audit"));
        QCOMPARE(cell(model, 1, AuditListModel::ReviewStateRole).toInt(),
                 int(tp::ReviewState::Rejected));
        QCOMPARE(cell(model, 1, AuditListModel::OverallTextRole).toString(), QString());
    }

    // The review table: the search narrows across site, shopper and state whatever the case,
    // typing on and deleting give the same rows as a fresh search, a page loaded while searching
    // is searched too, and each order keeps the server's order among equal rows.
    void auditTableSearchAndOrder()
    {
        using tp::ReviewState;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        AuditListModel source;
        source.setRows({auditRow(QStringLiteral("a1"), QStringLiteral("Portland"), 80,
                                 ReviewState::Submitted, QStringLiteral("Émile")),
                        auditRow(QStringLiteral("a2"), QStringLiteral("bend"), 60,
                                 ReviewState::Approved, QStringLiteral("shopper1")),
                        auditRow(QStringLiteral("a3"), QStringLiteral("Portland"), 60,
                                 ReviewState::Approved, QStringLiteral("shopper2")),
                        auditRow(QStringLiteral("a4"), QStringLiteral("Åre"), 95,
                                 ReviewState::Submitted, QStringLiteral("shopper1"))});
        AuditFilterModel table;
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setAudits(&source);
        QCOMPARE(uuids(table), ids({"a1", "a2", "a3", "a4"}));

        table.setSearchText(QStringLiteral("PORT"));
        QCOMPARE(uuids(table), ids({"a1", "a3"}));
        table.setSearchText(QStringLiteral("PORTL"));
        QCOMPARE(uuids(table), ids({"a1", "a3"}));
        table.setSearchText(QStringLiteral("émi"));
        QCOMPARE(uuids(table), ids({"a1"}));
        table.setSearchText(QStringLiteral("shopper"));
        QCOMPARE(uuids(table), ids({"a2", "a3", "a4"}));
        table.setSearchText(QStringLiteral("shopper1"));
        QCOMPARE(uuids(table), ids({"a2", "a4"}));
        table.setSearchText(QStringLiteral("waiting"));
        QCOMPARE(uuids(table), ids({"a1", "a4"}));
        table.setSearchText(QStringLiteral("  "));
        QCOMPARE(table.rowCount(), 4);

        // A page comes while the search is on: its matching rows are added at the end.
        table.setSearchText(QStringLiteral("shopper1"));
        QSignalSpy resets(&table, &QAbstractItemModel::modelReset);
        source.appendRows({auditRow(QStringLiteral("a5"), QStringLiteral("Bend"), 70,
                                    ReviewState::Approved, QStringLiteral("shopper1")),
                           auditRow(QStringLiteral("a6"), QStringLiteral("Bend"), 70,
                                    ReviewState::Approved, QStringLiteral("shopper3"))});
        QCOMPARE(uuids(table), ids({"a2", "a4", "a5"}));
        QCOMPARE(resets.count(), 0); // added rows, the rows shown kept
        table.setSearchText(QString());

        // Sorted: the same rows moved (a layout change), not the model made again.
        QSignalSpy layouts(&table, &QAbstractItemModel::layoutChanged);
        const int resetsBefore = int(resets.count());
        table.setOrder(AuditFilterModel::Order::Site); // Åre, bend, Bend, Portland (in English)
        QCOMPARE(uuids(table), ids({"a4", "a2", "a5", "a6", "a1", "a3"}));
        QCOMPARE(resets.count(), resetsBefore);
        QCOMPARE(layouts.count(), 1);
        table.setOrder(AuditFilterModel::Order::LowestScore);
        QCOMPARE(uuids(table), ids({"a2", "a3", "a5", "a6", "a1", "a4"}));
        table.setOrder(AuditFilterModel::Order::HighestScore);
        QCOMPARE(uuids(table), ids({"a4", "a1", "a5", "a6", "a2", "a3"}));
        table.setOrder(AuditFilterModel::Order::State);
        QCOMPARE(uuids(table), ids({"a1", "a4", "a2", "a3", "a5", "a6"}));
        table.setSearchText(QStringLiteral("bend"));
        QCOMPARE(uuids(table), ids({"a2", "a5", "a6"}));
        table.setOrder(AuditFilterModel::Order::Newest);
        QCOMPARE(uuids(table), ids({"a2", "a5", "a6"}));

        // The list fetched again: searched again from scratch.
        source.setRows({auditRow(QStringLiteral("b1"), QStringLiteral("Bend"), 50,
                                 ReviewState::Submitted, QStringLiteral("x"))});
        QCOMPARE(uuids(table), ids({"b1"}));
    }

    void actionsAndPromises()
    {
        ActionListModel actions;
        QAbstractItemModelTester tester(&actions,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        actions.setRows(shapes::actionRows(
            jsonArray(
                R"([{"id":"x1","item":"greet_smile","site":"s1","state":"done","outcome":"kept",
                           "owner":{"department":"sales"},"due":"2026-03-01","doneNote":"ok"},
                          {"id":"x2","item":"till","site":"s2","state":"open","overdue":true,
                           "owner":{"user":"store1","displayName":"Jordan Reyes"},"due":"2026-03-02"}])"),
            kSites));
        QCOMPARE(actions.rowCount(), 2);
        QCOMPARE(cell(actions, 0, ActionListModel::ActionIdRole).toString(), QStringLiteral("x1"));
        QCOMPARE(cell(actions, 0, ActionListModel::DoneRole).toBool(), true);
        QCOMPARE(cell(actions, 0, ActionListModel::KeptRole).toBool(), true);
        QCOMPARE(cell(actions, 0, ActionListModel::StateTextRole).toString(),
                 QStringLiteral("Done on time"));
        QCOMPARE(cell(actions, 0, ActionListModel::OwnerTextRole).toString(),
                 QStringLiteral("Sales department"));
        QCOMPARE(cell(actions, 1, ActionListModel::OpenRole).toBool(), true);
        QCOMPARE(cell(actions, 1, ActionListModel::OverdueRole).toBool(), true);
        QCOMPARE(cell(actions, 1, ActionListModel::OwnerTextRole).toString(),
                 QStringLiteral("Jordan Reyes"));
        QCOMPARE(cell(actions, 1, ActionListModel::SiteLabelRole).toString(),
                 QStringLiteral("Portland"));

        PromiseModel promises;
        QAbstractItemModelTester promiseTester(
            &promises, QAbstractItemModelTester::FailureReportingMode::QtTest);
        promises.setRows(shapes::promiseRows(
            jsonArray(R"([{"site":"s1","actions":4,"kept":3,"broken":1,"open":0,"keptPercent":75},
                          {"site":"s2","actions":0}])"),
            kSites));
        QCOMPARE(promises.rowCount(), 2);
        QCOMPARE(cell(promises, 0, PromiseModel::KeptRole).toInt(), 3);
        QCOMPARE(cell(promises, 0, PromiseModel::KeptTextRole).toString(),
                 QStringLiteral("75 % kept"));
        QCOMPARE(cell(promises, 1, PromiseModel::KeptPercentRole).toDouble(), -1.0);
        QCOMPARE(cell(promises, 1, PromiseModel::KeptTextRole).toString(),
                 QStringLiteral("nothing due yet"));
    }

    void regionsAllFirst()
    {
        RegionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{QString(), QStringLiteral("All my regions")},
                       {QStringLiteral("americas"), QStringLiteral("Americas")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, RegionModel::RegionIdRole).toString(), QString());
        QCOMPARE(cell(model, 1, RegionModel::RegionIdRole).toString(), QStringLiteral("americas"));
        QCOMPARE(model.roleNames().value(RegionModel::RegionIdRole), QByteArray("regionId"));
    }

    void auditDetailItemsPhotosAndTimeline()
    {
        const QJsonObject stored = json(R"({
            "state": "approved",
            "audit": {"uuid": "a1", "site": "s1", "mode": "mystery_shop", "auditor": "shopper1",
                      "script": {"id": "store_visit", "version": 2},
                      "answers": {"greet": {"value": false, "note": "nobody", "photos": ["h1"]},
                                  "tidy": {"value": true}},
                      "timeline": [{"event": "entered", "elapsedMs": 65000}]},
            "score": {"overall": 50, "passed": false, "criticalFailures": ["greet"],
                      "sections": [{"id": "welcome", "title": "Welcome", "department": "sales",
                                    "percent": 50}]},
            "items": [{"item": "greet", "section": "welcome", "prompt": "Greeted?",
                       "result": "failed", "critical": true, "earned": 0, "possible": 2},
                      {"item": "tidy", "section": "welcome", "prompt": "Tidy?", "result": "full"},
                      {"item": "secret", "section": "welcome", "prompt": "Hidden", "state": "hidden"}],
            "trust": {"trusted": false, "reasons": ["too short"]},
            "actions": []})");
        AuditDetail detail;
        detail.setData(shapes::auditDetail(stored, kSites));
        QCOMPARE(detail.uuid(), QStringLiteral("a1"));
        QCOMPARE(detail.siteLabel(), QStringLiteral("Bend"));
        QCOMPARE(detail.reviewState(), tp::ReviewState::Approved);
        QCOMPARE(detail.overallText(), QStringLiteral("50.0 %"));
        QCOMPARE(detail.criticalFailures(), 1);
        QCOMPARE(detail.trusted(), false);
        QCOMPARE(detail.data().photos, QStringList{QStringLiteral("h1")});

        AuditItemModel *items = detail.items();
        QAbstractItemModelTester tester(items,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(items->rowCount(), 2); // the hidden item is left out
        QCOMPARE(cell(*items, 0, AuditItemModel::ItemIdRole).toString(), QStringLiteral("greet"));
        QCOMPARE(cell(*items, 0, AuditItemModel::FailedRole).toBool(), true);
        QCOMPARE(cell(*items, 0, AuditItemModel::CanActRole).toBool(), true);
        QCOMPARE(cell(*items, 0, AuditItemModel::DepartmentRole).toString(),
                 QStringLiteral("sales"));
        QCOMPARE(cell(*items, 0, AuditItemModel::PointsTextRole).toString(),
                 QStringLiteral("0 / 2"));
        QCOMPARE(cell(*items, 0, AuditItemModel::AnswerTextRole).toString(), QStringLiteral("No"));
        QCOMPARE(cell(*items, 1, AuditItemModel::CanActRole).toBool(), false);
        QCOMPARE(cell(*items, 1, AuditItemModel::ResultTextRole).toString(),
                 QStringLiteral("Full marks"));

        QAbstractItemModelTester sectionTester(
            detail.sections(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(detail.sections()->rowCount(), 1);
        QCOMPARE(cell(*detail.sections(), 0, ChartRowModel::LabelRole).toString(),
                 QStringLiteral("Welcome"));
        QAbstractItemModelTester timelineTester(
            detail.timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(cell(*detail.timeline(), 0, LabelTextModel::TextRole).toString(),
                 QStringLiteral("1:05"));
        QCOMPARE(cell(*detail.trustReasons(), 0, LabelTextModel::LabelRole).toString(),
                 QStringLiteral("too short"));

        PhotoModel *photos = detail.photos();
        QAbstractItemModelTester photoTester(
            photos, QAbstractItemModelTester::FailureReportingMode::QtTest);
        photos->setRows({QUrl::fromLocalFile(QStringLiteral("/tmp/h1.jpg"))});
        QCOMPARE(cell(*photos, 0, PhotoModel::UrlRole).toUrl().toLocalFile(),
                 QStringLiteral("/tmp/h1.jpg"));

        // Closed: nothing shown.
        detail.setData({});
        QVERIFY(detail.isEmpty());
        QCOMPARE(items->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestManagerModels)

#include "tst_manager_models.moc"
