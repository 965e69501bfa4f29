#include "core/JsonWriters.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tp {

QJsonObject auditToJson(const Audit &audit)
{
    QJsonObject answers;
    for (auto it = audit.answers.cbegin(); it != audit.answers.cend(); ++it) {
        const Answer &answer = it.value();
        QJsonObject object;
        if (answer.notApplicable)
            object.insert(QStringLiteral("na"), true);
        if (!answer.value.isUndefined())
            object.insert(QStringLiteral("value"), answer.value);
        if (!answer.note.isEmpty())
            object.insert(QStringLiteral("note"), answer.note);
        if (!answer.photos.isEmpty())
            object.insert(QStringLiteral("photos"), QJsonArray::fromStringList(answer.photos));
        if (!answer.answeredAt.isEmpty())
            object.insert(QStringLiteral("answeredAt"), answer.answeredAt);
        answers.insert(it.key(), object);
    }
    QJsonArray timeline;
    for (const TimelineEvent &event : audit.timeline) {
        QJsonObject object{{QStringLiteral("event"), event.event},
                           {QStringLiteral("elapsedMs"), double(event.elapsedMs)}};
        if (!event.at.isEmpty())
            object.insert(QStringLiteral("at"), event.at);
        timeline.append(object);
    }
    QJsonObject root{
        {QStringLiteral("uuid"), audit.uuid},
        {QStringLiteral("script"), QJsonObject{{QStringLiteral("id"), audit.scriptId},
                                               {QStringLiteral("version"), audit.scriptVersion}}},
        {QStringLiteral("site"), audit.site},
        {QStringLiteral("auditor"), audit.auditor},
        {QStringLiteral("mode"), auditModeName(audit.mode)},
        {QStringLiteral("startedAt"), audit.startedAt},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("answers"), answers},
    };
    if (!audit.assignment.isEmpty())
        root.insert(QStringLiteral("assignment"), audit.assignment);
    if (!audit.submittedAt.isEmpty())
        root.insert(QStringLiteral("submittedAt"), audit.submittedAt);
    if (audit.checkIn) {
        QJsonObject checkIn{{QStringLiteral("latitude"), audit.checkIn->latitude},
                            {QStringLiteral("longitude"), audit.checkIn->longitude}};
        if (audit.checkIn->accuracy)
            checkIn.insert(QStringLiteral("accuracy"), *audit.checkIn->accuracy);
        if (!audit.checkIn->at.isEmpty())
            checkIn.insert(QStringLiteral("at"), audit.checkIn->at);
        root.insert(QStringLiteral("checkIn"), checkIn);
    }
    return root;
}

QByteArray canonicalAuditJsonThroughQt(const Audit &audit)
{
    return QJsonDocument(auditToJson(audit)).toJson(QJsonDocument::Compact);
}

QByteArray canonicalAuditJson(const Audit &audit)
{
    QByteArray json;
    if (writeCanonicalAudit(audit, &json))
        return json;
    return canonicalAuditJsonThroughQt(audit);
}

QString auditContentSha256(const Audit &audit)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalAuditJson(audit), QCryptographicHash::Sha256).toHex());
}

} // namespace tp
