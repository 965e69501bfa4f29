#include "storage/AuditStore.h"

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "storage/DeviceDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tp::storage {

namespace {

QString readableError(const QString &databaseText)
{
    if (databaseText.contains(QLatin1String("FOREIGN KEY")))
        return QStringLiteral("no such audit on this phone");
    return databaseText;
}

QString encodeValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QString missingItemsMessage(const Script &script, const QList<int> &items)
{
    QStringList paths;
    for (int index : items)
        paths << script.itemPath(index);
    const QString lead = items.size() == 1
                             ? QStringLiteral("1 item still needs an answer: ")
                             : QStringLiteral("%1 items still need an answer: ").arg(items.size());
    return lead + paths.join(QLatin1String(", "));
}

} // namespace

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

WriteResult AuditStore::write(const QString &sql, std::initializer_list<QVariant> values)
{
    if (!m_db.run(sql, values))
        return WriteResult::failure(readableError(m_db.lastError()));
    return WriteResult::success();
}

std::optional<AuditState> AuditStore::stateOf(const QString &uuid)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT state FROM audits WHERE uuid = ?"));
    FinishQuery finish{q};
    if (!m_db.run(q, {uuid}) || !q.next())
        return std::nullopt;
    return auditStateFromName(q.value(0).toString());
}

bool AuditStore::exists(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &q = m_db.statement(sql);
    FinishQuery finish{q};
    return m_db.run(q, values) && q.next();
}

WriteResult AuditStore::requireInProgress(const QString &uuid)
{
    const auto state = stateOf(uuid);
    if (!state)
        return WriteResult::failure(QStringLiteral("no such audit on this phone"));
    if (*state == AuditState::Submitted)
        return WriteResult::failure(
            QStringLiteral("the audit is submitted and can no longer change"));
    return WriteResult::success();
}

std::optional<QString> AuditStore::start(const NewAudit &audit, QString *error)
{
    auto refuse = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!exists(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"), {audit.site}))
        return refuse(QStringLiteral("site %1 is not on this phone").arg(audit.site));
    if (!exists(QStringLiteral("SELECT 1 FROM scripts WHERE id = ? AND version = ?"),
                {audit.scriptId, audit.scriptVersion}))
        return refuse(QStringLiteral("script %1 version %2 is not on this phone")
                          .arg(audit.scriptId)
                          .arg(audit.scriptVersion));
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const AuditClock clock = AuditClock::startingNow();
    const QString startedAt =
        QDateTime::fromMSecsSinceEpoch(clock.startedWallMs, Qt::UTC).toString(Qt::ISODateWithMs);
    const WriteResult result = write(
        QStringLiteral("INSERT INTO audits (uuid, script_id, script_version, site, auditor, mode, "
                       "assignment, started_at, started_monotonic_ms) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
        {uuid, audit.scriptId, audit.scriptVersion, audit.site, audit.auditor,
         auditModeName(audit.mode), audit.assignment.isEmpty() ? QVariant() : audit.assignment,
         startedAt, clock.startedMonotonicMs});
    if (!result.ok())
        return refuse(result.error);
    return uuid;
}

WriteResult AuditStore::saveValue(const QString &uuid, const QString &item, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return clearValue(uuid, item);
    return write(QStringLiteral("INSERT INTO answers (audit, item, value, answered_at) VALUES (?, "
                                "?, ?, ?) ON CONFLICT (audit, item) DO UPDATE SET value = "
                                "excluded.value, not_applicable = 0, answered_at = "
                                "excluded.answered_at"),
                 {uuid, item, encodeValue(value), nowTimestamp()});
}

WriteResult AuditStore::clearValue(const QString &uuid, const QString &item)
{
    return write(QStringLiteral("INSERT INTO answers (audit, item, answered_at) VALUES (?, ?, ?) "
                                "ON CONFLICT (audit, item) DO UPDATE SET value = NULL, "
                                "answered_at = excluded.answered_at"),
                 {uuid, item, nowTimestamp()});
}

WriteResult AuditStore::setNotApplicable(const QString &uuid, const QString &item,
                                         bool notApplicable)
{
    // N/A replaces a value: an answer is either a value or "does not apply", never both.
    return write(QStringLiteral("INSERT INTO answers (audit, item, not_applicable, answered_at) "
                                "VALUES (?, ?, ?, ?) ON CONFLICT (audit, item) DO UPDATE SET "
                                "not_applicable = excluded.not_applicable, value = CASE WHEN "
                                "excluded.not_applicable THEN NULL ELSE value END, answered_at = "
                                "excluded.answered_at"),
                 {uuid, item, notApplicable ? 1 : 0, nowTimestamp()});
}

WriteResult AuditStore::saveNote(const QString &uuid, const QString &item, const QString &note)
{
    return write(QStringLiteral("INSERT INTO answers (audit, item, note) VALUES (?, ?, ?) ON "
                                "CONFLICT (audit, item) DO UPDATE SET note = excluded.note"),
                 {uuid, item, note.isNull() ? QStringLiteral("") : note});
}

WriteResult AuditStore::attachPhoto(const QString &uuid, const QString &item, const QString &sha256)
{
    if (!exists(QStringLiteral("SELECT 1 FROM photos WHERE sha256 = ?"), {sha256}))
        return WriteResult::failure(QStringLiteral("no such photo on this phone"));
    return write(QStringLiteral("INSERT OR IGNORE INTO answer_photos (audit, item, sha256, "
                                "added_at) VALUES (?, ?, ?, ?)"),
                 {uuid, item, sha256, nowTimestamp()});
}

WriteResult AuditStore::detachPhoto(const QString &uuid, const QString &item, const QString &sha256)
{
    if (const WriteResult check = requireInProgress(uuid); !check.ok())
        return check;
    return write(
        QStringLiteral("DELETE FROM answer_photos WHERE audit = ? AND item = ? AND sha256 = ?"),
        {uuid, item, sha256});
}

WriteResult AuditStore::addMoment(const QString &uuid, const QString &event, qint64 elapsedMs)
{
    return write(QStringLiteral("INSERT INTO timeline (audit, seq, event, elapsed_ms, at) SELECT "
                                "?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM timeline WHERE audit "
                                "= ?"),
                 {uuid, event, elapsedMs, nowTimestamp(), uuid});
}

WriteResult AuditStore::removeLastMoment(const QString &uuid)
{
    if (const WriteResult check = requireInProgress(uuid); !check.ok())
        return check;
    return write(QStringLiteral("DELETE FROM timeline WHERE audit = ? AND seq = (SELECT MAX(seq) "
                                "FROM timeline WHERE audit = ?)"),
                 {uuid, uuid});
}

WriteResult AuditStore::saveCheckIn(const QString &uuid, const CheckInRecord &checkIn)
{
    const CheckIn &p = checkIn.position;
    QSqlQuery &query = m_db.statement(QStringLiteral(
        "UPDATE audits SET checkin_latitude = ?, checkin_longitude = ?, checkin_accuracy = ?, "
        "checkin_at = ?, checkin_status = ?, checkin_reason = ?, checkin_distance = ? WHERE uuid "
        "= ?"));
    const QVariant noValue;
    if (!m_db.run(query,
                  {checkIn.hasFix ? QVariant(p.latitude) : noValue,
                   checkIn.hasFix ? QVariant(p.longitude) : noValue,
                   checkIn.hasFix && p.accuracy ? QVariant(*p.accuracy) : noValue,
                   p.at.isEmpty() ? nowTimestamp() : p.at, checkIn.status,
                   checkIn.reason.isNull() ? QStringLiteral("") : checkIn.reason,
                   checkIn.distanceMetres ? QVariant(*checkIn.distanceMetres) : QVariant(), uuid}))
        return WriteResult::failure(readableError(m_db.lastError()));
    if (query.numRowsAffected() != 1)
        return WriteResult::failure(QStringLiteral("no such audit on this phone"));
    return WriteResult::success();
}

WriteResult AuditStore::saveResumePosition(const QString &uuid, const QString &position)
{
    if (const WriteResult check = requireInProgress(uuid); !check.ok())
        return check;
    return write(QStringLiteral("UPDATE audits SET resume_position = ? WHERE uuid = ? AND state = "
                                "'in_progress'"),
                 {position.isNull() ? QStringLiteral("") : position, uuid});
}

WriteResult AuditStore::discard(const QString &uuid)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return WriteResult::failure(m_db.lastError());
    if (const WriteResult check = requireInProgress(uuid); !check.ok())
        return check;
    for (const char *sql :
         {"DELETE FROM answer_photos WHERE audit = ?", "DELETE FROM answers WHERE audit = ?",
          "DELETE FROM timeline WHERE audit = ?", "DELETE FROM audits WHERE uuid = ?"}) {
        if (!m_db.run(QLatin1String(sql), {uuid}))
            return WriteResult::failure(readableError(m_db.lastError()));
    }
    if (!transaction.commit())
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

WriteResult AuditStore::submit(const QString &uuid, const Script &script, const QJsonObject &trust)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return WriteResult::failure(m_db.lastError());
    std::optional<StoredAudit> stored = load(uuid);
    if (!stored)
        return WriteResult::failure(QStringLiteral("no such audit on this phone"));
    if (stored->state == AuditState::Submitted)
        return WriteResult::failure(QStringLiteral("the audit is already submitted"));
    if (stored->audit.scriptId != script.id || stored->audit.scriptVersion != script.version)
        return WriteResult::failure(QStringLiteral("the audit was started with another script"));

    Audit &audit = stored->audit;
    audit.submittedAt = nowTimestamp();
    // The server would refuse what the core's checker refuses: say so now, on the phone.
    const Issues issues = checkAudit(script, audit);
    if (!issues.isEmpty())
        return WriteResult::failure(issues.first().toString());
    const ScoreResult score = scoreAudit(script, audit);
    if (!score.complete())
        return WriteResult::failure(missingItemsMessage(script, score.missingRequired));

    const QByteArray body = canonicalAuditJson(audit);
    const QString sha256 = auditContentSha256(audit);
    if (!m_db.run(QStringLiteral("UPDATE audits SET state = 'submitted', submitted_at = ?, "
                                 "score_overall = ?, passed = ?, trust = ?, content_sha256 = ? "
                                 "WHERE uuid = ?"),
                  {audit.submittedAt, score.overall ? QVariant(*score.overall) : QVariant(),
                   score.passed ? 1 : 0,
                   QString::fromUtf8(QJsonDocument(trust).toJson(QJsonDocument::Compact)), sha256,
                   uuid}) ||
        !m_db.run(QStringLiteral("INSERT INTO outbox (audit, body, content_sha256, queued_at) "
                                 "VALUES (?, ?, ?, ?)"),
                  {uuid, body, sha256, audit.submittedAt}))
        return WriteResult::failure(readableError(m_db.lastError()));
    if (!transaction.commit())
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

} // namespace tp::storage
