// One audit opened in detail and reviewed (approve or reject). Each change is one request; its
// answer replaces what the screen shows, and the lists and reports are fetched again.
#include "ui/manager/ReviewController.h"

#include "ui/manager/AuditDetailShape.h"
#include "ui/manager/ManagerFeed.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace tp::ui {

ReviewController::ReviewController(ManagerFeed *feed, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_queue(new AuditListModel(this))
    , m_audits(new AuditListModel(this))
    , m_audit(new AuditDetail(this))
{
    connect(m_feed, &ManagerFeed::arrived, this, &ReviewController::updateList);
    connect(m_feed, &ManagerFeed::dataChanged, this, &ReviewController::relabelLists);
    connect(m_feed, &ManagerFeed::pageAdded, this, &ReviewController::appendPage);
}

namespace {

const QString kQueue = QStringLiteral("queue");
const QString kAudits = QStringLiteral("audits");

} // namespace

void ReviewController::updateList(const QString &name)
{
    AuditListModel *list = name == kQueue ? m_queue : name == kAudits ? m_audits : nullptr;
    if (!list)
        return;
    m_labels = m_feed->siteLabels();
    list->setRows(shapes::auditRows(m_feed->value(name).toArray(), m_labels));
    emit pagingChanged();
}

// Every answer is in: the reports may name sites this phone did not know when a list came.
// A new account, or a list that did not come (no server), shows here too.
void ReviewController::relabelLists()
{
    const shapes::SiteLabels labels = m_feed->siteLabels();
    const bool queueStale = m_queue->rowCount() != m_feed->value(kQueue).toArray().size();
    const bool auditsStale = m_audits->rowCount() != m_feed->value(kAudits).toArray().size();
    if (labels == m_labels && !queueStale && !auditsStale)
        return;
    m_labels = labels;
    m_queue->setRows(shapes::auditRows(m_feed->value(kQueue).toArray(), labels));
    m_audits->setRows(shapes::auditRows(m_feed->value(kAudits).toArray(), labels));
    emit pagingChanged();
}

void ReviewController::appendPage(const QString &name, const QJsonArray &rows)
{
    if (name == kQueue)
        m_queue->appendRows(shapes::auditRows(rows, m_feed->siteLabels()));
    else if (name == kAudits)
        m_audits->appendRows(shapes::auditRows(rows, m_feed->siteLabels()));
    else
        return;
    emit pagingChanged();
}

bool ReviewController::queueHasMore() const
{
    return m_feed->hasMore(kQueue);
}

bool ReviewController::auditsHasMore() const
{
    return m_feed->hasMore(kAudits);
}

bool ReviewController::loadingMore() const
{
    return m_feed->loadingMore(kQueue) || m_feed->loadingMore(kAudits);
}

void ReviewController::loadMore(bool allAudits)
{
    m_feed->fetchMore(allAudits ? kAudits : kQueue, {});
}

void ReviewController::loadAll(bool allAudits)
{
    m_feed->fetchAll(allAudits ? kAudits : kQueue, [](bool) {});
}

void ReviewController::openAudit(const QString &uuid)
{
    m_feed->clearMessages();
    m_feed->startRequest(tr("Opening the audit…")); // the fetch's answer finishes it
    m_feed->fetch(QStringLiteral("audit"), QStringLiteral("/audits/") + uuid, {},
                  [this] { setAuditJson(m_feed->value(QStringLiteral("audit")).toObject()); });
}

void ReviewController::closeAudit()
{
    m_feed->remove(QStringLiteral("audit"));
    setAuditJson({});
}

void ReviewController::setAuditJson(const QJsonObject &stored)
{
    m_auditJson = stored;
    AuditDetailData detail =
        stored.isEmpty() ? AuditDetailData() : shapes::auditDetail(stored, m_feed->siteLabels());
    if (const auto script = stored.isEmpty() ? nullptr
                                             : m_feed->context().organisation->script(
                                                   detail.scriptId, detail.scriptVersion)) {
        detail.scriptText = tr("%1, version %2").arg(script->title).arg(script->version);
        QHash<QString, QString> prompts;
        for (const Item &item : script->items)
            prompts.insert(item.id, item.prompt);
        for (ActionRow &action : detail.actions)
            action.itemText = prompts.value(action.item, action.itemText);
    }
    m_audit->photos()->setRows({});
    m_audit->setData(detail);
    emit auditChanged();
    loadPhotos(detail.photos);
}

void ReviewController::addPhoto(const QUrl &file)
{
    m_audit->photos()->setRows(m_audit->photos()->rows() + QList<QUrl>{file});
}

// Photos are fetched with the token and kept in the data folder, so that an Image can show them
// from a file (and offline next time).
void ReviewController::loadPhotos(const QStringList &hashes)
{
    const QString folder = QFileInfo(m_feed->context().options.databaseFile)
                               .dir()
                               .filePath(QStringLiteral("manager-photos"));
    QDir().mkpath(folder);
    const QString uuid = m_audit->uuid();
    for (const QString &hash : hashes) {
        const QString file = QDir(folder).filePath(hash + QStringLiteral(".jpg"));
        if (QFileInfo::exists(file)) {
            addPhoto(QUrl::fromLocalFile(file));
            continue;
        }
        m_feed->api()->get(QStringLiteral("/photos/") + hash, {},
                           [this, file, uuid](const sync::ManagerApi::Answer &answer) {
                               if (!answer.reply.ok() || answer.raw.isEmpty() ||
                                   m_audit->uuid() != uuid)
                                   return;
                               QSaveFile out(file);
                               if (!out.open(QIODevice::WriteOnly))
                                   return;
                               out.write(answer.raw);
                               if (!out.commit())
                                   return;
                               addPhoto(QUrl::fromLocalFile(file));
                           });
    }
}

void ReviewController::review(bool approve, const QString &reason)
{
    const QString uuid = m_audit->uuid();
    if (uuid.isEmpty())
        return;
    if (!approve && reason.trimmed().isEmpty()) {
        m_feed->setError(tr("Say why the audit is rejected: the shopper reads the reason."));
        return;
    }
    QJsonObject body{{QStringLiteral("decision"),
                      approve ? QStringLiteral("approve") : QStringLiteral("reject")}};
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("reason"), reason.trimmed());
    m_feed->clearMessages();
    m_feed->startRequest(approve ? tr("Approving…") : tr("Rejecting…"));
    m_feed->api()->post(QStringLiteral("/audits/%1/review").arg(uuid), body,
                        [this, approve](const sync::ManagerApi::Answer &answer) {
                            m_feed->finishRequest();
                            if (!answer.reply.ok()) {
                                m_feed->setError(answer.reply.message);
                                return;
                            }
                            setAuditJson(answer.body.toObject());
                            m_feed->refreshWithNotice(
                                approve ? tr("Approved.") : tr("Rejected; the shopper sees why."));
                        });
}

} // namespace tp::ui
