#pragma once

#include "ServerContext.h"
#include "auth/Access.h"
#include "auth/Principal.h"
#include "http/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QSqlQuery>

#include <optional>

namespace tp::server {

class Database;

// The JSON of reviewed audits and corrective actions, read from query rows, as each role may see
// it. Like JsonViews.h: each k...Columns list is what to SELECT, read from `first` on.

// What a store manager sees instead of the auditor: the audit's pseudonym, given on approval.
QString anonymousAuditor(const QVariant &pseudonym);

// null while the audit is submitted; else {outcome, reason, reviewedAt} and, except for
// shoppers, reviewedBy.
QJsonValue reviewToJson(const Principal &viewer, const QString &state, const QString &reason,
                        const QVariant &reviewedBy, const QVariant &reviewedAt);

// Aliases a (audits), s (sites), u (users, the auditor).
inline constexpr QLatin1String kAuditSummaryColumns{
    "a.uuid, a.site_id, s.region_id, s.timezone, a.script_id, a.script_version, a.mode, "
    "a.auditor, u.display_name, a.assignment_id, a.started_at, a.received_at, a.overall, "
    "a.passed, a.critical_failures, a.state, a.review_reason, a.reviewed_by, a.reviewed_at, "
    "a.pseudonym"};
inline constexpr QLatin1String kAuditSummaryFrom{
    " FROM audits a JOIN sites s ON s.id = a.site_id JOIN users u ON u.username = a.auditor"};
struct AuditSummaryRow
{
    QJsonObject json;
    AuditOwnership ownership;
    QString timezone;  // the site's
    QString startedAt; // as the phone sent it
};
// {uuid, site, region, script, mode, auditor, auditorName, assignment, startedAt, receivedAt,
// overall, passed, criticalFailures, state, review}; for store managers `auditor` is the
// pseudonym and there is no `auditorName` or `assignment`.
AuditSummaryRow auditSummaryFromRow(const QSqlQuery &query, const Principal &viewer, int first = 0);

// Alias c (corrective_actions), s (its site), o (users, the owner when a user).
inline constexpr QLatin1String kActionColumns{
    "c.id, c.audit_uuid, c.item_id, c.section_id, c.site_id, s.region_id, s.timezone, "
    "c.owner_user, o.display_name, c.owner_department, c.due, c.note, c.state, c.done_note, "
    "c.created_by, c.created_at, c.closed_by, c.closed_at"};
inline constexpr QLatin1String kActionFrom{
    " FROM corrective_actions c JOIN sites s ON s.id = c.site_id"
    " LEFT JOIN users o ON o.username = c.owner_user"};
struct ActionRow
{
    QJsonObject json;
    ActionOwnership ownership;
    bool overdue = false;
    QString outcome; // pending, kept, broken
    QString state;   // open, done
};
// {id, audit, item, section, site, region, owner: {user, displayName} | {department}, due,
// note, state, overdue, outcome, doneNote, createdBy, createdAt, closedBy, closedAt}.
ActionRow actionFromRow(const QSqlQuery &query, int first = 0);

// The action's events, oldest first: [{event, at, by, note, due?}]; nothing when they cannot be
// read.
std::optional<QJsonArray> actionHistory(Database &db, const QString &id);

// The audit's auditor, site, region and state, when `viewer` may see it (auth/Visibility.h);
// nothing when it does not exist, they may not, or the database cannot say (then `*failed`).
std::optional<AuditOwnership> visibleAuditOwnership(Database &db, const Principal &viewer,
                                                    const QString &uuid, bool *failed);

// An audit as `viewer` may read it (404 when they may not): the stored audit (anonymised for
// store managers), its score, its review, the per-item results (so that failed and low items can
// be followed up), the trust assessment of the visit or call, and (for those who may read them)
// its corrective actions.
ApiResponse auditDetailResponse(ServerContext &context, const Principal &viewer,
                                const QString &uuid, int status = 200);

} // namespace tp::server
