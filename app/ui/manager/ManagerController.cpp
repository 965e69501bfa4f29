#include "ui/manager/ManagerController.h"

namespace tp::ui {

ManagerController::ManagerController(AppContext &context, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_feed(new ManagerFeed(context, sync, this))
    , m_reports(new ReportsController(m_feed, this))
    , m_review(new ReviewController(m_feed, this))
    , m_actions(new ActionsController(m_feed, m_review, this))
    , m_assignments(new AssignmentsController(m_feed, this))
    , m_exports(new ExportController(m_feed, m_reports, m_review, this))
{
}

void ManagerController::setAccount(const QString &username, std::optional<Role> role)
{
    if (username == m_username && role == m_role)
        return;
    m_username = username;
    m_role = role;
    m_feed->setAccount(username, role);
    m_review->closeAudit();
    m_assignments->clear();
    m_exports->clear();
    emit accountChanged();
    if (isRegionalManager() || isStoreManager())
        refresh();
}

} // namespace tp::ui
