#pragma once

#include "ui/AppContext.h"
#include "ui/manager/ActionsController.h"
#include "ui/manager/AssignmentsController.h"
#include "ui/manager/ExportController.h"
#include "ui/manager/ManagerFeed.h"
#include "ui/manager/ReportsController.h"
#include "ui/manager/ReviewController.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

class SyncController;

// The screens of regional managers and store managers, one controller per screen family:
// reports (charts of a region, or the own store, over a period), review (the audits waiting, one
// audit in detail, approve or reject), actions (corrective actions and promises kept),
// assignments (regional managers only) and exports (CSV, PDF). They share the feed: what was
// fetched from the server with the signed-in user's token, the copy saved on this phone, progress
// and messages.
class ManagerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FieldApp owns the manager controller")

    Q_PROPERTY(bool isRegionalManager READ isRegionalManager NOTIFY accountChanged)
    Q_PROPERTY(bool isStoreManager READ isStoreManager NOTIFY accountChanged)
    Q_PROPERTY(tp::ui::ManagerFeed *feed READ feed CONSTANT)
    Q_PROPERTY(tp::ui::ReportsController *reports READ reports CONSTANT)
    Q_PROPERTY(tp::ui::ReviewController *review READ review CONSTANT)
    Q_PROPERTY(tp::ui::ActionsController *actions READ actions CONSTANT)
    Q_PROPERTY(tp::ui::AssignmentsController *assignments READ assignments CONSTANT)
    Q_PROPERTY(tp::ui::ExportController *exports READ exports CONSTANT)

public:
    ManagerController(AppContext &context, SyncController *sync, QObject *parent = nullptr);

    // Who is signed in (no role: nobody); a manager's data is fetched (or read from the cache)
    // at once.
    void setAccount(const QString &username, std::optional<Role> role);

    bool isRegionalManager() const { return m_feed->isRegionalManager(); }
    bool isStoreManager() const { return m_feed->isStoreManager(); }
    ManagerFeed *feed() const { return m_feed; }
    ReportsController *reports() const { return m_reports; }
    ReviewController *review() const { return m_review; }
    ActionsController *actions() const { return m_actions; }
    AssignmentsController *assignments() const { return m_assignments; }
    ExportController *exports() const { return m_exports; }

    // The screen tour and tests: talk to another server (an unreachable one shows the offline
    // copy). Not for QML.
    void useServer(const QUrl &server) { m_feed->useServer(server); }

    Q_INVOKABLE void refresh() { m_feed->refresh(); }
    Q_INVOKABLE void clearMessages() { m_feed->clearMessages(); }

signals:
    void accountChanged();

private:
    QString m_username;
    std::optional<Role> m_role;
    ManagerFeed *m_feed;
    ReportsController *m_reports;
    ReviewController *m_review;
    ActionsController *m_actions;
    AssignmentsController *m_assignments;
    ExportController *m_exports;
};

} // namespace tp::ui
