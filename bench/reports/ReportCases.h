#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tp::bench {

// One report as the benchmark runs it: its route under /api/v1/reports/, and the
// same figures computed from the raw rows intake stores (audits, audit_scores, audit_answers;
// no roll-up), as SQL statements that bind (region, from, to-exclusive) in that order, once per
// "?" triple. Adding a report is one entry in reportCases().
struct ReportCase
{
    QString name;
    QString query; // extra query parameters, e.g. "by=week"
    QStringList rawSql;
};

const QList<ReportCase> &reportCases();

} // namespace tp::bench
