#pragma once

#include <QString>

namespace tp::server {

class Database;

// The report roll-ups (schema versions 3 and 4, storage/Migrations.cpp): per site, script, day,
// review state and mode, the sums that reports read instead of the raw answers; for calls
// (phone scripts) also the measured moments and first-contact resolution (storage/CallFigures.h),
// and for self-audits the same per auditor (the executives report).
//
// Submitted (not yet reviewed) audits are in the roll-ups only while the organisation counts
// them (reportAudits = not_rejected): by default reports count approved audits only, and intake
// then writes no roll-up at all, which keeps the busiest path (many phones filing at once, often
// for the same site and day) free of contended roll-up rows.
bool rollupsHoldSubmitted(Database &db);

// Adds the figures of one stored audit (its row, its audit_scores and its audit_answers) to the
// roll-ups under `state`, or takes them away when `sign` is -1. Runs inside the caller's
// transaction: intake adds a new audit under "submitted" when they are held; a review moves it
// from "submitted" (or adds it, when they are not held) to "approved" or "rejected".
bool addAuditToRollups(Database &db, const QString &uuid, const QString &state, int sign,
                       QString *error);

// Moves an audit's figures from one review state to another (inside the caller's transaction).
bool moveAuditInRollups(Database &db, const QString &uuid, const QString &from, const QString &to,
                        QString *error);

// Empties the roll-ups and adds every stored audit again under its state (submitted ones only
// when held). Runs inside the caller's transaction when there is one (the migration's, or a
// change of the reportAudits setting), else in its own.
bool rebuildReportRollups(Database &db, QString *error, bool ownTransaction = false);

} // namespace tp::server
