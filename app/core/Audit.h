#pragma once

#include "core/Issue.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tp {

enum class AuditMode
{
    MysteryShop,
    SelfAudit
};

struct Answer
{
    QJsonValue value; // Undefined when no value was given
    bool notApplicable = false;
    QString note;
    QStringList photos; // SHA-256 of each photo, lowercase hex
    QString answeredAt;
};

struct TimelineEvent
{
    QString event;
    qint64 elapsedMs = 0; // monotonic milliseconds since the audit started
    QString at;           // wall-clock time, ISO 8601, optional
};

struct CheckIn
{
    double latitude = 0;
    double longitude = 0;
    std::optional<double> accuracy; // metres
    QString at;
};

struct Audit
{
    QString uuid;
    QString scriptId;
    int scriptVersion = 0;
    QString site;
    QString auditor;
    AuditMode mode = AuditMode::MysteryShop;
    QString assignment;
    QString startedAt;
    QString submittedAt;
    std::optional<CheckIn> checkIn;
    QList<TimelineEvent> timeline;
    QHash<QString, Answer> answers;
};

QString auditModeName(AuditMode mode);

struct AuditDecodeResult
{
    std::optional<Audit> audit; // set only when there are no issues
    Issues issues;

    bool ok() const { return audit.has_value(); }
};

constexpr qsizetype kMaxAuditBytes = 2 * 1024 * 1024;

// Decodes the audit JSON format (structure only; checkAudit() checks it against its script).
AuditDecodeResult decodeAudit(const QByteArray &json);
// The same for an audit already parsed as a JSON object (an element of a bulk upload); the size
// limit is then the caller's to check.
AuditDecodeResult decodeAuditObject(const QJsonObject &root);
AuditDecodeResult decodeAuditFile(const QString &fileName);

bool isValidUuid(const QString &text);
bool isValidSha256(const QString &text);
bool isValidTimestamp(const QString &text);

} // namespace tp
