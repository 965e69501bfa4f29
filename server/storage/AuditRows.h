#pragma once

#include "core/Audit.h"
#include "core/Score.h"
#include "core/Script.h"

namespace tp::server {

class Database;

// The rows an audit adds beside its own, for reports to read without re-scoring: the score of
// every section, touchpoint and department, and every item's answer with its state and points.
// Runs inside the caller's transaction; one statement per table.
bool storeAuditRows(Database &db, const QString &uuid, const Script &script, const Audit &audit,
                    const ScoreResult &score, QString *error);

} // namespace tp::server
