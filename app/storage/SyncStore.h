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
    QString queuedAt;
    int attempts = 0;
    QList<QPair<QString, QString>> photos; // (sha256, file) not yet uploaded
};

// A place in the outbox's queue order (queued_at, audit); the empty position is before the first.
struct QueuePosition
{
    QString queuedAt;
    QString audit;
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

    // Entries due by `dueByMs` (next attempt reached; refused ones only when `includeRefused`)
    // that come after `after` in queue order, oldest first, at most `limit`. A sync walks the
    // queue once this way: what fails during it waits for the next one, and what is in flight
    // is not handed out twice.
    QList<PendingUpload> due(qint64 dueByMs, int limit, bool includeRefused,
                             const QueuePosition &after = {});
    // Records the server's receipt and, when no photo of the audit is left to send, confirms the
    // entry in the same commit (`*confirmed` says which).
    WriteResult recordReceipt(const QString &audit, const QString &receiptSha256,
                              bool *confirmed = nullptr);
    struct Receipt
    {
        QString audit;
        QString receiptSha256;
    };
    struct ReceiptOutcome
    {
        WriteResult result;
        bool confirmed = false;
    };
    // recordReceipt() for each, in one commit; a receipt that names other content is refused on
    // its own and the others are recorded. Outcomes in the receipts' order.
    QList<ReceiptOutcome> recordReceipts(const QList<Receipt> &receipts);
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
    ReceiptOutcome applyReceipt(const Receipt &receipt, const QString &now);
    // Rows confirmed (0 or 1), or -1 when the statement failed.
    int confirmIfComplete(const QString &audit, const QString &now);

    DeviceDatabase &m_db;
};

QString auditSyncStateName(AuditSyncState state);

} // namespace tp::storage
