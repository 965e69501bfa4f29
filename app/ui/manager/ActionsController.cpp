// Corrective actions: created from the open audit, marked done. Each change is one request;
// the lists and reports are fetched again after it.
#include "ui/manager/ActionsController.h"

#include "ui/manager/ManagerFeed.h"
#include "ui/manager/ReportShapes.h"
#include "ui/manager/ReviewController.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>

namespace tp::ui {

ActionsController::ActionsController(ManagerFeed *feed, ReviewController *review, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_review(review)
    , m_actions(new ActionListModel(this))
    , m_promises(new PromiseModel(this))
{
    connect(m_feed, &ManagerFeed::dataChanged, this, &ActionsController::loadEveryPage);
}

// The screen sorts the actions (overdue, open, done), so it needs all of them; a region has far
// fewer actions than audits. The first page shows at once, the rest once all are in: sorting
// the whole list again for each page kept the app busy for seconds after each refresh.
void ActionsController::loadEveryPage()
{
    updateRows();
    const QString actions = QStringLiteral("actions");
    if (m_feed->hasMore(actions))
        m_feed->fetchAll(actions, [this](bool ok) {
            if (ok)
                updateRows();
        });
}

void ActionsController::updateRows()
{
    const shapes::SiteLabels sites = m_feed->siteLabels();
    // Open ones first (overdue before the rest), then the done ones.
    QList<ActionRow> open;
    QList<ActionRow> overdue;
    QList<ActionRow> done;
    for (ActionRow action :
         shapes::actionRows(m_feed->value(QStringLiteral("actions")).toArray(), sites)) {
        const QString prompt = m_feed->itemPrompt(action.item);
        if (!prompt.isEmpty())
            action.itemText = prompt;
        if (action.overdue)
            overdue << action;
        else if (action.open)
            open << action;
        else
            done << action;
    }
    m_actions->setRows(overdue + open + done);
    QList<PromiseRow> promises;
    for (const PromiseRow &row :
         shapes::promiseRows(m_feed->value(QStringLiteral("promises")).toArray(), sites)) {
        if (row.actions > 0 || m_feed->isStoreManager())
            promises << row;
    }
    m_promises->setRows(promises);
    if (m_overdue != overdue.size()) {
        m_overdue = int(overdue.size());
        emit countsChanged();
    }
}

void ActionsController::createAction(const QString &item, bool ownerIsDepartment,
                                     const QString &owner, int dueDays, const QString &note)
{
    const QString uuid = m_review->audit()->uuid();
    if (uuid.isEmpty() || item.isEmpty())
        return;
    if (owner.trimmed().isEmpty() || note.trimmed().isEmpty()) {
        m_feed->setError(tr("An action needs an owner and a note saying what is to be done."));
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
    m_feed->clearMessages();
    m_feed->startRequest(tr("Creating the action…"));
    m_feed->api()->post(QStringLiteral("/actions"), body,
                        [this, uuid](const sync::ManagerApi::Answer &answer) {
                            m_feed->finishRequest();
                            if (!answer.reply.ok()) {
                                m_feed->setError(answer.reply.message);
                                return;
                            }
                            m_review->openAudit(uuid); // shows the action under the audit
                            m_feed->refreshWithNotice(tr("Action created."));
                        });
}

void ActionsController::markDone(const QString &actionId, const QString &note)
{
    if (note.trimmed().isEmpty()) {
        m_feed->setError(tr("Say what was done."));
        return;
    }
    m_feed->clearMessages();
    m_feed->startRequest(tr("Marking the action done…"));
    m_feed->api()->post(QStringLiteral("/actions/%1/done").arg(actionId),
                        QJsonObject{{QStringLiteral("note"), note.trimmed()}},
                        [this](const sync::ManagerApi::Answer &answer) {
                            m_feed->finishRequest();
                            if (!answer.reply.ok()) {
                                m_feed->setError(answer.reply.message);
                                return;
                            }
                            m_feed->refreshWithNotice(tr("Marked done."));
                        });
}

QString ActionsController::dueDateText(int days) const
{
    return QLocale().toString(QDate::currentDate().addDays(days), QStringLiteral("ddd d MMM"));
}

} // namespace tp::ui
