#include "MatrixRows.h"

namespace tp::test {

namespace {

// Demo sites by region.
#define AMERICAS_SITES "store-bend,store-portland,store-seattle,support-americas"
#define INTERNATIONAL_SITES                                                                        \
    "store-north-lakes,store-brussels-centre,store-eindhoven,support-international"

// clang-format off
const QList<MatrixRow> kRows = {
    // ---- POST /login (public)
    {"POST /login", "POST", "/login", "none", "login:shopper1", "200", ""},
    {"POST /login", "POST", "/login", "none", "login-wrong:shopper1", "401", "error:wrong_credentials"},

    // ---- GET /me
    {"GET /me", "GET", "/me", "admin", "", "200", "me:admin"},
    {"GET /me", "GET", "/me", "manager1", "", "200", "me:manager1"},
    {"GET /me", "GET", "/me", "manager2", "", "200", "me:manager2"},
    {"GET /me", "GET", "/me", "exec1", "", "200", "me:exec1"},
    {"GET /me", "GET", "/me", "shopper1", "", "200", "me:shopper1"},
    {"GET /me", "GET", "/me", "shopper2", "", "200", "me:shopper2"},
    {"GET /me", "GET", "/me", "store1", "", "200", "me:store1"},
    {"GET /me", "GET", "/me", "none", "", "401", ""},

    // ---- POST /logout (each on a token of its own, so the others stay valid)
    {"POST /logout", "POST", "/logout", "admin!", "", "204", "revoked"},
    {"POST /logout", "POST", "/logout", "manager1!", "", "204", "revoked"},
    {"POST /logout", "POST", "/logout", "manager2!", "", "204", "revoked"},
    {"POST /logout", "POST", "/logout", "exec1!", "", "204", "revoked"},
    {"POST /logout", "POST", "/logout", "shopper1!", "", "204", "revoked"},
    {"POST /logout", "POST", "/logout", "shopper2!", "", "204", "revoked"},
    {"POST /logout", "POST", "/logout", "store1!", "", "204", "revoked"},
    {"POST /logout", "POST", "/logout", "none", "", "401", ""},

    // ---- GET /audits/{uuid}: shopper1's approved mystery shop of store-bend (americas)
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "admin", "", "200", "auditor:shopper1"},
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "manager1", "", "200", "auditor:shopper1"},
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "manager2", "", "404", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "exec1", "", "200", "auditor:shopper1"},
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "shopper1", "", "200", "auditor:shopper1"},
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "shopper2", "", "404", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "store1", "", "200", "anonymous"},
    {"GET /audits/{uuid}", "GET", "/audits/{bendAudit}", "none", "", "401", ""},
    // exec1's self-audit of store-bend, submitted (not reviewed)
    {"GET /audits/{uuid}", "GET", "/audits/{execAudit}", "admin", "", "200", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{execAudit}", "manager1", "", "200", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{execAudit}", "manager2", "", "404", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{execAudit}", "exec1", "", "200", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{execAudit}", "shopper1", "", "404", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{execAudit}", "store1", "", "404", ""},
    // shopper2's approved mystery shop of store-brussels-centre (international)
    {"GET /audits/{uuid}", "GET", "/audits/{brusselsAudit}", "admin", "", "200", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{brusselsAudit}", "manager1", "", "404", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{brusselsAudit}", "manager2", "", "200", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{brusselsAudit}", "exec1", "", "200", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{brusselsAudit}", "shopper1", "", "404", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{brusselsAudit}", "shopper2", "", "200", "auditor:shopper2"},
    {"GET /audits/{uuid}", "GET", "/audits/{brusselsAudit}", "store1", "", "404", ""},
    {"GET /audits/{uuid}", "GET", "/audits/{randomUuid}", "admin", "", "404", ""},

    // ---- GET /audits: bendAudit and brusselsAudit approved, execAudit submitted (no other yet)
    {"GET /audits", "GET", "/audits", "admin", "", "200", "audits:==bendAudit,execAudit,brusselsAudit"},
    {"GET /audits", "GET", "/audits", "manager1", "", "200", "audits:==bendAudit,execAudit"},
    {"GET /audits", "GET", "/audits", "manager2", "", "200", "audits:==brusselsAudit"},
    {"GET /audits", "GET", "/audits", "exec1", "", "200", "audits:==bendAudit,execAudit,brusselsAudit"},
    {"GET /audits", "GET", "/audits", "shopper1", "", "200", "audits:==bendAudit"},
    {"GET /audits", "GET", "/audits", "shopper2", "", "200", "audits:==brusselsAudit"},
    {"GET /audits", "GET", "/audits", "store1", "", "200", "store-audits:bendAudit"},
    {"GET /audits", "GET", "/audits", "none", "", "401", ""},
    {"GET /audits", "GET", "/audits?state=submitted", "manager1", "", "200", "audits:==execAudit"},
    {"GET /audits", "GET", "/audits?state=submitted", "store1", "", "200", "store-audits:"},
    {"GET /audits", "GET", "/audits?site=store-brussels-centre", "manager1", "", "200", "audits:=="},
    {"GET /audits", "GET", "/audits?region=international", "exec1", "", "200", "audits:==brusselsAudit"},
    {"GET /audits", "GET", "/audits?state=pending", "manager1", "", "400", "error:invalid_filter"},
    {"GET /audits", "GET", "/audits?shopper=shopper1", "store1", "", "400", "error:unknown_parameter"},

    // ---- POST /audits/{uuid}/review: exec1's submitted self-audit of store-bend (americas)
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "exec1", "review:approve", "403", ""},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "shopper1", "review:approve", "403", ""},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "shopper2", "review:approve", "403", ""},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "store1", "review:approve", "403", ""},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "none", "review:approve", "401", ""},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "manager2", "review:approve", "404", ""},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "manager1", "review:reject-bare", "422", "error:invalid_body"},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "admin", "review:maybe", "422", "error:invalid_body"},
    {"POST /audits/{uuid}/review", "POST", "/audits/{randomUuid}/review", "admin", "review:approve", "404", ""},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "manager1", "review:approve", "200", "state:approved"},
    {"POST /audits/{uuid}/review", "POST", "/audits/{execAudit}/review", "manager1", "review:reject", "409", "error:wrong_state"},
    {"POST /audits/{uuid}/review", "POST", "/audits/{bendAudit}/review", "admin", "review:reject", "409", "error:wrong_state"},
    {"POST /audits/{uuid}/review", "POST", "/audits/{brusselsAudit}/review", "manager1", "review:approve", "404", ""},
    // approved now, so its store manager sees it, anonymised
    {"GET /audits/{uuid}", "GET", "/audits/{execAudit}", "store1", "", "200", "anonymous"},
    {"GET /audits", "GET", "/audits", "store1", "", "200", "store-audits:bendAudit,execAudit"},

    // ---- POST /actions: from the low items (window_display, needs_questions) of approved audits
    {"POST /actions", "POST", "/actions", "exec1", "action:bend:window_display:user:store1", "403", ""},
    {"POST /actions", "POST", "/actions", "shopper1", "action:bend:window_display:user:store1", "403", ""},
    {"POST /actions", "POST", "/actions", "store1", "action:bend:window_display:user:store1", "403", ""},
    {"POST /actions", "POST", "/actions", "none", "action:bend:window_display:user:store1", "401", ""},
    {"POST /actions", "POST", "/actions", "manager2", "action:bend:window_display:user:store1", "422", "error:invalid_body"},
    {"POST /actions", "POST", "/actions", "manager1", "action:bend:window_display:user:store1", "201", "save:bend-store1"},
    {"POST /actions", "POST", "/actions", "manager1", "action:bend:window_display:user:store1", "409", "error:duplicate_action"},
    {"POST /actions", "POST", "/actions", "manager1", "action:bend:hours_posted:user:store1", "422", "error:invalid_body"},
    {"POST /actions", "POST", "/actions", "manager1", "action:bend:needs_questions:user:shopper1", "422", "error:invalid_body"},
    {"POST /actions", "POST", "/actions", "manager1", "action:brussels:window_display:user:manager1", "422", "error:invalid_body"},
    {"POST /actions", "POST", "/actions", "admin", "action:bend:needs_questions:department:sales", "201", "save:bend-sales"},
    {"POST /actions", "POST", "/actions", "manager2", "action:brussels:window_display:user:exec1", "201", "save:brussels-exec1"},

    // ---- GET /actions
    {"GET /actions", "GET", "/actions", "admin", "", "200", "actions:==bend-store1,bend-sales,brussels-exec1"},
    {"GET /actions", "GET", "/actions", "manager1", "", "200", "actions:==bend-store1,bend-sales"},
    {"GET /actions", "GET", "/actions", "manager2", "", "200", "actions:==brussels-exec1"},
    {"GET /actions", "GET", "/actions", "exec1", "", "200", "actions:==bend-store1,bend-sales,brussels-exec1"},
    {"GET /actions", "GET", "/actions", "store1", "", "200", "store-actions:bend-store1,bend-sales"},
    {"GET /actions", "GET", "/actions", "shopper1", "", "403", ""},
    {"GET /actions", "GET", "/actions", "shopper2", "", "403", ""},
    {"GET /actions", "GET", "/actions", "none", "", "401", ""},
    {"GET /actions", "GET", "/actions?state=overdue", "admin", "", "200", "actions:=="},
    {"GET /actions", "GET", "/actions?site=store-brussels-centre", "manager1", "", "200", "actions:=="},
    {"GET /actions", "GET", "/actions?state=late", "admin", "", "400", "error:invalid_filter"},

    // ---- GET /actions/{id}
    {"GET /actions/{id}", "GET", "/actions/{saved:bend-store1}", "admin", "", "200", "state:open"},
    {"GET /actions/{id}", "GET", "/actions/{saved:bend-store1}", "manager1", "", "200", "state:open"},
    {"GET /actions/{id}", "GET", "/actions/{saved:bend-store1}", "manager2", "", "404", ""},
    {"GET /actions/{id}", "GET", "/actions/{saved:bend-store1}", "exec1", "", "200", "state:open"},
    {"GET /actions/{id}", "GET", "/actions/{saved:bend-store1}", "store1", "", "200", "no-secrets"},
    {"GET /actions/{id}", "GET", "/actions/{saved:bend-store1}", "shopper1", "", "403", ""},
    {"GET /actions/{id}", "GET", "/actions/{saved:bend-store1}", "none", "", "401", ""},
    {"GET /actions/{id}", "GET", "/actions/{saved:brussels-exec1}", "store1", "", "404", ""},
    {"GET /actions/{id}", "GET", "/actions/{saved:brussels-exec1}", "manager1", "", "404", ""},
    {"GET /actions/{id}", "GET", "/actions/ca-no-such-action", "admin", "", "404", ""},

    // ---- GET /actions/summary
    {"GET /actions/summary", "GET", "/actions/summary", "admin", "", "200", "summary:>=" AMERICAS_SITES "," INTERNATIONAL_SITES},
    {"GET /actions/summary", "GET", "/actions/summary", "manager1", "", "200", "summary:==" AMERICAS_SITES},
    {"GET /actions/summary", "GET", "/actions/summary", "manager2", "", "200", "summary:==" INTERNATIONAL_SITES},
    {"GET /actions/summary", "GET", "/actions/summary", "exec1", "", "200", "summary:>=" AMERICAS_SITES "," INTERNATIONAL_SITES},
    {"GET /actions/summary", "GET", "/actions/summary", "store1", "", "200", "summary:==store-bend"},
    {"GET /actions/summary", "GET", "/actions/summary", "shopper1", "", "403", ""},
    {"GET /actions/summary", "GET", "/actions/summary", "none", "", "401", ""},
    {"GET /actions/summary", "GET", "/actions/summary?site=store-bend", "manager2", "", "200", "summary:=="},
    {"GET /actions/summary", "GET", "/actions/summary?state=open", "admin", "", "400", "error:unknown_parameter"},

    // ---- POST /actions/{id}/done (owner, the site's store manager, the region's managers, admin)
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-store1}/done", "shopper1", "note", "403", ""},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-store1}/done", "none", "note", "401", ""},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-store1}/done", "manager2", "note", "404", ""},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-store1}/done", "exec1", "note", "403", ""},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-store1}/done", "store1", "note-missing", "422", "error:invalid_body"},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-store1}/done", "store1", "note", "200", "state:done"},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-store1}/done", "store1", "note", "409", "error:wrong_state"},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:brussels-exec1}/done", "store1", "note", "404", ""},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:brussels-exec1}/done", "exec1", "note", "200", "state:done"},
    {"POST /actions/{id}/done", "POST", "/actions/{saved:bend-sales}/done", "manager1", "note", "200", "state:done"},
    {"POST /actions/{id}/done", "POST", "/actions/ca-no-such-action/done", "admin", "note", "404", ""},

    // ---- POST /actions/{id}/reopen (admin; the region's managers)
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "store1", "note", "403", ""},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "exec1", "note", "403", ""},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "shopper1", "note", "403", ""},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "none", "note", "401", ""},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "manager2", "note", "404", ""},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "manager1", "note-missing", "422", "error:invalid_body"},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "manager1", "note", "200", "state:open"},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-store1}/reopen", "manager1", "note", "409", "error:wrong_state"},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:bend-sales}/reopen", "admin", "note", "200", "state:open"},
    {"POST /actions/{id}/reopen", "POST", "/actions/{saved:brussels-exec1}/reopen", "manager1", "note", "404", ""},

    // ---- PUT /audits/{uuid}
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "admin", "self:admin", "201", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "manager1", "self:manager1", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "manager2", "self:manager2", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "exec1", "self:exec1", "201", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "exec1", "retry:exec", "200", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "exec1", "shop:exec1:demo-north-lakes-visit:store-north-lakes", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "shopper1", "self:shopper1", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "shopper2", "shop:shopper2:demo-north-lakes-visit:store-north-lakes", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "shopper2", "steal:bend:shopper2", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "store1", "self:store1", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "none", "self:exec1", "401", ""},

    // ---- POST /assignments/{id}/accept (then shopper1 files the accepted assignment)
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "admin", "", "403", ""},
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "manager2", "", "403", ""},
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "exec1", "", "403", ""},
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "store1", "", "403", ""},
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "shopper2", "", "404", ""},
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "none", "", "401", ""},
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "shopper1", "", "200", "state:accepted"},
    {"POST /assignments/{id}/accept", "POST", "/assignments/demo-north-lakes-visit/accept", "shopper1", "", "409", ""},
    {"POST /assignments/{id}/accept", "POST", "/assignments/no-such-assignment/accept", "shopper1", "", "404", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "shopper2", "shop:shopper2:demo-north-lakes-visit:store-north-lakes", "403", ""},
    {"PUT /audits/{uuid}", "PUT", "/audits/{bodyUuid}", "shopper1", "shop:shopper1:demo-north-lakes-visit:store-north-lakes", "201", ""},

    // ---- PUT /photos/{sha256}
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "admin", "photo:admin", "201", ""},
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "manager1", "photo:manager1", "403", ""},
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "manager2", "photo:manager2", "403", ""},
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "exec1", "photo:exec1", "201", ""},
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "shopper1", "photo:shopper1", "201", ""},
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "shopper1", "photo:shopper1", "200", ""},
    {"PUT /photos/{sha256}", "PUT", "/photos/{photo1}", "shopper2", "photo:not-one", "422", "error:hash_mismatch"},
    {"PUT /photos/{sha256}", "PUT", "/photos/ABC", "shopper2", "photo:shopper2", "400", "error:invalid_hash"},
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "store1", "photo:store1", "403", ""},
    {"PUT /photos/{sha256}", "PUT", "/photos/{bodySha}", "none", "photo:none", "401", ""},

    // ---- GET /photos/{sha256}: photo1 is in shopper1's approved store-bend audit
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "admin", "", "200", "photo:one"},
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "manager1", "", "200", "photo:one"},
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "manager2", "", "404", ""},
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "exec1", "", "200", "photo:one"},
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "shopper1", "", "200", "photo:one"},
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "shopper2", "", "404", ""},
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "store1", "", "200", "photo:one"},
    {"GET /photos/{sha256}", "GET", "/photos/{photo1}", "none", "", "401", ""},
    // photo2 was uploaded by shopper2 and is in no audit
    {"GET /photos/{sha256}", "GET", "/photos/{photo2}", "shopper2", "", "200", "photo:two"},
    {"GET /photos/{sha256}", "GET", "/photos/{photo2}", "shopper1", "", "404", ""},
    {"GET /photos/{sha256}", "GET", "/photos/{photo2}", "manager2", "", "404", ""},
    {"GET /photos/{sha256}", "GET", "/photos/{photo2}", "store1", "", "404", ""},
    {"GET /photos/{sha256}", "GET", "/photos/{photo2}", "admin", "", "404", ""},

    // ---- GET /sync
    {"GET /sync", "GET", "/sync", "admin", "", "200", "sync:all-assignments"},
    {"GET /sync", "GET", "/sync", "manager1", "", "200", "sync:region:americas"},
    {"GET /sync", "GET", "/sync", "manager2", "", "200", "sync:region:international"},
    {"GET /sync", "GET", "/sync", "exec1", "", "200", "sync:no-assignments"},
    {"GET /sync", "GET", "/sync", "shopper1", "", "200", "sync:shopper:shopper1"},
    {"GET /sync", "GET", "/sync", "shopper2", "", "200", "sync:shopper:shopper2"},
    {"GET /sync", "GET", "/sync", "store1", "", "200", "sync:store:store-bend"},
    {"GET /sync", "GET", "/sync", "none", "", "401", ""},
    {"GET /sync", "GET", "/sync?cursor=abc", "shopper1", "", "400", "error:invalid_cursor"},
    {"GET /sync", "GET", "/sync?cursor=-1", "shopper1", "", "400", "error:invalid_cursor"},
    {"GET /sync", "GET", "/sync?cursor=0", "store1", "", "200", "sync:store:store-bend"},

    // ---- GET /scripts
    {"GET /scripts", "GET", "/scripts", "admin", "", "200", "list:scripts>=store-visit,support-call"},
    {"GET /scripts", "GET", "/scripts", "manager1", "", "200", "list:scripts>=store-visit,support-call"},
    {"GET /scripts", "GET", "/scripts", "manager2", "", "200", "list:scripts>=store-visit,support-call"},
    {"GET /scripts", "GET", "/scripts", "exec1", "", "200", "list:scripts>=store-visit,support-call"},
    {"GET /scripts", "GET", "/scripts", "shopper1", "", "403", ""},
    {"GET /scripts", "GET", "/scripts", "shopper2", "", "403", ""},
    {"GET /scripts", "GET", "/scripts", "store1", "", "403", ""},
    {"GET /scripts", "GET", "/scripts", "none", "", "401", ""},

    // ---- GET /scripts/{id}/{version}: support-call is used only by shopper1's demo-us-care-call
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "admin", "", "200", "script:support-call"},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "manager1", "", "200", "script:support-call"},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "manager2", "", "200", "script:support-call"},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "exec1", "", "200", "script:support-call"},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "shopper1", "", "200", "script:support-call"},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "shopper2", "", "404", ""},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "store1", "", "403|404", ""},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/support-call/1", "none", "", "401", ""},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/store-visit/1", "shopper2", "", "200", "script:store-visit"},
    {"GET /scripts/{id}/{version}", "GET", "/scripts/store-visit/99", "admin", "", "404", ""},

    // ---- POST /scripts (admin)
    {"POST /scripts", "POST", "/scripts", "manager1", "script:matrix-script", "403", ""},
    {"POST /scripts", "POST", "/scripts", "manager2", "script:matrix-script", "403", ""},
    {"POST /scripts", "POST", "/scripts", "exec1", "script:matrix-script", "403", ""},
    {"POST /scripts", "POST", "/scripts", "shopper1", "script:matrix-script", "403", ""},
    {"POST /scripts", "POST", "/scripts", "store1", "script:matrix-script", "403", ""},
    {"POST /scripts", "POST", "/scripts", "none", "script:matrix-script", "401", ""},
    {"POST /scripts", "POST", "/scripts", "admin", "script:matrix-script", "201", ""},
    {"POST /scripts", "POST", "/scripts", "admin", "script:matrix-script", "200", ""},
    {"POST /scripts", "POST", "/scripts", "admin", "script-changed:matrix-script", "409", ""},

    // ---- GET /regions
    {"GET /regions", "GET", "/regions", "admin", "", "200", "list:regions==americas,international"},
    {"GET /regions", "GET", "/regions", "manager1", "", "200", "list:regions==americas"},
    {"GET /regions", "GET", "/regions", "manager2", "", "200", "list:regions==international"},
    {"GET /regions", "GET", "/regions", "exec1", "", "200", "list:regions==americas,international"},
    {"GET /regions", "GET", "/regions", "shopper1", "", "200", "list:regions==americas,international"},
    {"GET /regions", "GET", "/regions", "shopper2", "", "200", "list:regions==international"},
    {"GET /regions", "GET", "/regions", "store1", "", "200", "list:regions==americas"},
    {"GET /regions", "GET", "/regions", "none", "", "401", ""},

    // ---- POST /regions (admin)
    {"POST /regions", "POST", "/regions", "manager1", "region:matrix-region", "403", ""},
    {"POST /regions", "POST", "/regions", "manager2", "region:matrix-region", "403", ""},
    {"POST /regions", "POST", "/regions", "exec1", "region:matrix-region", "403", ""},
    {"POST /regions", "POST", "/regions", "shopper1", "region:matrix-region", "403", ""},
    {"POST /regions", "POST", "/regions", "store1", "region:matrix-region", "403", ""},
    {"POST /regions", "POST", "/regions", "none", "region:matrix-region", "401", ""},
    {"POST /regions", "POST", "/regions", "admin", "region:matrix-region", "201", ""},
    {"POST /regions", "POST", "/regions", "admin", "region-renamed:matrix-region", "200", ""},

    // ---- GET /sites
    {"GET /sites", "GET", "/sites", "admin", "", "200", "list:sites>=" AMERICAS_SITES "," INTERNATIONAL_SITES},
    {"GET /sites", "GET", "/sites", "manager1", "", "200", "list:sites==" AMERICAS_SITES},
    {"GET /sites", "GET", "/sites", "manager2", "", "200", "list:sites==" INTERNATIONAL_SITES},
    {"GET /sites", "GET", "/sites", "exec1", "", "200", "list:sites>=" AMERICAS_SITES "," INTERNATIONAL_SITES},
    {"GET /sites", "GET", "/sites", "shopper1", "", "200", "list:sites==store-bend,store-north-lakes,support-americas"},
    {"GET /sites", "GET", "/sites", "shopper2", "", "200", "list:sites==store-brussels-centre,store-eindhoven"},
    {"GET /sites", "GET", "/sites", "store1", "", "200", "list:sites==store-bend"},
    {"GET /sites", "GET", "/sites", "none", "", "401", ""},

    // ---- GET /sites/{id}
    {"GET /sites/{id}", "GET", "/sites/store-bend", "admin", "", "200", "id:store-bend"},
    {"GET /sites/{id}", "GET", "/sites/store-bend", "manager1", "", "200", "id:store-bend"},
    {"GET /sites/{id}", "GET", "/sites/store-bend", "manager2", "", "404", ""},
    {"GET /sites/{id}", "GET", "/sites/store-bend", "exec1", "", "200", "id:store-bend"},
    {"GET /sites/{id}", "GET", "/sites/store-bend", "shopper1", "", "200", "id:store-bend"},
    {"GET /sites/{id}", "GET", "/sites/store-bend", "shopper2", "", "404", ""},
    {"GET /sites/{id}", "GET", "/sites/store-bend", "store1", "", "200", "id:store-bend"},
    {"GET /sites/{id}", "GET", "/sites/store-bend", "none", "", "401", ""},
    {"GET /sites/{id}", "GET", "/sites/store-portland", "store1", "", "404", ""},
    {"GET /sites/{id}", "GET", "/sites/store-portland", "shopper1", "", "404", ""},
    {"GET /sites/{id}", "GET", "/sites/store-brussels-centre", "manager1", "", "404", ""},
    {"GET /sites/{id}", "GET", "/sites/no-such-site", "admin", "", "404", ""},

    // ---- POST /sites (admin; regional managers in their own regions)
    {"POST /sites", "POST", "/sites", "admin", "site:matrix-admin-site:international", "201", ""},
    {"POST /sites", "POST", "/sites", "manager1", "site:matrix-m1-site:americas", "201", ""},
    {"POST /sites", "POST", "/sites", "manager1", "site:matrix-m1-site:americas", "200", ""},
    {"POST /sites", "POST", "/sites", "manager1", "site:matrix-m1-foreign-site:international", "403", ""},
    {"POST /sites", "POST", "/sites", "manager1", "site:matrix-m1-site:international", "403", ""},
    {"POST /sites", "POST", "/sites", "manager2", "site:store-bend:international", "403|404", ""},
    {"POST /sites", "POST", "/sites", "exec1", "site:matrix-exec-site:americas", "403", ""},
    {"POST /sites", "POST", "/sites", "shopper1", "site:matrix-shopper-site:americas", "403", ""},
    {"POST /sites", "POST", "/sites", "store1", "site:matrix-store-site:americas", "403", ""},
    {"POST /sites", "POST", "/sites", "none", "site:matrix-anon-site:americas", "401", ""},

    // ---- GET /assignments
    {"GET /assignments", "GET", "/assignments", "admin", "", "200", "list:assignments>=demo-bend-visit,demo-north-lakes-visit,demo-us-care-call,demo-brussels-visit,demo-eindhoven-visit"},
    {"GET /assignments", "GET", "/assignments", "manager1", "", "200", "list:assignments==demo-bend-visit,demo-us-care-call"},
    {"GET /assignments", "GET", "/assignments", "manager2", "", "200", "list:assignments==demo-north-lakes-visit,demo-brussels-visit,demo-eindhoven-visit"},
    {"GET /assignments", "GET", "/assignments", "exec1", "", "403", ""},
    {"GET /assignments", "GET", "/assignments", "shopper1", "", "200", "list:assignments==demo-bend-visit,demo-north-lakes-visit,demo-us-care-call"},
    {"GET /assignments", "GET", "/assignments", "shopper2", "", "200", "list:assignments==demo-brussels-visit,demo-eindhoven-visit"},
    {"GET /assignments", "GET", "/assignments", "store1", "", "403", ""},
    {"GET /assignments", "GET", "/assignments", "none", "", "401", ""},
    {"GET /assignments", "GET", "/assignments?state=offered", "admin", "", "200", "list:assignments==demo-us-care-call,demo-eindhoven-visit"},
    {"GET /assignments", "GET", "/assignments?site=store-bend", "manager1", "", "200", "list:assignments==demo-bend-visit"},
    {"GET /assignments", "GET", "/assignments?site=store-brussels-centre", "manager1", "", "200", "list:assignments=="},

    // ---- POST /assignments (admin; regional managers for their regions' sites)
    {"POST /assignments", "POST", "/assignments", "admin", "assignment:matrix-admin-asg:store-eindhoven:shopper2", "201", ""},
    {"POST /assignments", "POST", "/assignments", "manager1", "assignment:matrix-m1-asg:store-portland:shopper1", "201", ""},
    {"POST /assignments", "POST", "/assignments", "manager2", "assignment:matrix-m2-asg:store-north-lakes:shopper2", "201", ""},
    {"POST /assignments", "POST", "/assignments", "manager1", "assignment:matrix-m1-foreign-asg:store-brussels-centre:shopper2", "403|404", "absent:matrix-m1-foreign-asg"},
    {"POST /assignments", "POST", "/assignments", "exec1", "assignment:matrix-exec-asg:store-bend:shopper1", "403", ""},
    {"POST /assignments", "POST", "/assignments", "shopper1", "assignment:matrix-shopper-asg:store-bend:shopper1", "403", ""},
    {"POST /assignments", "POST", "/assignments", "store1", "assignment:matrix-store-asg:store-bend:shopper1", "403", ""},
    {"POST /assignments", "POST", "/assignments", "none", "assignment:matrix-anon-asg:store-bend:shopper1", "401", ""},

    // ---- POST /assignments/bulk (same roles, all or nothing)
    {"POST /assignments/bulk", "POST", "/assignments/bulk", "admin", "bulk:matrix-bulk-a1:store-seattle:shopper1,matrix-bulk-a2:store-eindhoven:shopper2", "201", "ids:2"},
    {"POST /assignments/bulk", "POST", "/assignments/bulk", "manager1", "bulk:matrix-bulk-m1:store-seattle:shopper1,matrix-bulk-m2:store-bend:shopper2", "201", "ids:2"},
    {"POST /assignments/bulk", "POST", "/assignments/bulk", "manager1", "bulk:matrix-bulk-m3:store-seattle:shopper1,matrix-bulk-m4:store-eindhoven:shopper2", "403|404|422", "absent:matrix-bulk-m3"},
    {"POST /assignments/bulk", "POST", "/assignments/bulk", "exec1", "bulk:matrix-bulk-e1:store-seattle:shopper1", "403", ""},
    {"POST /assignments/bulk", "POST", "/assignments/bulk", "shopper1", "bulk:matrix-bulk-s1:store-seattle:shopper1", "403", ""},
    {"POST /assignments/bulk", "POST", "/assignments/bulk", "store1", "bulk:matrix-bulk-t1:store-bend:shopper1", "403", ""},
    {"POST /assignments/bulk", "POST", "/assignments/bulk", "none", "bulk:matrix-bulk-n1:store-bend:shopper1", "401", ""},

    // ---- POST /assignments/{id}/decline (shopper, own, offered)
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "shopper1", "", "404", ""},
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "admin", "", "403", ""},
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "manager2", "", "403", ""},
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "exec1", "", "403", ""},
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "store1", "", "403", ""},
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "none", "", "401", ""},
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "shopper2", "", "200", "state:declined"},
    {"POST /assignments/{id}/decline", "POST", "/assignments/demo-eindhoven-visit/decline", "shopper2", "", "409", ""},

    // ---- POST /assignments/{id}/withdraw (admin; the regional manager of its region)
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/matrix-m1-asg/withdraw", "manager2", "withdraw", "404", ""},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/matrix-m1-asg/withdraw", "exec1", "withdraw", "403", ""},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/matrix-m1-asg/withdraw", "shopper1", "withdraw", "403", ""},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/matrix-m1-asg/withdraw", "store1", "withdraw", "403", ""},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/matrix-m1-asg/withdraw", "none", "withdraw", "401", ""},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/matrix-m1-asg/withdraw", "manager1", "withdraw", "200", "state:withdrawn"},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/matrix-m1-asg/withdraw", "manager1", "withdraw", "409", ""},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/demo-bend-visit/withdraw", "manager1", "", "409", ""},
    {"POST /assignments/{id}/withdraw", "POST", "/assignments/demo-us-care-call/withdraw", "admin", "", "200", "state:withdrawn"},
    {"GET /sync", "GET", "/sync", "shopper1", "", "200", "sync:withdrawn:demo-us-care-call"},

    // ---- GET /users
    {"GET /users", "GET", "/users", "admin", "", "200", "users:all"},
    {"GET /users", "GET", "/users", "manager1", "", "200", "users:shoppers"},
    {"GET /users", "GET", "/users", "manager2", "", "200", "users:shoppers"},
    {"GET /users", "GET", "/users", "exec1", "", "403", ""},
    {"GET /users", "GET", "/users", "shopper1", "", "403", ""},
    {"GET /users", "GET", "/users", "store1", "", "403", ""},
    {"GET /users", "GET", "/users", "none", "", "401", ""},

    // ---- POST /users (admin)
    {"POST /users", "POST", "/users", "manager1", "user:matrix-user", "403", ""},
    {"POST /users", "POST", "/users", "manager2", "user:matrix-user", "403", ""},
    {"POST /users", "POST", "/users", "exec1", "user:matrix-user", "403", ""},
    {"POST /users", "POST", "/users", "shopper1", "user:matrix-user", "403", ""},
    {"POST /users", "POST", "/users", "store1", "user:matrix-user", "403", ""},
    {"POST /users", "POST", "/users", "none", "user:matrix-user", "401", ""},
    {"POST /users", "POST", "/users", "admin", "user:matrix-user", "201", "login-ok:matrix-user"},

    // ---- PUT /users/{username} (admin)
    {"PUT /users/{username}", "PUT", "/users/matrix-user", "manager1", "user-update", "403", ""},
    {"PUT /users/{username}", "PUT", "/users/matrix-user", "manager2", "user-update", "403", ""},
    {"PUT /users/{username}", "PUT", "/users/matrix-user", "exec1", "user-update", "403", ""},
    {"PUT /users/{username}", "PUT", "/users/matrix-user", "shopper1", "user-update", "403", ""},
    {"PUT /users/{username}", "PUT", "/users/shopper1", "shopper1", "user-update", "403", ""},
    {"PUT /users/{username}", "PUT", "/users/matrix-user", "store1", "user-update", "403", ""},
    {"PUT /users/{username}", "PUT", "/users/matrix-user", "none", "user-update", "401", ""},
    {"PUT /users/{username}", "PUT", "/users/matrix-user", "admin", "user-update", "200", ""},
    {"PUT /users/{username}", "PUT", "/users/no-such-user", "admin", "user-update", "404", ""},

    // ---- POST /users/{username}/disable (admin)
    {"POST /users/{username}/disable", "POST", "/users/matrix-user/disable", "manager1", "", "403", ""},
    {"POST /users/{username}/disable", "POST", "/users/matrix-user/disable", "manager2", "", "403", ""},
    {"POST /users/{username}/disable", "POST", "/users/matrix-user/disable", "exec1", "", "403", ""},
    {"POST /users/{username}/disable", "POST", "/users/matrix-user/disable", "shopper1", "", "403", ""},
    {"POST /users/{username}/disable", "POST", "/users/matrix-user/disable", "store1", "", "403", ""},
    {"POST /users/{username}/disable", "POST", "/users/matrix-user/disable", "none", "", "401", ""},
    {"POST /users/{username}/disable", "POST", "/users/matrix-user/disable", "admin", "", "200", "login-refused:matrix-user"},

    // ---- GET /reports/* (issue 6): admins, executives, regional managers (their regions) and
    // store managers (their site) read them; shoppers never.
    {"GET /reports/ranking", "GET", "/reports/ranking", "admin", "", "200", ""},
    {"GET /reports/ranking", "GET", "/reports/ranking", "manager1", "", "200", ""},
    {"GET /reports/ranking", "GET", "/reports/ranking", "manager2", "", "200", ""},
    {"GET /reports/ranking", "GET", "/reports/ranking", "exec1", "", "200", ""},
    {"GET /reports/ranking", "GET", "/reports/ranking", "store1", "", "200", ""},
    {"GET /reports/ranking", "GET", "/reports/ranking", "shopper1", "", "403", ""},
    {"GET /reports/ranking", "GET", "/reports/ranking", "shopper2", "", "403", ""},
    {"GET /reports/ranking", "GET", "/reports/ranking", "none", "", "401", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "admin", "", "200", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "manager1", "", "200", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "manager2", "", "200", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "exec1", "", "200", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "store1", "", "200", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "shopper1", "", "403", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "shopper2", "", "403", ""},
    {"GET /reports/trend", "GET", "/reports/trend", "none", "", "401", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "admin", "", "200", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "manager1", "", "200", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "manager2", "", "200", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "exec1", "", "200", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "store1", "", "200", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "shopper1", "", "403", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "shopper2", "", "403", ""},
    {"GET /reports/departments", "GET", "/reports/departments", "none", "", "401", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "admin", "", "200", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "manager1", "", "200", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "manager2", "", "200", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "exec1", "", "200", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "store1", "", "200", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "shopper1", "", "403", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "shopper2", "", "403", ""},
    {"GET /reports/nps", "GET", "/reports/nps", "none", "", "401", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "admin", "", "200", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "manager1", "", "200", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "manager2", "", "200", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "exec1", "", "200", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "store1", "", "200", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "shopper1", "", "403", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "shopper2", "", "403", ""},
    {"GET /reports/heatmap", "GET", "/reports/heatmap", "none", "", "401", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "admin", "", "200", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "manager1", "", "200", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "manager2", "", "200", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "exec1", "", "200", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "store1", "", "200", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "shopper1", "", "403", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "shopper2", "", "403", ""},
    {"GET /reports/consistency", "GET", "/reports/consistency", "none", "", "401", ""},
    {"GET /reports/trend", "GET", "/reports/trend?by=day", "admin", "", "400", "error:invalid_filter"},
    {"GET /reports/ranking", "GET", "/reports/ranking?colour=red", "manager1", "", "400", "error:unknown_parameter"},
    // ---- GET /settings (any signed-in user) and PUT /settings (admin)
    {"GET /settings", "GET", "/settings", "admin", "", "200", "setting:approved"},
    {"GET /settings", "GET", "/settings", "manager1", "", "200", "setting:approved"},
    {"GET /settings", "GET", "/settings", "manager2", "", "200", "setting:approved"},
    {"GET /settings", "GET", "/settings", "exec1", "", "200", "setting:approved"},
    {"GET /settings", "GET", "/settings", "shopper1", "", "200", "setting:approved"},
    {"GET /settings", "GET", "/settings", "store1", "", "200", "setting:approved"},
    {"GET /settings", "GET", "/settings", "none", "", "401", ""},
    {"GET /settings", "GET", "/settings?x=1", "admin", "", "400", "error:unknown_parameter"},
    {"PUT /settings", "PUT", "/settings", "manager1", "settings:not_rejected", "403", ""},
    {"PUT /settings", "PUT", "/settings", "manager2", "settings:not_rejected", "403", ""},
    {"PUT /settings", "PUT", "/settings", "exec1", "settings:not_rejected", "403", ""},
    {"PUT /settings", "PUT", "/settings", "shopper1", "settings:not_rejected", "403", ""},
    {"PUT /settings", "PUT", "/settings", "store1", "settings:not_rejected", "403", ""},
    {"PUT /settings", "PUT", "/settings", "none", "settings:not_rejected", "401", ""},
    {"PUT /settings", "PUT", "/settings", "admin", "settings:sometimes", "422", "error:invalid_body"},
    {"PUT /settings", "PUT", "/settings", "admin", "settings:not_rejected", "200", "setting:not_rejected"},
    {"GET /settings", "GET", "/settings", "store1", "", "200", "setting:not_rejected"},
    {"PUT /settings", "PUT", "/settings", "admin", "settings:approved", "200", "setting:approved"},
};
// clang-format on

#undef AMERICAS_SITES
#undef INTERNATIONAL_SITES

} // namespace

const QList<MatrixRow> &matrixRows()
{
    return kRows;
}

} // namespace tp::test
