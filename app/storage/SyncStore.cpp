#include "storage/SyncStore.h"

#include "storage/AuditStore.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationJson.h"
#include "storage/OrganisationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tp::storage {

namespace {

const QString kCursorKey = QStringLiteral("sync-cursor");

// Confirms an entry whose receipt matched once no photo of its audit is left to send.
const QString kConfirmSql = QStringLiteral(
    "UPDATE outbox SET confirmed_at = ?, refused = 0 WHERE audit = ? AND confirmed_at IS NULL AND "
    "receipt_sha256 = content_sha256 AND NOT EXISTS (SELECT 1 FROM answer_photos ap LEFT JOIN "
    "photo_uploads u ON u.sha256 = ap.sha256 WHERE ap.audit = outbox.audit AND u.sha256 IS "
    "NULL)");

WriteResult result(DeviceDatabase &db, bool ok)
{
    return ok ? WriteResult::success() : WriteResult::failure(db.lastError());
}

} // namespace

QString auditSyncStateName(AuditSyncState state)
{
    switch (state) {
    case AuditSyncState::OnPhone:
        return QStringLiteral("on_phone");
    case AuditSyncState::Uploading:
        return QStringLiteral("uploading");
    case AuditSyncState::OnServer:
        return QStringLiteral("on_server");
    case AuditSyncState::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}

QList<PendingUpload> SyncStore::due(qint64 dueByMs, int limit, bool includeRefused,
                                    const QueuePosition &after)
{
    QList<PendingUpload> entries;
    {
        // Walks the partial index outbox_waiting in queue order; only the rows handed out are
        // read for their bodies.
        QSqlQuery &q = m_db.statement(QStringLiteral(
            "SELECT audit, body, content_sha256, receipt_sha256, attempts, queued_at FROM outbox "
            "INDEXED BY outbox_waiting WHERE confirmed_at IS NULL AND (queued_at, audit) > (?, ?) "
            "AND (refused = 0 OR ?) AND next_attempt_at <= ? ORDER BY queued_at, audit LIMIT ?"));
        FinishQuery finish{q};
        if (!m_db.run(q, {after.queuedAt.isNull() ? QStringLiteral("") : after.queuedAt,
                          after.audit.isNull() ? QStringLiteral("") : after.audit,
                          includeRefused ? 1 : 0, dueByMs, limit}))
            return entries;
        while (q.next()) {
            PendingUpload entry;
            entry.audit = q.value(0).toString();
            entry.body = q.value(1).toByteArray();
            entry.contentSha256 = q.value(2).toString();
            entry.receiptSha256 = q.value(3).toString();
            entry.attempts = q.value(4).toInt();
            entry.queuedAt = q.value(5).toString();
            entries << entry;
        }
    }
    QSqlQuery &photos = m_db.statement(QStringLiteral(
        "SELECT DISTINCT ap.sha256, p.file_name FROM answer_photos ap JOIN photos p ON p.sha256 "
        "= ap.sha256 LEFT JOIN photo_uploads u ON u.sha256 = ap.sha256 WHERE ap.audit = ? AND "
        "u.sha256 IS NULL ORDER BY ap.sha256"));
    for (PendingUpload &entry : entries) {
        FinishQuery finish{photos};
        if (!m_db.run(photos, {entry.audit}))
            continue;
        while (photos.next())
            entry.photos.append({photos.value(0).toString(), photos.value(1).toString()});
    }
    return entries;
}

WriteResult SyncStore::recordReceipt(const QString &audit, const QString &receiptSha256,
                                     bool *confirmed)
{
    const ReceiptOutcome outcome = recordReceipts({{audit, receiptSha256}}).first();
    if (confirmed)
        *confirmed = outcome.confirmed;
    return outcome.result;
}

QList<SyncStore::ReceiptOutcome> SyncStore::recordReceipts(const QList<Receipt> &receipts)
{
    QList<ReceiptOutcome> outcomes;
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen()) {
        for (qsizetype i = 0; i < receipts.size(); ++i)
            outcomes.append({WriteResult::failure(m_db.lastError()), false});
        return outcomes;
    }
    const QString now = nowTimestamp();
    for (const Receipt &receipt : receipts)
        outcomes.append(applyReceipt(receipt, now));
    if (!transaction.commit()) {
        for (ReceiptOutcome &outcome : outcomes)
            outcome = {WriteResult::failure(m_db.lastError()), false};
    }
    return outcomes;
}

SyncStore::ReceiptOutcome SyncStore::applyReceipt(const Receipt &receipt, const QString &now)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE outbox SET receipt_sha256 = ?, last_status = 200, last_error = NULL, "
        "last_attempt_at = ? WHERE audit = ? AND content_sha256 = ?"));
    if (!m_db.run(q, {receipt.receiptSha256, now, receipt.audit, receipt.receiptSha256}))
        return {WriteResult::failure(m_db.lastError()), false};
    if (q.numRowsAffected() != 1)
        return {WriteResult::failure(QStringLiteral("the server's receipt names other content")),
                false};
    const int changed = confirmIfComplete(receipt.audit, now);
    if (changed < 0)
        return {WriteResult::failure(m_db.lastError()), false};
    return {WriteResult::success(), changed == 1};
}

WriteResult SyncStore::recordPhotoUploaded(const QString &sha256)
{
    return result(m_db, m_db.run(QStringLiteral("INSERT OR IGNORE INTO photo_uploads (sha256, "
                                                "uploaded_at) VALUES (?, ?)"),
                                 {sha256, nowTimestamp()}));
}

int SyncStore::confirmIfComplete(const QString &audit, const QString &now)
{
    QSqlQuery &q = m_db.statement(kConfirmSql);
    return m_db.run(q, {now, audit}) ? q.numRowsAffected() : -1;
}

WriteResult SyncStore::completeIfDone(const QString &audit)
{
    return result(m_db, confirmIfComplete(audit, nowTimestamp()) >= 0);
}

WriteResult SyncStore::recordFailure(const QString &audit, int httpStatus, const QString &error,
                                     qint64 nextAttemptMs, bool refused)
{
    return result(
        m_db, m_db.run(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_attempt_at "
                                      "= ?, last_status = ?, last_error = ?, next_attempt_at = ?, "
                                      "refused = ? WHERE audit = ? AND confirmed_at IS NULL"),
                       {nowTimestamp(), httpStatus == 0 ? QVariant() : QVariant(httpStatus), error,
                        nextAttemptMs, refused ? 1 : 0, audit}));
}

OutboxCounts SyncStore::counts()
{
    OutboxCounts counts;
    {
        QSqlQuery &q = m_db.statement(QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(refused), 0) FROM outbox WHERE confirmed_at IS NULL"));
        FinishQuery finish{q};
        if (m_db.run(q) && q.next()) {
            counts.waiting = q.value(0).toInt();
            counts.refused = q.value(1).toInt();
        }
    }
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT COUNT(DISTINCT ap.sha256) FROM outbox o JOIN answer_photos ap ON ap.audit = "
        "o.audit LEFT JOIN photo_uploads u ON u.sha256 = ap.sha256 WHERE o.confirmed_at IS NULL "
        "AND u.sha256 IS NULL"));
    FinishQuery finish{q};
    if (m_db.run(q) && q.next())
        counts.photosWaiting = q.value(0).toInt();
    return counts;
}

AuditSyncInfo SyncStore::syncInfo(const QString &audit)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "SELECT confirmed_at, refused, attempts, last_error FROM outbox WHERE audit = ?"));
    FinishQuery finish{q};
    AuditSyncInfo info;
    if (!m_db.run(q, {audit}) || !q.next())
        return info;
    info.lastError = q.value(3).toString();
    if (!q.value(0).isNull())
        info.state = AuditSyncState::OnServer;
    else if (q.value(1).toInt() != 0)
        info.state = AuditSyncState::Refused;
    else if (q.value(2).toInt() > 0)
        info.state = AuditSyncState::Uploading;
    return info;
}

WriteResult SyncStore::retryAllNow()
{
    return result(m_db, m_db.run(QStringLiteral("UPDATE outbox SET next_attempt_at = 0, refused "
                                                "= 0 WHERE confirmed_at IS NULL")));
}

qint64 SyncStore::cursor()
{
    return OrganisationStore(m_db).setting(kCursorKey, QStringLiteral("0")).toLongLong();
}

WriteResult SyncStore::applyPull(const QJsonObject &response)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isOpen())
        return WriteResult::failure(m_db.lastError());
    OrganisationStore organisation(m_db);
    for (const QJsonValue &site : response.value(QLatin1String("sites")).toArray()) {
        if (const WriteResult r = organisation.putSite(siteFromJson(site.toObject())); !r.ok())
            return r;
    }
    for (const QJsonValue &value : response.value(QLatin1String("scripts")).toArray()) {
        const QJsonObject script = value.toObject().value(QLatin1String("script")).toObject();
        const WriteResult r =
            organisation.putScript(QJsonDocument(script).toJson(QJsonDocument::Compact));
        if (!r.ok())
            return WriteResult::failure(QStringLiteral("script from the server: ") + r.error);
    }
    QSet<QString> pulled;
    for (const QJsonValue &value : response.value(QLatin1String("assignments")).toArray()) {
        const AssignmentInfo assignment = assignmentFromJson(value.toObject());
        pulled.insert(assignment.id);
        if (const WriteResult r = organisation.putAssignment(assignment); !r.ok())
            return r;
    }
    // A full answer is everything the account may see now: drop assignments it no longer has.
    if (response.value(QLatin1String("full")).toBool()) {
        QStringList stale;
        {
            QSqlQuery &q = m_db.statement(QStringLiteral("SELECT id FROM assignments"));
            FinishQuery finish{q};
            if (m_db.run(q)) {
                while (q.next()) {
                    if (!pulled.contains(q.value(0).toString()))
                        stale << q.value(0).toString();
                }
            }
        }
        for (const QString &id : std::as_const(stale)) {
            if (!m_db.run(QStringLiteral("DELETE FROM assignments WHERE id = ?"), {id}))
                return WriteResult::failure(m_db.lastError());
        }
    }
    const qint64 cursor = response.value(QLatin1String("cursor")).toInteger(-1);
    if (cursor < 0)
        return WriteResult::failure(QStringLiteral("the server's answer has no cursor"));
    if (const WriteResult r = organisation.setSetting(kCursorKey, QString::number(cursor)); !r.ok())
        return r;
    if (!transaction.commit())
        return WriteResult::failure(m_db.lastError());
    return WriteResult::success();
}

} // namespace tp::storage
