#pragma once

#include "ui/manager/ChartRowModel.h"
#include "ui/manager/ExecutiveModel.h"
#include "ui/manager/HeatmapModel.h"
#include "ui/manager/PhoneLineModel.h"
#include "ui/manager/RegionModel.h"
#include "ui/manager/SpreadModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

class ManagerFeed;

// The reports screen: the region (regional managers) and the period they cover, and the charts
// of what was fetched for them: sites by score (or the own store's score), the trend,
// touchpoints by site, departments, NPS, consistency across sites, calls to support lines,
// executives' own visits and calls.
class ReportsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controller owns the reports")

    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filtersChanged)
    Q_PROPERTY(int periodDays READ periodDays WRITE setPeriodDays NOTIFY filtersChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY filtersChanged)
    Q_PROPERTY(QString trendByText READ trendByText NOTIFY filtersChanged)
    Q_PROPERTY(tp::ui::RegionModel *regions READ regions CONSTANT)
    Q_PROPERTY(QString siteLabel READ siteLabel NOTIFY dataChanged)
    // A store manager's own score: the audits it is the mean of (-1 without any), the score in
    // words ("87.5 %", "–") and as a number (-1 without one).
    Q_PROPERTY(int storeScoreAudits READ storeScoreAudits NOTIFY dataChanged)
    Q_PROPERTY(QString storeScoreText READ storeScoreText NOTIFY dataChanged)
    Q_PROPERTY(double storeScoreValue READ storeScoreValue NOTIFY dataChanged)
    Q_PROPERTY(tp::ui::ChartRowModel *ranking READ ranking CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *trend READ trend CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *departments READ departments CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *nps READ nps CONSTANT)
    Q_PROPERTY(tp::ui::HeatmapModel *heatmap READ heatmap CONSTANT)
    Q_PROPERTY(tp::ui::HeatmapModel *lineHeatmap READ lineHeatmap CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *touchpoints READ touchpoints CONSTANT)
    Q_PROPERTY(tp::ui::SpreadModel *consistency READ consistency CONSTANT)
    Q_PROPERTY(tp::ui::PhoneLineModel *phoneLines READ phoneLines CONSTANT)
    Q_PROPERTY(tp::ui::ExecutiveModel *executives READ executives CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *executiveGaps READ executiveGaps CONSTANT)

public:
    explicit ReportsController(ManagerFeed *feed, QObject *parent = nullptr);

    QString region() const;
    void setRegion(const QString &region);
    int periodDays() const;
    void setPeriodDays(int days);
    QString periodText() const;
    QString trendByText() const;
    QString regionText() const; // the selection in words, for the report PDF
    RegionModel *regions() const { return m_regions; }
    QString siteLabel() const;
    int storeScoreAudits() const;
    QString storeScoreText() const;
    double storeScoreValue() const;
    ChartRowModel *ranking() const { return m_ranking; }
    ChartRowModel *trend() const { return m_trend; }
    ChartRowModel *departments() const { return m_departments; }
    // Per site, then (regional managers) per region in bold.
    ChartRowModel *nps() const { return m_nps; }
    HeatmapModel *heatmap() const { return m_heatmap; }
    HeatmapModel *lineHeatmap() const { return m_lineHeatmap; }
    // A store manager's heat map has one column: shown as bars per touchpoint.
    ChartRowModel *touchpoints() const { return m_touchpoints; }
    // Touchpoints measured at two sites or more.
    SpreadModel *consistency() const { return m_consistency; }
    PhoneLineModel *phoneLines() const { return m_phoneLines; }
    ExecutiveModel *executives() const { return m_executives; }
    ChartRowModel *executiveGaps() const { return m_executiveGaps; }

signals:
    void filtersChanged();
    void dataChanged();

private:
    void updateRegions();
    void updateRows();

    ManagerFeed *m_feed;
    RegionModel *m_regions;
    ChartRowModel *m_ranking;
    ChartRowModel *m_trend;
    ChartRowModel *m_departments;
    ChartRowModel *m_nps;
    HeatmapModel *m_heatmap;
    HeatmapModel *m_lineHeatmap;
    ChartRowModel *m_touchpoints;
    SpreadModel *m_consistency;
    PhoneLineModel *m_phoneLines;
    ExecutiveModel *m_executives;
    ChartRowModel *m_executiveGaps;
};

} // namespace tp::ui
