// The read side of AuditStore: an audit as the device holds it, lists, the outbox.
#include "storage/AuditStore.h"

#include "storage/DeviceDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tp::storage {

namespace {

QJsonValue decodeValue(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonArray wrapper = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    return wrapper.isEmpty() ? QJsonValue(QJsonValue::Undefined) : wrapper.first();
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

AuditMode modeFromName(const QString &name)
{
    return name == QLatin1String("self_audit") ? AuditMode::SelfAudit : AuditMode::MysteryShop;
}

} // namespace

QString auditStateName(AuditState state)
{
    return state == AuditState::Submitted ? QStringLiteral("submitted")
                                          : QStringLiteral("in_progress");
}

std::optional<AuditState> auditStateFromName(const QString &name)
{
    if (name == QLatin1String("in_progress"))
        return AuditState::InProgress;
    if (name == QLatin1String("submitted"))
        return AuditState::Submitted;
    return std::nullopt;
}

std::optional<StoredAudit> AuditStore::load(const QString &uuid)
{
    StoredAudit stored;
    {
        QSqlQuery &q = m_db.statement(QStringLiteral(
            "SELECT script_id, script_version, site, auditor, mode, assignment, started_at, "
            "started_monotonic_ms, state, submitted_at, checkin_latitude, checkin_longitude, "
            "checkin_accuracy, checkin_at, checkin_status, checkin_reason, checkin_distance, "
            "resume_position, score_overall, passed, trust, content_sha256 FROM audits WHERE uuid "
            "= ?"));
        FinishQuery finish{q};
        if (!m_db.run(q, {uuid}) || !q.next())
            return std::nullopt;
        Audit &a = stored.audit;
        a.uuid = uuid;
        a.scriptId = q.value(0).toString();
        a.scriptVersion = q.value(1).toInt();
        a.site = q.value(2).toString();
        a.auditor = q.value(3).toString();
        a.mode = modeFromName(q.value(4).toString());
        a.assignment = q.value(5).toString();
        a.startedAt = q.value(6).toString();
        stored.clock.startedMonotonicMs = q.value(7).toLongLong();
        stored.clock.startedWallMs =
            QDateTime::fromString(a.startedAt, Qt::ISODateWithMs).toMSecsSinceEpoch();
        stored.state = auditStateFromName(q.value(8).toString()).value_or(AuditState::InProgress);
        a.submittedAt = q.value(9).toString();
        if (!q.value(10).isNull() && !q.value(11).isNull()) {
            a.checkIn = CheckIn{q.value(10).toDouble(), q.value(11).toDouble(),
                                optionalReal(q.value(12)), q.value(13).toString()};
        }
        stored.checkInStatus = q.value(14).toString();
        stored.checkInReason = q.value(15).toString();
        stored.checkInDistance = optionalReal(q.value(16));
        stored.resumePosition = q.value(17).toString();
        if (!q.value(18).isNull())
            stored.overall = q.value(18).toLongLong();
        stored.passed = q.value(19).toInt() != 0;
        stored.trust = QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object();
        stored.contentSha256 = q.value(21).toString();
    }
    {
        QSqlQuery &q = m_db.statement(QStringLiteral(
            "SELECT item, value, not_applicable, note, answered_at FROM answers WHERE audit = ?"));
        FinishQuery finish{q};
        if (!m_db.run(q, {uuid}))
            return std::nullopt;
        while (q.next()) {
            Answer answer;
            answer.value = decodeValue(q.value(1));
            answer.notApplicable = q.value(2).toInt() != 0;
            answer.note = q.value(3).toString();
            answer.answeredAt = q.value(4).toString();
            stored.audit.answers.insert(q.value(0).toString(), answer);
        }
    }
    {
        QSqlQuery &q = m_db.statement(QStringLiteral(
            "SELECT item, sha256 FROM answer_photos WHERE audit = ? ORDER BY added_at, sha256"));
        FinishQuery finish{q};
        if (!m_db.run(q, {uuid}))
            return std::nullopt;
        while (q.next()) {
            auto answer = stored.audit.answers.find(q.value(0).toString());
            if (answer == stored.audit.answers.end()) {
                Answer photoOnly;
                photoOnly.value = QJsonValue(QJsonValue::Undefined);
                answer = stored.audit.answers.insert(q.value(0).toString(), photoOnly);
            }
            answer->photos << q.value(1).toString();
        }
    }
    {
        QSqlQuery &q = m_db.statement(QStringLiteral(
            "SELECT event, elapsed_ms, at FROM timeline WHERE audit = ? ORDER BY seq"));
        FinishQuery finish{q};
        if (!m_db.run(q, {uuid}))
            return std::nullopt;
        while (q.next()) {
            stored.audit.timeline.append(TimelineEvent{
                q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
        }
    }
    // An answer row that holds only a note (or nothing any more) is not an answer to submit.
    for (auto it = stored.audit.answers.begin(); it != stored.audit.answers.end();) {
        const Answer &answer = *it;
        const bool empty = answer.value.isUndefined() && !answer.notApplicable &&
                           answer.note.isEmpty() && answer.photos.isEmpty();
        it = empty ? stored.audit.answers.erase(it) : std::next(it);
    }
    return stored;
}

QList<AuditSummary> AuditStore::list(const QString &auditor)
{
    QList<AuditSummary> audits;
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT a.uuid, a.site, s.name, s.kind, a.script_id, a.script_version, sc.title, a.mode, "
        "a.assignment, a.state, a.started_at, a.submitted_at, a.score_overall, a.passed, (SELECT "
        "COUNT(*) FROM answers w WHERE w.audit = a.uuid AND (w.value IS NOT NULL OR "
        "w.not_applicable)) FROM audits a JOIN sites s ON s.id = a.site JOIN scripts sc ON sc.id "
        "= a.script_id AND sc.version = a.script_version WHERE a.auditor = ? ORDER BY "
        "a.started_at DESC"));
    FinishQuery finish{q};
    if (!m_db.run(q, {auditor}))
        return audits;
    while (q.next()) {
        AuditSummary s;
        s.uuid = q.value(0).toString();
        s.site = q.value(1).toString();
        s.siteName = q.value(2).toString();
        s.siteKind = q.value(3).toString();
        s.scriptId = q.value(4).toString();
        s.scriptVersion = q.value(5).toInt();
        s.scriptTitle = q.value(6).toString();
        s.mode = modeFromName(q.value(7).toString());
        s.assignment = q.value(8).toString();
        s.state = auditStateFromName(q.value(9).toString()).value_or(AuditState::InProgress);
        s.startedAt = q.value(10).toString();
        s.submittedAt = q.value(11).toString();
        if (!q.value(12).isNull())
            s.overall = q.value(12).toLongLong();
        s.passed = q.value(13).toInt() != 0;
        s.answered = q.value(14).toInt();
        audits << s;
    }
    return audits;
}

std::optional<QDateTime> AuditStore::lastStarted(const QString &auditor, AuditMode mode,
                                                 const QString &siteKind)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT MAX(a.started_at) FROM audits a JOIN sites s ON s.id = a.site "
                       "WHERE a.auditor = ? AND a.mode = ? AND s.kind = ?"));
    FinishQuery finish{q};
    if (!m_db.run(q, {auditor, auditModeName(mode), siteKind}) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}

std::optional<QString> AuditStore::inProgressFor(const QString &auditor, const QString &assignment)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT uuid FROM audits WHERE auditor = ? AND assignment = ? AND state = "
                       "'in_progress' ORDER BY started_at DESC LIMIT 1"));
    FinishQuery finish{q};
    if (!m_db.run(q, {auditor, assignment}) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QList<OutboxEntry> AuditStore::outbox()
{
    QList<OutboxEntry> entries;
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT audit, body, content_sha256, queued_at, attempts, last_error, "
                       "confirmed_at FROM outbox ORDER BY queued_at, audit"));
    FinishQuery finish{q};
    if (!m_db.run(q))
        return entries;
    while (q.next()) {
        entries << OutboxEntry{q.value(0).toString(), q.value(1).toByteArray(),
                               q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toInt(),    q.value(5).toString(),
                               q.value(6).toString()};
    }
    return entries;
}

int AuditStore::answerCount(const QString &uuid)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("SELECT COUNT(*) FROM answers WHERE audit = ? AND (value IS NOT NULL OR "
                       "not_applicable)"));
    FinishQuery finish{q};
    if (!m_db.run(q, {uuid}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace tp::storage
