#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace tp::ui::shapes {

// The server's report JSON (GET /api/v1/reports/...) turned into what the QML charts draw:
// rows of {label, value, text, ...}, values in percent (NPS in points, -100..100), labels in
// words. `sites` maps site ids to the names shown. A missing figure (null) has value 0 and
// `hasValue` false, so a chart can draw it as "no data" rather than as a zero.

using SiteLabels = QHash<QString, QString>;

QString percentText(const QJsonValue &value); // "87.5" or "–"

QVariantList rankingRows(const QJsonObject &ranking, const SiteLabels &sites);
QVariantList trendPoints(const QJsonObject &trend);
QVariantList departmentRows(const QJsonObject &departments);
// {"sites": rows, "regions": rows, "overall": row}; row: {label, value, text, promoters,
// passives, detractors, answers, hasValue}
QVariantMap npsRows(const QJsonObject &nps, const SiteLabels &sites);
// {"columns": [site label], "rows": [{label, cells: [{value, text, hasValue, audits}]}]}
QVariantMap heatmapGrid(const QJsonObject &heatmap, const SiteLabels &sites);
// Touchpoints: [{label, min, max, mean, sd, sites, text}]
QVariantList consistencyRows(const QJsonObject &consistency);
// The corrective actions of GET /actions as rows for a list.
QVariantList actionRows(const QJsonArray &actions, const SiteLabels &sites);
QVariantMap actionRow(const QJsonObject &action, const SiteLabels &sites);
// GET /actions/summary: [{site, label, kept, broken, late, overdue, open, keptPercent,
// keptText}]
QVariantList promiseRows(const QJsonArray &summary, const SiteLabels &sites);
// GET /reports/phone, per support line: [{site, label, calls, answer, menus, hold (seconds,
// -1 when no call measured it), answerText, menusText, holdText ("12 s", "–"), transfers,
// transfersText, resolvedPercent (-1 when none), resolvedText ("63 %", "–")}]
QVariantList phoneRows(const QJsonObject &phone, const SiteLabels &sites);
// GET /reports/executives, per executive: [{user, label, selfAudits, visitDays, callDays
// (-1 for never), visitText, callText ("12 days ago", "today", "never"), visitLate, callLate
// (more than `lateDays` days ago, or never)}]
QVariantList executiveRows(const QJsonObject &executives, int lateDays = 30);
// GET /reports/executives, per site the executives audited: the executives' mean score minus
// the shoppers' (points), as rows for a chart around zero: [{site, label, value, hasValue, text
// ("34.2", "-5.0"), detail ("97 vs 63"), selfScore, shopperScore}]
QVariantList executiveGaps(const QJsonObject &executives, const SiteLabels &sites);
// GET /audits: [{uuid, site, siteLabel, startedText, auditorText, overall, overallText,
// passed, state, stateText, modeText, criticalFailures}]
QVariantList auditRows(const QJsonArray &audits, const SiteLabels &sites);

// Shorter names for stores that all start alike ("Northwind Outfitters Bend" -> "Bend").
SiteLabels shortSiteLabels(const QHash<QString, QString> &names, const QStringList &storeIds);

QString dayText(const QString &isoTimestamp);  // "14 Mar 2026, 17:02" in local time
QString dateText(const QString &isoDate);      // "3 Dec"
QString reviewStateText(const QString &state); // "Waiting for review", "Approved", ...

} // namespace tp::ui::shapes
