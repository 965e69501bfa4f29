// PDF exports: one audit, and a region report with charts drawn with QPainter.
//
// Both need a QGuiApplication (QPdfWriter and fonts); on a machine without a display, set
// QT_QPA_PLATFORM=offscreen before constructing it. Inputs are the JSON shapes the API
// returns. On failure the functions return false, write no file (nothing half-written) and
// set *error (if given) to a message a person can read.
#pragma once

#include <QJsonObject>
#include <QString>

namespace tp::exporting {

// A single audit as GET /api/v1/audits/{uuid} returns it: site, script, date, score per
// touchpoint and department, answers with notes, check-in and trust, timeline.
bool writeAuditPdf(const QJsonObject &audit, const QString &fileName, QString *error);

// A region report for a period:
// {"region": ..., "from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "generatedAt": ISO 8601,
//  "ranking": {...}, "trend": {...}, "departments": {...}, "nps": {...}, "heatmap": {...},
//  "consistency": {...}, "phone": {...}, "executives": {...}}
// — each value the response of GET /api/v1/reports/<name> for that region and period. Missing
// reports are left out of the document. Charts: ranking bars, trend line, department bars,
// heat map, NPS.
bool writeRegionReportPdf(const QJsonObject &reports, const QString &fileName, QString *error);

} // namespace tp::exporting
