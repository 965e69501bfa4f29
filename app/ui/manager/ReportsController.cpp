#include "ui/manager/ReportsController.h"

#include "ui/Labels.h"
#include "ui/manager/ManagerFeed.h"
#include "ui/manager/ReportShapes.h"

#include <QDate>
#include <QLocale>

namespace tp::ui {

ReportsController::ReportsController(ManagerFeed *feed, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_regions(new RegionModel(this))
    , m_ranking(new ChartRowModel(this))
    , m_trend(new ChartRowModel(this))
    , m_departments(new ChartRowModel(this))
    , m_nps(new ChartRowModel(this))
    , m_heatmap(new HeatmapModel(this))
    , m_lineHeatmap(new HeatmapModel(this))
    , m_touchpoints(new ChartRowModel(this))
    , m_consistency(new SpreadModel(this))
    , m_phoneLines(new PhoneLineModel(this))
    , m_executives(new ExecutiveModel(this))
    , m_executiveGaps(new ChartRowModel(this))
{
    connect(m_feed, &ManagerFeed::filtersChanged, this, &ReportsController::filtersChanged);
    connect(m_feed, &ManagerFeed::regionsChanged, this, &ReportsController::updateRegions);
    connect(m_feed, &ManagerFeed::dataChanged, this, &ReportsController::updateRows);
    updateRegions();
}

QString ReportsController::region() const
{
    return m_feed->region();
}

void ReportsController::setRegion(const QString &region)
{
    m_feed->setRegion(region);
}

int ReportsController::periodDays() const
{
    return m_feed->periodDays();
}

void ReportsController::setPeriodDays(int days)
{
    m_feed->setPeriodDays(days);
}

QString ReportsController::periodText() const
{
    const QDate today = QDate::currentDate();
    return tr("%1 – %2").arg(
        QLocale().toString(today.addDays(-periodDays() + 1), QStringLiteral("d MMM yyyy")),
        QLocale().toString(today, QStringLiteral("d MMM yyyy")));
}

QString ReportsController::trendByText() const
{
    return periodDays() > 120 ? tr("by month") : tr("by week");
}

QString ReportsController::regionText() const
{
    if (m_feed->isStoreManager())
        return siteLabel();
    return region().isEmpty() ? tr("All my regions") : groupLabel(region());
}

QString ReportsController::siteLabel() const
{
    const QString site = m_feed->ownSite();
    return site.isEmpty() ? QString() : m_feed->siteLabels().value(site, site);
}

int ReportsController::storeScoreAudits() const
{
    return m_ranking->rows().isEmpty() ? -1 : m_ranking->rows().constFirst().audits;
}

QString ReportsController::storeScoreText() const
{
    return m_ranking->rows().isEmpty() ? QStringLiteral("–")
                                       : m_ranking->rows().constFirst().text + QStringLiteral(" %");
}

double ReportsController::storeScoreValue() const
{
    if (m_ranking->rows().isEmpty() || !m_ranking->rows().constFirst().hasValue)
        return -1;
    return m_ranking->rows().constFirst().value;
}

void ReportsController::updateRegions()
{
    QList<Region> regions{{QString(), tr("All my regions")}};
    for (const QString &region : m_feed->regionIds())
        regions << Region{region, groupLabel(region)};
    m_regions->setRows(regions);
}

void ReportsController::updateRows()
{
    const shapes::SiteLabels sites = m_feed->siteLabels();
    const auto object = [this](const char *name) {
        return m_feed->value(QLatin1String(name)).toObject();
    };
    m_ranking->setRows(shapes::rankingRows(object("ranking"), sites));
    m_trend->setRows(shapes::trendPoints(object("trend")));
    m_departments->setRows(shapes::departmentRows(object("departments")));
    const NpsFigures nps = shapes::npsRows(object("nps"), sites);
    m_nps->setRows(m_feed->isStoreManager() ? nps.sites : nps.sites + nps.regions);
    const HeatGrid heat = shapes::heatmapGrid(object("heatmap"), sites);
    m_heatmap->setGrid(heat);
    m_touchpoints->setRows(shapes::firstColumnBars(heat));
    m_lineHeatmap->setGrid(shapes::heatmapGrid(object("heatmapLines"), sites));
    QList<SpreadRow> spread;
    for (const SpreadRow &row : shapes::consistencyRows(object("consistency"))) {
        if (row.sites >= 2)
            spread << row;
    }
    m_consistency->setRows(spread);
    m_phoneLines->setRows(shapes::phoneRows(object("phone"), sites));
    const bool regional = m_feed->isRegionalManager();
    m_executives->setRows(regional ? shapes::executiveRows(object("executives"))
                                   : QList<ExecutiveRow>());
    m_executiveGaps->setRows(regional ? shapes::executiveGaps(object("executives"), sites)
                                      : QList<ChartRow>());
    emit dataChanged();
}

} // namespace tp::ui
