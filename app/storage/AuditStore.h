#pragma once

#include "core/Audit.h"
#include "core/Score.h"
#include "core/Script.h"
#include "storage/AuditClock.h"
#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tp::storage {

class DeviceDatabase;

struct NewAudit
{
    QString scriptId;
    int scriptVersion = 0;
    QString site;
    QString auditor;
    AuditMode mode = AuditMode::MysteryShop;
    QString assignment; // empty for a self-audit
};

struct CheckInRecord
{
    bool hasFix = true; // false: the shopper went on without a position ("no fix")
    CheckIn position;
    QString status; // checkInStatusName(): "verified", "no-fix", "poor-accuracy", "too-far"
    QString reason; // "" when verified, else "accuracy 85 m", "1.9 km from the store"
    std::optional<double> distanceMetres;
};

// One audit as the device holds it: the audit itself, plus what the phone knows around it.
struct StoredAudit
{
    Audit audit;
    AuditState state = AuditState::InProgress;
    AuditClock clock;
    QString checkInStatus; // empty when the shopper has not checked in
    QString checkInReason;
    std::optional<double> checkInDistance;
    QString resumePosition; // where the UI was, opaque to storage
    std::optional<Centi> overall;
    bool passed = false;
    QJsonObject trust;
    QString contentSha256;
};

struct AuditSummary
{
    QString uuid;
    QString site;
    QString siteName;
    QString siteKind; // "store" or "phone"
    QString scriptId;
    int scriptVersion = 0;
    QString scriptTitle;
    AuditMode mode = AuditMode::MysteryShop;
    QString assignment;
    AuditState state = AuditState::InProgress;
    QString startedAt;
    QString submittedAt;
    std::optional<Centi> overall;
    bool passed = false;
    int answered = 0;
};

struct OutboxEntry
{
    QString audit;
    QByteArray body; // canonical audit JSON
    QString contentSha256;
    QString queuedAt;
    int attempts = 0;
    QString lastError;
    QString confirmedAt;
};

// Reads and writes audits. Every write is one transaction, committed (synchronous=FULL) before
// it returns success; a failed write leaves the database as it was.
class AuditStore
{
public:
    explicit AuditStore(DeviceDatabase &db)
        : m_db(db)
    {
    }

    // Starts an audit; the uuid is generated here (random, version 4).
    std::optional<QString> start(const NewAudit &audit, QString *error = nullptr);
    WriteResult saveValue(const QString &uuid, const QString &item, const QJsonValue &value);
    WriteResult clearValue(const QString &uuid, const QString &item);
    WriteResult setNotApplicable(const QString &uuid, const QString &item, bool notApplicable);
    WriteResult saveNote(const QString &uuid, const QString &item, const QString &note);
    WriteResult attachPhoto(const QString &uuid, const QString &item, const QString &sha256);
    WriteResult detachPhoto(const QString &uuid, const QString &item, const QString &sha256);
    // Appends a moment at this elapsed time, after the audit's last one.
    WriteResult addMoment(const QString &uuid, const QString &event, qint64 elapsedMs);
    WriteResult removeLastMoment(const QString &uuid); // undo a mistaken tap
    WriteResult saveCheckIn(const QString &uuid, const CheckInRecord &checkIn);
    WriteResult saveResumePosition(const QString &uuid, const QString &position);
    WriteResult discard(const QString &uuid); // an audit in progress only

    // Makes the audit read-only and queues it for the server in the same transaction. Refused
    // while a required or critical item is missing.
    WriteResult submit(const QString &uuid, const Script &script, const QJsonObject &trust);

    std::optional<StoredAudit> load(const QString &uuid);
    QList<AuditSummary> list(const QString &auditor);
    // The newest audit started by this auditor in this mode on sites of this kind, if any.
    std::optional<QDateTime> lastStarted(const QString &auditor, AuditMode mode,
                                         const QString &siteKind);
    std::optional<QString> inProgressFor(const QString &auditor, const QString &assignment);
    QList<OutboxEntry> outbox();
    int answerCount(const QString &uuid);

private:
    std::optional<AuditState> stateOf(const QString &uuid);
    bool exists(const QString &sql, std::initializer_list<QVariant> values);
    WriteResult requireInProgress(const QString &uuid);
    WriteResult write(const QString &sql, std::initializer_list<QVariant> values);

    DeviceDatabase &m_db;
};

QString nowTimestamp(); // ISO 8601 UTC with milliseconds

} // namespace tp::storage
