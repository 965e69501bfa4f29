// The manager's changes: one audit opened in detail, reviewed (approve or reject), followed up
// with a corrective action; an action marked done. Each is one request; its answer replaces
// what the screen shows, and the lists and reports are fetched again.
#include "ui/AuditDetailShape.h"
#include "ui/ManagerApi.h"
#include "ui/ManagerController.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tp::ui {

void ManagerController::openAudit(const QString &uuid)
{
    clearMessages();
    ++m_pending;
    m_total = m_pending;
    m_progressText = tr("Opening the audit…");
    emit stateChanged();
    const Fetch what{QStringLiteral("audit"), QStringLiteral("/audits/") + uuid, {}};
    fetch(what, [this] { setAuditJson(m_data.value(QStringLiteral("audit")).toObject()); });
}

void ManagerController::closeAudit()
{
    m_data.remove(QStringLiteral("audit"));
    setAuditJson({});
}

void ManagerController::setAuditJson(const QJsonObject &stored)
{
    m_auditJson = stored;
    m_audit = stored.isEmpty() ? QVariantMap() : shapes::auditDetail(stored, siteLabels());
    const QJsonObject scriptRef =
        stored.value(QLatin1String("audit")).toObject().value(QLatin1String("script")).toObject();
    if (const auto script = stored.isEmpty()
                                ? nullptr
                                : m_context.organisation->script(
                                      scriptRef.value(QLatin1String("id")).toString(),
                                      scriptRef.value(QLatin1String("version")).toInt())) {
        m_audit.insert(QStringLiteral("scriptText"),
                       tr("%1, version %2").arg(script->title).arg(script->version));
        QHash<QString, QString> prompts;
        for (const Item &item : script->items)
            prompts.insert(item.id, item.prompt);
        QVariantList actions;
        for (const QVariant &row : m_audit.value(QStringLiteral("actions")).toList()) {
            QVariantMap action = row.toMap();
            action.insert(QStringLiteral("itemText"),
                          prompts.value(action.value(QStringLiteral("item")).toString(),
                                        action.value(QStringLiteral("itemText")).toString()));
            actions << action;
        }
        m_audit.insert(QStringLiteral("actions"), actions);
    }
    m_photoUrls.clear();
    emit auditChanged();
    QStringList hashes;
    for (const QVariant &hash : m_audit.value(QStringLiteral("photos")).toList())
        hashes << hash.toString();
    loadPhotos(hashes);
}

// Photos are fetched with the token and kept in the data folder, so that an Image can show them
// from a file (and offline next time).
void ManagerController::loadPhotos(const QStringList &hashes)
{
    const QString folder =
        QFileInfo(m_context.options.databaseFile).dir().filePath(QStringLiteral("manager-photos"));
    QDir().mkpath(folder);
    const QString uuid = m_audit.value(QStringLiteral("uuid")).toString();
    for (const QString &hash : hashes) {
        const QString file = QDir(folder).filePath(hash + QStringLiteral(".jpg"));
        if (QFileInfo::exists(file)) {
            m_photoUrls << QUrl::fromLocalFile(file);
            continue;
        }
        m_api->get(QStringLiteral("/photos/") + hash, {},
                   [this, file, uuid](const ManagerApi::Answer &answer) {
                       if (!answer.reply.ok() || answer.raw.isEmpty() ||
                           m_audit.value(QStringLiteral("uuid")).toString() != uuid)
                           return;
                       QSaveFile out(file);
                       if (!out.open(QIODevice::WriteOnly))
                           return;
                       out.write(answer.raw);
                       if (!out.commit())
                           return;
                       m_photoUrls << QUrl::fromLocalFile(file);
                       emit auditChanged();
                   });
    }
    if (!m_photoUrls.isEmpty())
        emit auditChanged();
}

void ManagerController::afterChange(const QString &notice)
{
    refresh(); // lists and reports change with a review or an action
    setNotice(notice);
}

void ManagerController::review(bool approve, const QString &reason)
{
    const QString uuid = m_audit.value(QStringLiteral("uuid")).toString();
    if (uuid.isEmpty())
        return;
    if (!approve && reason.trimmed().isEmpty()) {
        setError(tr("Say why the audit is rejected: the shopper reads the reason."));
        return;
    }
    QJsonObject body{{QStringLiteral("decision"),
                      approve ? QStringLiteral("approve") : QStringLiteral("reject")}};
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("reason"), reason.trimmed());
    clearMessages();
    ++m_pending;
    m_total = m_pending;
    m_progressText = approve ? tr("Approving…") : tr("Rejecting…");
    emit stateChanged();
    m_api->post(QStringLiteral("/audits/%1/review").arg(uuid), body,
                [this, approve](const ManagerApi::Answer &answer) {
                    finishOne();
                    if (!answer.reply.ok()) {
                        setError(answer.reply.message);
                        return;
                    }
                    setAuditJson(answer.body.toObject());
                    afterChange(approve ? tr("Approved.") : tr("Rejected; the shopper sees why."));
                });
}

void ManagerController::createAction(const QString &item, bool ownerIsDepartment,
                                     const QString &owner, int dueDays, const QString &note)
{
    const QString uuid = m_audit.value(QStringLiteral("uuid")).toString();
    if (uuid.isEmpty() || item.isEmpty())
        return;
    if (owner.trimmed().isEmpty() || note.trimmed().isEmpty()) {
        setError(tr("An action needs an owner and a note saying what is to be done."));
        return;
    }
    const QJsonObject body{
        {QStringLiteral("audit"), uuid},
        {QStringLiteral("item"), item},
        {QStringLiteral("owner"),
         QJsonObject{{ownerIsDepartment ? QStringLiteral("department") : QStringLiteral("user"),
                      owner.trimmed()}}},
        {QStringLiteral("due"), QDate::currentDate().addDays(dueDays).toString(Qt::ISODate)},
        {QStringLiteral("note"), note.trimmed()}};
    clearMessages();
    ++m_pending;
    m_total = m_pending;
    m_progressText = tr("Creating the action…");
    emit stateChanged();
    m_api->post(QStringLiteral("/actions"), body, [this, uuid](const ManagerApi::Answer &answer) {
        finishOne();
        if (!answer.reply.ok()) {
            setError(answer.reply.message);
            return;
        }
        openAudit(uuid); // shows the action under the audit
        afterChange(tr("Action created."));
    });
}

void ManagerController::markDone(const QString &actionId, const QString &note)
{
    if (note.trimmed().isEmpty()) {
        setError(tr("Say what was done."));
        return;
    }
    clearMessages();
    ++m_pending;
    m_total = m_pending;
    m_progressText = tr("Marking the action done…");
    emit stateChanged();
    m_api->post(QStringLiteral("/actions/%1/done").arg(actionId),
                QJsonObject{{QStringLiteral("note"), note.trimmed()}},
                [this](const ManagerApi::Answer &answer) {
                    finishOne();
                    if (!answer.reply.ok()) {
                        setError(answer.reply.message);
                        return;
                    }
                    afterChange(tr("Marked done."));
                });
}

} // namespace tp::ui
