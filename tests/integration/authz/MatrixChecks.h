#pragma once

#include <QString>

namespace tp::test {

struct ApiReply;
struct MatrixWorld;

// Checks what a matrix row got beyond its status, by name: "me:USER", "auditor:USER",
// "anonymous", "photo:LABEL", "error:CODE", "state:STATE", "id:ID", "ids:N", "revoked",
// "list:KEY==a,b" (exactly these ids), "list:KEY>=a,b" (at least these), "users:all",
// "users:shoppers", "script:ID", "absent:ASSIGNMENT", "login-ok:USER", "login-refused:USER",
// and the sync views "sync:all-assignments", "sync:no-assignments", "sync:region:REGION",
// "sync:shopper:USER", "sync:store:SITE", "sync:withdrawn:ASSIGNMENT", "same-as-lists" (the
// sync's regions, sites, scripts and assignments are what the list and single-object routes show
// the same caller); for review and
// corrective actions "audits:==NAMES" / "audits:>=NAMES" (bendAudit, execAudit, brusselsAudit
// or a saved name),
// "store-audits:NAMES" (exactly these, approved, pseudonymous, nobody named), "no-secrets",
// "save:NAME" (keeps the answer's id, or an audit receipt's uuid, for {saved:NAME} in later rows),
// "actions:==NAMES" / "actions:>=NAMES" and "store-actions:NAMES" (saved names), "summary:==SITES"
// / "summary:>=SITES", "setting:VALUE". `token` is the one the row used. Returns what is wrong, or
// an empty string.
QString checkMatrixReply(const QString &check, const ApiReply &reply, MatrixWorld &world,
                         const QString &token);

} // namespace tp::test
