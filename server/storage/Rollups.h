#pragma once

#include <QString>

namespace tp::server {

class Database;

// The report roll-ups (schema version 3, storage/Migrations.cpp): per site, script, day, review
// state and mode, the sums that reports read instead of the raw answers.
//
// Adds the figures of one stored audit (its row, its audit_scores and its audit_answers) to the
// roll-ups under `state`, or takes them away when `sign` is -1. Runs inside the caller's
// transaction: intake adds a new audit under "submitted"; a review takes it away from
// "submitted" and adds it under "approved" or "rejected".
bool addAuditToRollups(Database &db, const QString &uuid, const QString &state, int sign,
                       QString *error);

// Moves an audit's figures from one review state to another (inside the caller's transaction).
bool moveAuditInRollups(Database &db, const QString &uuid, const QString &from, const QString &to,
                        QString *error);

// Empties the roll-ups and adds every stored audit again under its state. Runs inside the
// caller's transaction when there is one (the migration's), else in its own.
bool rebuildReportRollups(Database &db, QString *error, bool ownTransaction = false);

} // namespace tp::server
