#pragma once

#include "core/Audit.h"
#include "core/Score.h"
#include "core/Script.h"

#include <QJsonObject>

namespace tp {

// Canonical JSON of a script: fields at their default value are left out, so that
// loadScript(toJson(script)) gives back the same script.
QJsonObject scriptToJson(const Script &script);
QJsonObject auditToJson(const Audit &audit);
// The audit's canonical JSON (compact, keys sorted) and its SHA-256 in lowercase hex: what the
// server's receipt names, so a phone can tell that the server holds exactly what it sent.
QByteArray canonicalAuditJson(const Audit &audit);
QString auditContentSha256(const Audit &audit);
// The machine-readable score breakdown (`touchpoint-server score --json`, the server's receipt).
// Summary leaves out the per-item breakdown ("items"), which the server keeps as rows instead.
enum class ScoreDetail
{
    WithItems,
    Summary
};
QJsonObject scoreToJson(const Script &script, const ScoreResult &score,
                        ScoreDetail detail = ScoreDetail::WithItems);

// A percentage or points value in hundredths as a JSON number (87.5, not 8750).
QJsonValue centiToJson(std::optional<Centi> value);

} // namespace tp
