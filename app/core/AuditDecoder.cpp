#include "core/Audit.h"
#include "core/JsonFields.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tp {

namespace {

constexpr int kMaxAnswers = 5000;
constexpr int kMaxEvents = 1000;
constexpr int kMaxPhotosPerAnswer = 20;
constexpr int kMaxNoteLength = 4000;
constexpr int kMaxTextAnswerLength = 4000;

bool isLowerHex(const QString &text, int length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

std::optional<QString> readTimestamp(JsonFields &fields, const char *key, Need need)
{
    const auto text = fields.text(key, need, 40);
    if (!text)
        return std::nullopt;
    if (!isValidTimestamp(*text)) {
        fields.error(QStringLiteral("invalid_time"),
                     QStringLiteral("'%1' must be an ISO 8601 time with a zone, such as "
                                    "2026-03-14T10:02:00Z, not \"%2\"")
                         .arg(QLatin1String(key), text->left(40)));
        return std::nullopt;
    }
    return text;
}

void readScriptReference(JsonFields &fields, Audit &audit)
{
    const auto object = fields.object("script", Need::Required);
    if (!object)
        return;
    JsonFields scriptFields(*object, QStringLiteral("script"), fields.issues());
    audit.scriptId = scriptFields.identifier("id", Need::Required).value_or(QString());
    const auto version = scriptFields.integer("version", Need::Required);
    if (version && (*version < 1 || *version > 1000000000))
        scriptFields.error(QStringLiteral("invalid_version"),
                           QStringLiteral("'version' must be a whole number from 1"));
    audit.scriptVersion = int(version.value_or(0));
    scriptFields.reportUnknownFields();
}

void readCheckIn(JsonFields &fields, Audit &audit)
{
    const auto object = fields.object("checkIn", Need::Optional);
    if (!object)
        return;
    JsonFields checkInFields(*object, QStringLiteral("checkIn"), fields.issues());
    CheckIn checkIn;
    const auto latitude = checkInFields.number("latitude", Need::Required);
    const auto longitude = checkInFields.number("longitude", Need::Required);
    checkIn.accuracy = checkInFields.number("accuracy", Need::Optional);
    checkIn.at = readTimestamp(checkInFields, "at", Need::Optional).value_or(QString());
    checkInFields.reportUnknownFields();
    if (latitude && (*latitude < -90 || *latitude > 90))
        checkInFields.error(QStringLiteral("out_of_range"),
                            QStringLiteral("'latitude' must be from -90 to 90"));
    if (longitude && (*longitude < -180 || *longitude > 180))
        checkInFields.error(QStringLiteral("out_of_range"),
                            QStringLiteral("'longitude' must be from -180 to 180"));
    if (checkIn.accuracy && *checkIn.accuracy < 0)
        checkInFields.error(QStringLiteral("out_of_range"),
                            QStringLiteral("'accuracy' must not be negative"));
    checkIn.latitude = latitude.value_or(0);
    checkIn.longitude = longitude.value_or(0);
    audit.checkIn = checkIn;
}

void readTimeline(JsonFields &fields, Audit &audit)
{
    const auto events = fields.array("timeline", Need::Optional, kMaxEvents);
    if (!events)
        return;
    for (int i = 0; i < events->size(); ++i) {
        const QString path = QStringLiteral("timeline[%1]").arg(i);
        const QJsonValue value = events->at(i);
        if (!value.isObject()) {
            fields.issues().append(
                {path, QStringLiteral("wrong_type"),
                 QStringLiteral("an event must be an object, not ") + jsonTypeName(value)});
            continue;
        }
        const QJsonObject object = value.toObject();
        JsonFields eventFields(object, path, fields.issues());
        TimelineEvent event;
        event.event = eventFields.text("event", Need::Required, 40).value_or(QString());
        const auto elapsed = eventFields.integer("elapsedMs", Need::Required);
        if (elapsed && *elapsed < 0)
            eventFields.error(QStringLiteral("invalid_elapsed"),
                              QStringLiteral("'elapsedMs' must not be negative"));
        event.elapsedMs = elapsed.value_or(0);
        event.at = readTimestamp(eventFields, "at", Need::Optional).value_or(QString());
        eventFields.reportUnknownFields();
        audit.timeline.append(event);
    }
}

void readAnswer(const QString &itemId, const QJsonValue &value, Issues &issues, Audit &audit)
{
    const QString path = QStringLiteral("answers/") + itemId.left(80);
    if (!isValidIdentifier(itemId)) {
        issues.append({path, QStringLiteral("invalid_id"),
                       QStringLiteral("\"%1\" is not a valid item id").arg(itemId.left(80))});
        return;
    }
    if (!value.isObject()) {
        issues.append({path, QStringLiteral("wrong_type"),
                       QStringLiteral("an answer must be an object, not ") + jsonTypeName(value)});
        return;
    }
    const QJsonObject object = value.toObject();
    JsonFields fields(object, path, issues);
    Answer answer;
    answer.value = fields.raw("value");
    if (answer.value.isString() && answer.value.toString().size() > kMaxTextAnswerLength)
        fields.error(
            QStringLiteral("too_long"),
            QStringLiteral("'value' is longer than %1 characters").arg(kMaxTextAnswerLength));
    answer.notApplicable = fields.boolean("na").value_or(false);
    answer.note = fields.text("note", Need::Optional, kMaxNoteLength).value_or(QString());
    answer.answeredAt = readTimestamp(fields, "answeredAt", Need::Optional).value_or(QString());
    if (const auto photos = fields.array("photos", Need::Optional, kMaxPhotosPerAnswer)) {
        for (const QJsonValue &photo : *photos) {
            if (!isValidSha256(photo.toString())) {
                fields.error(QStringLiteral("invalid_photo_hash"),
                             QStringLiteral("photos are named by their SHA-256 in 64 lowercase hex "
                                            "digits"));
                break;
            }
            answer.photos.append(photo.toString());
        }
    }
    fields.reportUnknownFields();
    if (answer.notApplicable && !answer.value.isUndefined() && !answer.value.isNull())
        fields.error(QStringLiteral("na_with_value"),
                     QStringLiteral("an answer cannot be N/A and have a value"));
    audit.answers.insert(itemId, answer);
}

} // namespace

QString auditModeName(AuditMode mode)
{
    return mode == AuditMode::MysteryShop ? QStringLiteral("mystery_shop")
                                          : QStringLiteral("self_audit");
}

bool isValidUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isValidSha256(const QString &text)
{
    return isLowerHex(text, 64);
}

namespace {

// The digits of text[from, from + count) as a number, or -1.
int digitsAt(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t u = text[i].unicode();
        if (u < u'0' || u > u'9')
            return -1;
        value = value * 10 + (u - u'0');
    }
    return value;
}

// The shape every phone sends, 2026-03-14T10:02:00Z or 2026-03-14T10:02:00.123Z, with a real
// date and time: checked by hand, since the general check below costs about 8,000 instructions
// and an audit has a timestamp per answer. Anything else takes the general check.
bool isPlainUtcTimestamp(const QString &text)
{
    const int size = int(text.size());
    if ((size != 20 && (size < 22 || size > 24)) || text[size - 1] != u'Z')
        return false;
    if (text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || (size > 20 && text[19] != u'.'))
        return false;
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (size > 20 && digitsAt(text, 20, size - 21) < 0)
        return false;
    return year > 0 && month > 0 && day > 0 && QDate::isValid(year, month, day) && hour >= 0 &&
           hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

} // namespace

bool isValidTimestamp(const QString &text)
{
    if (isPlainUtcTimestamp(text))
        return true;
    // A zone is required: a time without one means different instants on phone and server.
    // thread_local: the server checks audits on several threads at once.
    thread_local const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)"));
    return pattern.match(text).hasMatch() &&
           QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

AuditDecodeResult decodeAudit(const QByteArray &json)
{
    AuditDecodeResult result;
    Issues &issues = result.issues;
    if (json.size() > kMaxAuditBytes) {
        issues.append({QString(), QStringLiteral("too_large"),
                       QStringLiteral("the audit is %1 bytes; at most %2 are allowed")
                           .arg(json.size())
                           .arg(kMaxAuditBytes)});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        issues.append({QString(), QStringLiteral("parse_error"),
                       QStringLiteral("not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString())});
        return result;
    }
    if (!document.isObject()) {
        issues.append({QString(), QStringLiteral("not_object"),
                       QStringLiteral("an audit must be a JSON object")});
        return result;
    }
    return decodeAuditObject(document.object());
}

AuditDecodeResult decodeAuditObject(const QJsonObject &root)
{
    AuditDecodeResult result;
    Issues &issues = result.issues;
    JsonFields fields(root, QString(), issues);
    Audit audit;
    if (const auto uuid = fields.text("uuid", Need::Required, 40)) {
        if (isValidUuid(*uuid))
            audit.uuid = *uuid;
        else
            fields.error(QStringLiteral("invalid_uuid"),
                         QStringLiteral("'uuid' must be a UUID in lowercase, such as "
                                        "3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b"));
    }
    readScriptReference(fields, audit);
    audit.site = fields.identifier("site", Need::Required).value_or(QString());
    audit.auditor = fields.text("auditor", Need::Required, 100).value_or(QString());
    if (const auto mode = fields.text("mode", Need::Required, 40)) {
        if (*mode == QLatin1String("mystery_shop"))
            audit.mode = AuditMode::MysteryShop;
        else if (*mode == QLatin1String("self_audit"))
            audit.mode = AuditMode::SelfAudit;
        else
            fields.error(QStringLiteral("invalid_mode"),
                         QStringLiteral("'mode' must be \"mystery_shop\" or \"self_audit\""));
    }
    audit.assignment = fields.text("assignment", Need::Optional, 100).value_or(QString());
    audit.startedAt = readTimestamp(fields, "startedAt", Need::Required).value_or(QString());
    audit.submittedAt = readTimestamp(fields, "submittedAt", Need::Optional).value_or(QString());
    readCheckIn(fields, audit);
    readTimeline(fields, audit);
    if (const auto answers = fields.object("answers", Need::Required)) {
        if (answers->size() > kMaxAnswers) {
            fields.error(QStringLiteral("too_many"),
                         QStringLiteral("an audit may have at most %1 answers").arg(kMaxAnswers));
        } else {
            for (auto it = answers->constBegin(); it != answers->constEnd(); ++it)
                readAnswer(it.key(), it.value(), issues, audit);
        }
    }
    fields.reportUnknownFields();
    if (issues.isEmpty())
        result.audit = std::move(audit);
    return result;
}

AuditDecodeResult decodeAuditFile(const QString &fileName)
{
    QFile file(fileName);
    AuditDecodeResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append(
            {QString(), QStringLiteral("cannot_read"),
             QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString())});
        return result;
    }
    if (file.size() > kMaxAuditBytes) {
        result.issues.append({QString(), QStringLiteral("too_large"),
                              QStringLiteral("the audit is %1 bytes; at most %2 are allowed")
                                  .arg(file.size())
                                  .arg(kMaxAuditBytes)});
        return result;
    }
    return decodeAudit(file.readAll());
}

} // namespace tp
