#pragma once

#include "ServerContext.h"
#include "core/Audit.h"
#include "core/Score.h"
#include "http/ApiTypes.h"

#include <memory>
#include <variant>

namespace tp {
struct Script;
}

namespace tp::server {

// An audit that passed every check and is ready to be stored: what PUT /audits/{uuid} files,
// and each audit of POST /audits/bulk.
struct AuditFiling
{
    Audit audit;
    std::shared_ptr<const Script> script;
    ScoreResult score;
    QByteArray canonical; // the canonical audit JSON, as stored
    QString sha;          // its SHA-256, the receipt's contentSha256
    QByteArray scoreJson;
    QString receivedAt;
};

// Checks a decoded audit filed by `user`: the format, its script version and site, the answers,
// completeness and the filing rules. Gives either the answer (an error, or the receipt of this
// very audit stored before) or the filing to store.
std::variant<ApiResponse, AuditFiling> prepareFiling(ServerContext &context, const Principal &user,
                                                     AuditDecodeResult decoded);

// Stores the filings, each on its own (one failing leaves the others stored), on SQLite in as
// few commits as the writer's queue allows; gives each its answer, in order: 201 with the
// receipt, or for an audit stored meanwhile what PUT answers for a repeat.
QList<ApiResponse> storeFilings(ServerContext &context, const Principal &user,
                                const QList<AuditFiling> &filings);

} // namespace tp::server
