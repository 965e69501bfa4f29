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
// The same bytes written directly (CanonicalAudit.cpp): false, and nothing written, for an audit
// whose answer ids are not all ASCII (their order would need Qt's own comparison).
bool writeCanonicalAudit(const Audit &audit, QByteArray *json);
// The same bytes through QJsonDocument: the reference that tst_canonical_json compares with.
QByteArray canonicalAuditJsonThroughQt(const Audit &audit);
// The machine-readable score breakdown (`touchpoint-server score --json`, the server's receipt).
// Summary leaves out the per-item breakdown ("items"), which the server keeps as rows instead.
enum class ScoreDetail
{
    WithItems,
    Summary
};
QJsonObject scoreToJson(const Script &script, const ScoreResult &score,
                        ScoreDetail detail = ScoreDetail::WithItems);
// The Summary as compact JSON text, written directly (ScoreSummaryText.cpp): the same bytes as
// QJsonDocument(scoreToJson(script, score, ScoreDetail::Summary)).toJson(Compact).
QByteArray scoreSummaryJson(const Script &script, const ScoreResult &score);

// A percentage or points value in hundredths as a JSON number (87.5, not 8750).
QJsonValue centiToJson(std::optional<Centi> value);

} // namespace tp
