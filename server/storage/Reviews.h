#pragma once

#include "storage/Database.h"
#include "storage/Directory.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tp::server {

// Writes of the review of audits and of corrective actions, in the manner of Directory: each
// checks what it is given, reports every problem as an Issue, changes its rows in one
// transaction that bumps the change counter, and answers with a Directory::Result.
//
// Who may do what is the API's business (auth/Access.h); these only keep the records right.
class Reviews
{
public:
    explicit Reviews(Database &db)
        : m_db(db)
    {
    }

    using Result = Directory::Result;
    using Outcome = Directory::Outcome;

    enum class Decision
    {
        Approve,
        Reject
    };

    // submitted -> approved | rejected, with the reviewer's reason (required to reject; the
    // shopper sees it). The assignment the audit was filed for moves to the same state and
    // carries the reason, stamped with the change so the shopper's next sync brings it. An
    // approved audit gets the pseudonym store managers see ("Shopper A", "Shopper B", ... in
    // approval order per site). Updated; Conflict (reviewed already: `message` says how);
    // Invalid (no such audit).
    Result review(const QString &uuid, Decision decision, const QString &reason,
                  const QString &reviewer);

    // Creates a corrective action from {audit, item, owner: {user} | {department}, due, note}:
    // the audit must be approved, the item one of its script's items that lost points ("failed":
    // scored and earned nothing; "low": scored and earned less than its maximum); the owner an
    // active user who can see the site (not a shopper), or a department of the audit's script;
    // `due` a date (YYYY-MM-DD) from today up to 366 days ahead, in the site's time zone.
    // Created (`id` is the new action's); Conflict when an open action exists for the item
    // (`id` is that action's); Invalid with every problem.
    Result createAction(const QJsonObject &action, const QString &createdBy);
    // open -> done, with a note. Updated; Conflict (not open); Invalid (no such action).
    Result closeAction(const QString &id, const QString &note, const QString &by);
    // done -> open, with a note and optionally a new due date. Updated; Conflict: not done
    // (`id` is this action's), or another action of the same item is open (`id` is that one's);
    // Invalid (no such action, or the due date is wrong).
    Result reopenAction(const QString &id, const QString &note, const std::optional<QString> &due,
                        const QString &by);

    // Which audits reports count, by review state: "approved" (the default: only approved
    // audits) or "not_rejected" (submitted and approved ones, so reports need not wait for
    // reviews). Reports filter with reportedAuditStates().
    std::optional<QString> reportAudits();
    Result setReportAudits(const QString &value);
    // The audit states that reports count under the current setting; nothing when it cannot be
    // read.
    std::optional<QStringList> reportedAuditStates();

private:
    Database &m_db;
};

// The settings' allowed values of "reportAudits".
const QStringList &reportAuditsValues();

// "Shopper A" for 0, ... "Shopper Z", "Shopper AA", ...
QString shopperPseudonym(qint64 index);

// Calendar dates of corrective actions are the site's: "today" and the day an action was closed
// are taken in the site's time zone (UTC when it is not a known zone).
QDate todayAt(const QString &timezone);
QDate dateAt(const QString &isoTime, const QString &timezone);
// A calendar date as the API takes it (due dates, list filters): exactly YYYY-MM-DD.
std::optional<QDate> parseCalendarDate(const QString &text);

// Where an action stands: "pending" (open, not past due), "kept" (done on or before its due
// date), "broken" (done after it, or still open after it). Overdue: open and past due.
struct ActionStanding
{
    bool overdue = false;
    QString outcome;
};
ActionStanding actionStanding(const QString &state, const QString &due, const QString &closedAt,
                              const QString &timezone);

} // namespace tp::server
