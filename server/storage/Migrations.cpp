#include "storage/Migrations.h"

#include <cstddef>

namespace tp::server {

namespace {

// Column types that differ between the dialects.
QString adapt(QString sql, Dialect dialect)
{
    const bool pg = dialect == Dialect::Postgres;
    sql.replace(QLatin1String("{BLOB}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("{BIGINT}"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    sql.replace(QLatin1String("{REAL}"),
                pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    return sql;
}

const char *const kVersion1[] = {
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value {BIGINT} NOT NULL)",
    "INSERT INTO counters (name, value) VALUES ('change', 0)",
    "CREATE TABLE regions (id TEXT PRIMARY KEY, name TEXT NOT NULL, change_seq {BIGINT} NOT NULL)",
    "CREATE TABLE sites (id TEXT PRIMARY KEY, region_id TEXT NOT NULL REFERENCES regions(id),"
    " kind TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',"
    " latitude {REAL}, longitude {REAL}, check_in_radius {REAL}, phone TEXT NOT NULL DEFAULT '',"
    " opening_hours TEXT NOT NULL DEFAULT '{}', timezone TEXT NOT NULL DEFAULT 'UTC',"
    " change_seq {BIGINT} NOT NULL)",
    "CREATE INDEX sites_region ON sites (region_id)",
    "CREATE TABLE users (username TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL,"
    " site_id TEXT REFERENCES sites(id), password_hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, change_seq {BIGINT} NOT NULL)",
    "CREATE TABLE user_regions (username TEXT NOT NULL REFERENCES users(username),"
    " region_id TEXT NOT NULL REFERENCES regions(id), PRIMARY KEY (username, region_id))",
    "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, username TEXT NOT NULL REFERENCES "
    "users(username),"
    " created_at {BIGINT} NOT NULL, expires_at {BIGINT} NOT NULL, revoked INTEGER NOT NULL DEFAULT "
    "0)",
    "CREATE INDEX tokens_user ON tokens (username)",
    "CREATE TABLE login_failures (subject TEXT NOT NULL, at_ms {BIGINT} NOT NULL)",
    "CREATE INDEX login_failures_subject ON login_failures (subject, at_ms)",
    "CREATE TABLE scripts (id TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL,"
    " channel TEXT NOT NULL, body TEXT NOT NULL, content_sha256 TEXT NOT NULL,"
    " published_at TEXT NOT NULL, published_by TEXT NOT NULL, change_seq {BIGINT} NOT NULL,"
    " PRIMARY KEY (id, version))",
    "CREATE TABLE assignments (id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id),"
    " script_id TEXT NOT NULL, script_version INTEGER NOT NULL, shopper TEXT NOT NULL REFERENCES "
    "users(username),"
    " window_start TEXT NOT NULL, window_end TEXT NOT NULL, state TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL, audit_uuid TEXT,"
    " change_seq {BIGINT} NOT NULL, FOREIGN KEY (script_id, script_version) REFERENCES scripts(id, "
    "version))",
    "CREATE INDEX assignments_shopper ON assignments (shopper)",
    "CREATE INDEX assignments_site ON assignments (site_id)",
    "CREATE TABLE audits (uuid TEXT PRIMARY KEY, body TEXT NOT NULL, content_sha256 TEXT NOT NULL,"
    " script_id TEXT NOT NULL, script_version INTEGER NOT NULL, site_id TEXT NOT NULL REFERENCES "
    "sites(id),"
    " auditor TEXT NOT NULL REFERENCES users(username), mode TEXT NOT NULL, assignment_id TEXT,"
    " started_at TEXT NOT NULL, received_at TEXT NOT NULL, overall INTEGER, passed INTEGER NOT "
    "NULL,"
    " critical_failures INTEGER NOT NULL, nps INTEGER, score TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'submitted', review_reason TEXT NOT NULL DEFAULT '',"
    " change_seq {BIGINT} NOT NULL,"
    " FOREIGN KEY (script_id, script_version) REFERENCES scripts(id, version))",
    "CREATE INDEX audits_site ON audits (site_id)",
    "CREATE INDEX audits_auditor ON audits (auditor)",
    "CREATE TABLE audit_scores (audit_uuid TEXT NOT NULL REFERENCES audits(uuid), kind TEXT NOT "
    "NULL,"
    " name TEXT NOT NULL, percent INTEGER, weight INTEGER NOT NULL,"
    " PRIMARY KEY (audit_uuid, kind, name))",
    "CREATE TABLE audit_answers (audit_uuid TEXT NOT NULL REFERENCES audits(uuid),"
    " item_id TEXT NOT NULL, section_id TEXT NOT NULL, state TEXT NOT NULL, value TEXT NOT NULL,"
    " earned INTEGER, possible INTEGER, note TEXT NOT NULL, PRIMARY KEY (audit_uuid, item_id))",
    "CREATE TABLE audit_photos (audit_uuid TEXT NOT NULL REFERENCES audits(uuid), sha256 TEXT NOT "
    "NULL,"
    " PRIMARY KEY (audit_uuid, sha256))",
    "CREATE INDEX audit_photos_sha256 ON audit_photos (sha256)",
    "CREATE TABLE photo_uploads (sha256 TEXT NOT NULL, username TEXT NOT NULL REFERENCES "
    "users(username),"
    " PRIMARY KEY (sha256, username))",
    "CREATE TABLE photos (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, content {BLOB} NOT NULL,"
    " uploaded_by TEXT NOT NULL, received_at TEXT NOT NULL)",
};

// Review and corrective actions. The review lives on the audit row: `state` and
// `review_reason` were there from version 1; who reviewed and when, and the pseudonym a store
// manager sees instead of the auditor (given on approval, in approval order per site), are
// added. A corrective action follows up one item of an approved audit; each change of it is an
// event. At most one action per audit item is open at a time (the partial unique index).
// `settings` holds organisation settings by name.
const char *const kVersion2[] = {
    "ALTER TABLE audits ADD COLUMN reviewed_by TEXT REFERENCES users(username)",
    "ALTER TABLE audits ADD COLUMN reviewed_at TEXT",
    "ALTER TABLE audits ADD COLUMN pseudonym TEXT",
    "CREATE INDEX audits_site_state ON audits (site_id, state)",
    "CREATE TABLE corrective_actions (id TEXT PRIMARY KEY,"
    " audit_uuid TEXT NOT NULL REFERENCES audits(uuid), item_id TEXT NOT NULL,"
    " section_id TEXT NOT NULL, site_id TEXT NOT NULL REFERENCES sites(id),"
    " owner_user TEXT REFERENCES users(username), owner_department TEXT,"
    " due TEXT NOT NULL, note TEXT NOT NULL, state TEXT NOT NULL,"
    " done_note TEXT NOT NULL DEFAULT '',"
    " created_by TEXT NOT NULL REFERENCES users(username), created_at TEXT NOT NULL,"
    " closed_by TEXT REFERENCES users(username), closed_at TEXT, change_seq {BIGINT} NOT NULL,"
    " CHECK (state IN ('open', 'done')),"
    " CHECK ((owner_user IS NULL AND owner_department IS NOT NULL)"
    " OR (owner_user IS NOT NULL AND owner_department IS NULL)))",
    "CREATE INDEX corrective_actions_site ON corrective_actions (site_id, state)",
    "CREATE UNIQUE INDEX corrective_actions_open_item ON corrective_actions (audit_uuid, item_id)"
    " WHERE state = 'open'",
    "CREATE TABLE corrective_action_events ("
    " action_id TEXT NOT NULL REFERENCES corrective_actions(id),"
    " seq INTEGER NOT NULL, event TEXT NOT NULL, at TEXT NOT NULL,"
    " actor TEXT NOT NULL REFERENCES users(username), note TEXT NOT NULL DEFAULT '', due TEXT,"
    " PRIMARY KEY (action_id, seq))",
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL,"
    " change_seq {BIGINT} NOT NULL)",
    "INSERT INTO settings (name, value, change_seq) VALUES ('report_audits', 'approved', 0)",
};

// Report roll-ups. Reports read these instead of the raw answers. Each row
// sums the audits of one site, script, calendar day (the day the visit or call started, where
// the site is), review state and mode (mystery_shop or self_audit). Because the state is part of
// the key, a review moves the audit's figures from "submitted" to "approved" or "rejected" in
// the review's transaction, and the setting of which states reports count needs no rebuild.
// Every figure is a sum, so any period is a sum of days: counts, sums of hundredths and sums of
// their squares (for the standard deviation). Filled for existing audits by the migration
// (Database::migrate calls rebuildReportRollups) and by `touchpoint-server reports rebuild`.
const char *const kVersion3[] = {
    "CREATE TABLE report_audit_days (site_id TEXT NOT NULL, script_id TEXT NOT NULL,"
    " day TEXT NOT NULL, state TEXT NOT NULL, mode TEXT NOT NULL, channel TEXT NOT NULL,"
    " audits {BIGINT} NOT NULL, scored {BIGINT} NOT NULL, sum_overall {BIGINT} NOT NULL,"
    " sum_overall_sq {BIGINT} NOT NULL, passed {BIGINT} NOT NULL, nps_answers {BIGINT} NOT NULL,"
    " promoters {BIGINT} NOT NULL, detractors {BIGINT} NOT NULL,"
    " PRIMARY KEY (site_id, script_id, day, state, mode))",
    "CREATE INDEX report_audit_days_day ON report_audit_days (day)",
    "CREATE TABLE report_group_days (site_id TEXT NOT NULL, script_id TEXT NOT NULL,"
    " day TEXT NOT NULL, state TEXT NOT NULL, mode TEXT NOT NULL, channel TEXT NOT NULL,"
    " kind TEXT NOT NULL, name TEXT NOT NULL, audits {BIGINT} NOT NULL,"
    " sum_percent {BIGINT} NOT NULL, sum_percent_sq {BIGINT} NOT NULL,"
    " PRIMARY KEY (site_id, script_id, day, state, mode, kind, name))",
    "CREATE INDEX report_group_days_day ON report_group_days (day)",
    "CREATE TABLE report_item_days (site_id TEXT NOT NULL, script_id TEXT NOT NULL,"
    " day TEXT NOT NULL, state TEXT NOT NULL, mode TEXT NOT NULL, channel TEXT NOT NULL,"
    " item_id TEXT NOT NULL, section_id TEXT NOT NULL, audits {BIGINT} NOT NULL,"
    " sum_earned {BIGINT} NOT NULL, sum_possible {BIGINT} NOT NULL,"
    " PRIMARY KEY (site_id, script_id, day, state, mode, item_id))",
    "CREATE INDEX report_item_days_day ON report_item_days (day)",
};

// Roll-ups of the phone and executives reports, kept like version 3's.
// report_phone_days sums the calls (phone-channel audits) of one site, script, day, review
// state and mode: how many, and for each measured moment how many calls measured it and the sum
// (durations in milliseconds, counts as counts), and the calls resolved on first contact.
// report_self_days sums the self-audits of each auditor per site, script, day and state, so the
// executives report can give each executive's last own visit and call and their own score next to
// the hired shoppers' (report_audit_days, mode mystery_shop) for the same site and period.
// Filled for existing audits by the migration (Database::migrate, rebuildReportRollups).
const char *const kVersion4[] = {
    "CREATE TABLE report_phone_days (site_id TEXT NOT NULL, script_id TEXT NOT NULL,"
    " day TEXT NOT NULL, state TEXT NOT NULL, mode TEXT NOT NULL, channel TEXT NOT NULL,"
    " calls {BIGINT} NOT NULL, answered {BIGINT} NOT NULL, sum_answer_ms {BIGINT} NOT NULL,"
    " menu_calls {BIGINT} NOT NULL, sum_menu_ms {BIGINT} NOT NULL,"
    " hold_calls {BIGINT} NOT NULL, sum_hold_ms {BIGINT} NOT NULL, holds {BIGINT} NOT NULL,"
    " transfer_calls {BIGINT} NOT NULL, transfers {BIGINT} NOT NULL,"
    " transferred {BIGINT} NOT NULL, resolved {BIGINT} NOT NULL,"
    " PRIMARY KEY (site_id, script_id, day, state, mode))",
    "CREATE INDEX report_phone_days_day ON report_phone_days (day)",
    "CREATE TABLE report_self_days (auditor TEXT NOT NULL, site_id TEXT NOT NULL,"
    " script_id TEXT NOT NULL, day TEXT NOT NULL, state TEXT NOT NULL, channel TEXT NOT NULL,"
    " audits {BIGINT} NOT NULL, scored {BIGINT} NOT NULL, sum_overall {BIGINT} NOT NULL,"
    " PRIMARY KEY (auditor, site_id, script_id, day, state))",
    "CREATE INDEX report_self_days_day ON report_self_days (day)",
    // The consistency report reads items by site and period across scripts; the primary key
    // (site, script, day, ...) made it walk every day of each site: 66 ms p95 at 100,000 audits.
    "CREATE INDEX report_item_days_site_day ON report_item_days (site_id, day)",
};

// The orders of the paged lists (api/ListPage): a page is a walk along one of these from the
// previous page's last row. Then users' initial passwords.
const char *const kVersion5[] = {
    "CREATE INDEX audits_received ON audits (received_at DESC, uuid)",
    "CREATE INDEX corrective_actions_due ON corrective_actions (due, id)",
    "CREATE INDEX assignments_window ON assignments (window_start, id)",
    "CREATE INDEX sites_region_id ON sites (region_id, id)",
    // An admin's initial password: the user must change it at the first sign-in.
    "ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0",
};

template<std::size_t N> QStringList adaptAll(const char *const (&statements)[N], Dialect dialect)
{
    QStringList version;
    for (const char *statement : statements)
        version.append(adapt(QLatin1String(statement), dialect));
    return version;
}

} // namespace

QList<QStringList> migrations(Dialect dialect)
{
    return {adaptAll(kVersion1, dialect), adaptAll(kVersion2, dialect),
            adaptAll(kVersion3, dialect), adaptAll(kVersion4, dialect),
            adaptAll(kVersion5, dialect)};
}

} // namespace tp::server
