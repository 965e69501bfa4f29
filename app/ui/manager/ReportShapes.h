#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "ui/manager/ManagerRows.h"

namespace tp::ui::shapes {

// The server's report JSON (GET /api/v1/reports/...) turned into the rows the QML charts draw:
// values in percent (NPS in points, -100..100), labels in words. `sites` maps site ids to the
// names shown.

using SiteLabels = QHash<QString, QString>;

QString percentText(const QJsonValue &value); // "87.5" or "–"

QList<ChartRow> rankingRows(const QJsonObject &ranking, const SiteLabels &sites);
QList<ChartRow> trendPoints(const QJsonObject &trend);
QList<ChartRow> departmentRows(const QJsonObject &departments);
NpsFigures npsRows(const QJsonObject &nps, const SiteLabels &sites);
HeatGrid heatmapGrid(const QJsonObject &heatmap, const SiteLabels &sites);
// A heat map of one site (a store manager's) as bars per touchpoint.
QList<ChartRow> firstColumnBars(const HeatGrid &grid);
QList<SpreadRow> consistencyRows(const QJsonObject &consistency);
// The corrective actions of GET /actions.
QList<ActionRow> actionRows(const QJsonArray &actions, const SiteLabels &sites);
ActionRow actionRow(const QJsonObject &action, const SiteLabels &sites);
// GET /actions/summary, per site.
QList<PromiseRow> promiseRows(const QJsonArray &summary, const SiteLabels &sites);
// GET /reports/phone, per support line: answer, menus, hold, transfers, first-contact resolution.
QList<PhoneLine> phoneRows(const QJsonObject &phone, const SiteLabels &sites);
// The three waits of a line as bars: time to answer, time in menus, hold time.
QList<ChartRow> phoneBars(const PhoneLine &line);
// GET /reports/executives, per executive: their last own visit and call; late when more than
// `lateDays` days ago, or never.
QList<ExecutiveRow> executiveRows(const QJsonObject &executives, int lateDays = 30);
// GET /reports/executives, per site the executives audited: the executives' mean score minus
// the shoppers' (points), detail "97 vs 63".
QList<ChartRow> executiveGaps(const QJsonObject &executives, const SiteLabels &sites);
QList<AuditRow> auditRows(const QJsonArray &audits, const SiteLabels &sites);

// Shorter names for stores that all start alike ("Northwind Outfitters Bend" -> "Bend").
SiteLabels shortSiteLabels(const QHash<QString, QString> &names, const QStringList &storeIds);

QString dayText(const QString &isoTimestamp);   // "14 Mar 2026, 17:02" in local time
QString dateText(const QString &isoDate);       // "3 Dec"
QString reviewStateText(ReviewState state);     // "Waiting for review", "Approved", ...
ReviewState reviewStateOf(const QString &name); // an unknown name waits for review

} // namespace tp::ui::shapes
