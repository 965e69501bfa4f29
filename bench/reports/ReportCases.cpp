#include "ReportCases.h"

namespace tp::bench {

namespace {

// Approved audits of one region that started in [from, to): the raw rows' scope. started_at is
// an ISO text in UTC, so a day range is a text range.
const QString kScope =
    QStringLiteral(" FROM audits a JOIN sites s ON s.id = a.site_id WHERE a.state = 'approved'"
                   " AND s.region_id = ? AND a.started_at >= ? AND a.started_at < ?");

QString scoped(const char *select, const char *join, const char *tail)
{
    QString scope = kScope;
    scope.replace(QLatin1String(" WHERE"), QLatin1String(join) + QLatin1String(" WHERE"));
    return QLatin1String(select) + scope + QLatin1String(tail);
}

} // namespace

const QList<ReportCase> &reportCases()
{
    static const QList<ReportCase> cases{
        {QStringLiteral("ranking"),
         {},
         {scoped("SELECT a.site_id, MIN(s.name), MIN(s.region_id), COUNT(*), COUNT(a.overall),"
                 " SUM(a.overall), SUM(a.overall * a.overall), SUM(a.passed)",
                 "", " GROUP BY a.site_id")}},
        {QStringLiteral("trend"),
         QStringLiteral("by=week"),
         {scoped("SELECT substr(a.started_at, 1, 10), COUNT(*), COUNT(a.overall),"
                 " SUM(a.overall), SUM(a.passed)",
                 "", " GROUP BY substr(a.started_at, 1, 10)")}},
        {QStringLiteral("heatmap"),
         {},
         {scoped("SELECT a.site_id, sc.name, COUNT(*), SUM(sc.percent)",
                 " JOIN audit_scores sc ON sc.audit_uuid = a.uuid AND sc.kind = 'touchpoint'"
                 " AND sc.percent IS NOT NULL",
                 " GROUP BY a.site_id, sc.name")}},
        {QStringLiteral("departments"),
         {},
         {scoped("SELECT sc.name, COUNT(*), SUM(sc.percent), SUM(sc.percent * sc.percent)",
                 " JOIN audit_scores sc ON sc.audit_uuid = a.uuid AND sc.kind = 'department'"
                 " AND sc.percent IS NOT NULL",
                 " GROUP BY sc.name")}},
        {QStringLiteral("nps"),
         {},
         {scoped("SELECT a.site_id, MIN(s.name), COUNT(ans.audit_uuid),"
                 " SUM(CASE WHEN ans.value IN ('9', '10') THEN 1 ELSE 0 END),"
                 " SUM(CASE WHEN ans.value IN ('0', '1', '2', '3', '4', '5', '6') THEN 1 ELSE 0"
                 " END), COUNT(*)",
                 " LEFT JOIN audit_answers ans ON ans.audit_uuid = a.uuid AND ans.item_id = 'nps'"
                 " AND ans.state = 'scored'",
                 " GROUP BY a.site_id")}},
        {QStringLiteral("consistency"),
         {},
         {scoped("SELECT sc.name, a.site_id, COUNT(*), SUM(sc.percent)",
                 " JOIN audit_scores sc ON sc.audit_uuid = a.uuid AND sc.kind = 'touchpoint'"
                 " AND sc.percent IS NOT NULL",
                 " GROUP BY sc.name, a.site_id"),
          scoped("SELECT a.script_id, ans.item_id, MIN(ans.section_id), a.site_id, COUNT(*),"
                 " SUM(ans.earned), SUM(ans.possible)",
                 " JOIN audit_answers ans ON ans.audit_uuid = a.uuid AND ans.state = 'scored'"
                 " AND ans.possible > 0",
                 " GROUP BY a.script_id, ans.item_id, a.site_id")}},
        // Calls: time to answer, in menus, on hold, transfers, and first-contact resolution.
        {QStringLiteral("phone"),
         {},
         {scoped("SELECT a.site_id, ans.item_id, COUNT(*), SUM(CASE WHEN ans.item_id <>"
                 " 'call_outcome' THEN CAST(ans.value AS DOUBLE PRECISION) ELSE 0 END),"
                 " SUM(CASE WHEN ans.value = '\"resolved\"' THEN 1 ELSE 0 END)",
                 " JOIN audit_answers ans ON ans.audit_uuid = a.uuid AND ans.item_id IN"
                 " ('time_to_answer', 'time_in_menus', 'total_hold', 'transfer_count',"
                 " 'call_outcome') AND ans.state = 'scored'",
                 " GROUP BY a.site_id, ans.item_id")}},
        // Executives: last own visit and call, and their scores against the shoppers' per site.
        {QStringLiteral("executives"),
         {},
         {scoped("SELECT a.auditor, sc.channel, MAX(a.started_at)",
                 " JOIN scripts sc ON sc.id = a.script_id AND sc.version = a.script_version",
                 " AND a.mode = 'self_audit' GROUP BY a.auditor, sc.channel"),
          scoped("SELECT a.site_id, a.mode, COUNT(a.overall), SUM(a.overall)", "",
                 " GROUP BY a.site_id, a.mode")}},
    };
    return cases;
}

} // namespace tp::bench
