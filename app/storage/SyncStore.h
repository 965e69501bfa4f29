#pragma once

#include "storage/StorageTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tp::storage {

class DeviceDatabase;

// An outbox entry as the sync client works on it.
struct PendingUpload
{
    QString audit;
    QByteArray body; // canonical audit JSON, exactly as submitted
    QString contentSha256;
    QString receiptSha256; // set once the server's receipt matched; then only photos remain
    int attempts = 0;
    QList<QPair<QString, QString>> photos; // (sha256, file) not yet uploaded
};

struct OutboxCounts
{
    int waiting = 0; // not yet confirmed by the server, including refused ones
    int refused = 0; // refused by the server (4xx): shown, kept, retried on demand
    int photosWaiting = 0;
};

enum class AuditSyncState
{
    OnPhone,   // in progress, or submitted and not yet sent
    Uploading, // sent at least once, not yet confirmed
    OnServer,  // the server's receipt matched, photos included
    Refused,   // the server refused it; the reason is kept
};

struct AuditSyncInfo
{
    AuditSyncState state = AuditSyncState::OnPhone;
    QString lastError;
};

// What the sync client reads and writes. An entry leaves the outbox (confirmed_at is set; the
// row itself is kept as history) only when the server's receipt names the same content hash
// and every photo of the audit is uploaded.
class SyncStore
{
public:
    explicit SyncStore(DeviceDatabase &db)
        : m_db(db)
    {
    }

    // Entries due now (next attempt reached; refused ones only when `includeRefused`), oldest
    // first, at most `limit`.
    QList<PendingUpload> due(qint64 nowMs, int limit, bool includeRefused);
    WriteResult recordReceipt(const QString &audit, const QString &receiptSha256);
    WriteResult recordPhotoUploaded(const QString &sha256);
    // Sets confirmed_at when the receipt matched and no photo of the audit is left.
    WriteResult completeIfDone(const QString &audit);
    WriteResult recordFailure(const QString &audit, int httpStatus, const QString &error,
                              qint64 nextAttemptMs, bool refused);
    OutboxCounts counts();
    AuditSyncInfo syncInfo(const QString &audit);
    // Clears every refusal and wait, so a manual "sync now" tries everything at once.
    WriteResult retryAllNow();

    // Applies one GET /sync answer: sites, scripts and assignments, and the new cursor, in one
    // transaction. A script that fails to load is reported, and nothing is applied.
    WriteResult applyPull(const QJsonObject &response);
    qint64 cursor();

private:
    DeviceDatabase &m_db;
};

QString auditSyncStateName(AuditSyncState state);

} // namespace tp::storage
