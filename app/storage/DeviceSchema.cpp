#include "storage/DeviceSchema.h"

namespace tp::storage {

namespace {

// A submitted audit is evidence: SQLite itself refuses any later change to it, whatever code
// path tries, so the read-only rule does not depend on every caller remembering it.
QStringList freezeTriggers(const QString &table, const QString &auditColumn)
{
    QStringList sql;
    const QString frozen =
        QStringLiteral("(SELECT state FROM audits WHERE uuid = %1.%2) = 'submitted'");
    // An UPDATE may also move a row into a submitted audit: check both sides.
    const QString frozenUpdate = frozen.arg(QStringLiteral("OLD"), auditColumn) +
                                 QStringLiteral(" OR ") +
                                 frozen.arg(QStringLiteral("NEW"), auditColumn);
    const QString raise =
        QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'the audit is submitted and can no longer "
                       "change'); END");
    for (const auto &[event, row] : {std::pair{QStringLiteral("INSERT"), QStringLiteral("NEW")},
                                     std::pair{QStringLiteral("UPDATE"), QStringLiteral("OLD")},
                                     std::pair{QStringLiteral("DELETE"), QStringLiteral("OLD")}}) {
        const QString condition =
            event == QLatin1String("UPDATE") ? frozenUpdate : frozen.arg(row, auditColumn);
        sql << QStringLiteral("CREATE TRIGGER %1_frozen_%2 BEFORE %3 ON %1 WHEN ")
                       .arg(table, event.toLower(), event) +
                   condition + raise;
    }
    return sql;
}

QStringList version1()
{
    QStringList sql{
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE accounts (username TEXT PRIMARY KEY, display_name TEXT NOT "
                       "NULL, role TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sites (id TEXT PRIMARY KEY, region TEXT NOT NULL, kind TEXT "
                       "NOT NULL CHECK (kind IN ('store', 'phone')), name TEXT NOT NULL, address "
                       "TEXT, phone TEXT, latitude REAL, longitude REAL, radius_m REAL, timezone "
                       "TEXT, opening_hours TEXT)"),
        QStringLiteral("CREATE TABLE scripts (id TEXT NOT NULL, version INTEGER NOT NULL, title "
                       "TEXT NOT NULL, channel TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY "
                       "(id, version))"),
        QStringLiteral("CREATE TABLE assignments (id TEXT PRIMARY KEY, site TEXT NOT NULL "
                       "REFERENCES sites (id), script_id TEXT NOT NULL, script_version INTEGER "
                       "NOT NULL, auditor TEXT NOT NULL, window_start TEXT NOT NULL, window_end "
                       "TEXT NOT NULL, state TEXT NOT NULL, FOREIGN KEY (script_id, "
                       "script_version) REFERENCES scripts (id, version))"),
        QStringLiteral(
            "CREATE TABLE audits (uuid TEXT PRIMARY KEY, script_id TEXT NOT NULL, script_version "
            "INTEGER NOT NULL, site TEXT NOT NULL REFERENCES sites (id), auditor TEXT NOT NULL, "
            "mode TEXT NOT NULL CHECK (mode IN ('mystery_shop', 'self_audit')), assignment TEXT, "
            "started_at TEXT NOT NULL, started_monotonic_ms INTEGER NOT NULL, "
            "state TEXT NOT NULL DEFAULT 'in_progress' CHECK (state IN ('in_progress', "
            "'submitted')), submitted_at TEXT, checkin_latitude REAL, checkin_longitude REAL, "
            "checkin_accuracy REAL, checkin_at TEXT, checkin_status TEXT, checkin_reason TEXT, "
            "checkin_distance REAL, resume_position TEXT NOT NULL DEFAULT '', score_overall "
            "INTEGER, passed INTEGER, trust TEXT, content_sha256 TEXT, FOREIGN KEY (script_id, "
            "script_version) REFERENCES scripts (id, version))"),
        QStringLiteral("CREATE INDEX audits_by_auditor ON audits (auditor, started_at)"),
        QStringLiteral("CREATE TABLE answers (audit TEXT NOT NULL REFERENCES audits (uuid), item "
                       "TEXT NOT NULL, value TEXT, not_applicable INTEGER NOT NULL DEFAULT 0, "
                       "note TEXT NOT NULL DEFAULT '', answered_at TEXT, PRIMARY KEY (audit, "
                       "item)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE photos (sha256 TEXT PRIMARY KEY, file_name TEXT NOT NULL, "
                       "bytes INTEGER NOT NULL, added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE answer_photos (audit TEXT NOT NULL REFERENCES audits (uuid), "
                       "item TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES photos (sha256), "
                       "added_at TEXT NOT NULL, PRIMARY KEY (audit, item, sha256)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE timeline (audit TEXT NOT NULL REFERENCES audits (uuid), seq "
                       "INTEGER NOT NULL, event TEXT NOT NULL, elapsed_ms INTEGER NOT NULL, at "
                       "TEXT, PRIMARY KEY (audit, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE outbox (audit TEXT PRIMARY KEY REFERENCES audits (uuid), "
                       "body BLOB NOT NULL, content_sha256 TEXT NOT NULL, queued_at TEXT NOT "
                       "NULL, attempts INTEGER NOT NULL DEFAULT 0, last_attempt_at TEXT, "
                       "last_error TEXT, confirmed_at TEXT)"),
        QStringLiteral("CREATE TRIGGER audits_frozen_update BEFORE UPDATE ON audits WHEN "
                       "OLD.state = 'submitted' BEGIN SELECT RAISE(ABORT, 'the audit is "
                       "submitted and can no longer change'); END"),
        QStringLiteral("CREATE TRIGGER audits_frozen_delete BEFORE DELETE ON audits WHEN "
                       "OLD.state = 'submitted' BEGIN SELECT RAISE(ABORT, 'the audit is "
                       "submitted and can no longer change'); END"),
    };
    sql << freezeTriggers(QStringLiteral("answers"), QStringLiteral("audit"))
        << freezeTriggers(QStringLiteral("answer_photos"), QStringLiteral("audit"))
        << freezeTriggers(QStringLiteral("timeline"), QStringLiteral("audit"));
    return sql;
}

// Version 2: sync. The outbox learns the server's receipt, retry timing and refusals; photos
// are uploaded once each; audits remember the server's verdict.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN receipt_sha256 TEXT"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN last_status INTEGER"),
        // A refusal (4xx) waits for the shopper or a new script: automatic sync skips it.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN refused INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX outbox_pending ON outbox (confirmed_at, refused, "
                       "next_attempt_at)"),
        QStringLiteral("CREATE TABLE photo_uploads (sha256 TEXT PRIMARY KEY REFERENCES photos "
                       "(sha256), uploaded_at TEXT NOT NULL)"),
    };
}

// Version 3: a partial index over the entries still waiting, in queue order, holding what the
// due query filters on and what the counts add up; confirmed entries (the bulk, kept as
// history) stay out of it. Without it each window sorted every pending entry with its body.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX outbox_waiting ON outbox (queued_at, audit, refused, "
                       "next_attempt_at) WHERE confirmed_at IS NULL"),
    };
}

} // namespace

int currentSchemaVersion()
{
    return 3;
}

QStringList migrationSteps(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    default:
        return {};
    }
}

} // namespace tp::storage
