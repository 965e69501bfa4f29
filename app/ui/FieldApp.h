#pragma once

#include "ui/AccountSession.h"
#include "ui/AppContext.h"
#include "ui/AssignmentBoard.h"
#include "ui/AuditHistory.h"
#include "ui/AuditLauncher.h"
#include "ui/AuditSession.h"
#include "ui/SyncController.h"
#include "ui/admin/AdminController.h"
#include "ui/manager/ManagerController.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace tp::ui {

// The app as QML sees it: who is signed in (session), their work (assignments, history), the
// audit open on screen, sync and the manager's screens. main() (or a test) builds one per
// database and hands it to QML as the FieldApp singleton.
class FieldApp : public QObject, private AuditLauncher
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(tp::ui::AccountSession *session READ session CONSTANT)
    Q_PROPERTY(tp::ui::AssignmentBoard *assignments READ assignments CONSTANT)
    Q_PROPERTY(tp::ui::AuditHistory *history READ history CONSTANT)
    Q_PROPERTY(tp::ui::AuditSession *audit READ audit NOTIFY auditChanged)
    Q_PROPERTY(tp::ui::SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(tp::ui::ManagerController *manager READ manager CONSTANT)
    Q_PROPERTY(tp::ui::AdminController *admin READ admin CONSTANT)
    Q_PROPERTY(bool discreet READ discreet WRITE setDiscreet NOTIFY discreetChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    struct OpenResult
    {
        std::unique_ptr<FieldApp> app;
        QString error;
    };
    // Opens (or creates) the device database; in demo mode seeds the demo organisation.
    static OpenResult open(const AppOptions &options);
    ~FieldApp() override;

    // The instance QML gets; set before the QML engine loads anything.
    static void setInstance(FieldApp *app);
    static FieldApp *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    AccountSession *session() const { return m_session; }
    AssignmentBoard *assignments() const { return m_assignments; }
    AuditHistory *history() const { return m_history; }
    AuditSession *audit() const { return m_audit; }
    SyncController *sync() const { return m_sync; }
    ManagerController *manager() const { return m_manager; }
    AdminController *admin() const { return m_admin; }
    bool discreet() const { return m_discreet; }
    void setDiscreet(bool discreet);
    QString lastError() const { return m_lastError; }
    AppContext &context() { return m_context; }

    // Closes the audit on screen, then signs out.
    Q_INVOKABLE void signOut();
    Q_INVOKABLE bool openAudit(const QString &uuid) override;
    Q_INVOKABLE void closeAudit();
    Q_INVOKABLE bool discardAudit();
    Q_INVOKABLE void refresh();

signals:
    void discreetChanged();
    void auditChanged();
    void lastErrorChanged();

private:
    explicit FieldApp(AppContext context);
    void restoreSession();
    void onAccountChanged();
    bool startAudit(const storage::NewAudit &audit) override;
    bool fail(const QString &message) override;
    void clearError() override;
    void setAudit(AuditSession *session);

    AppContext m_context;
    bool m_discreet = false;
    QPointer<AuditSession> m_audit;
    QString m_lastError;
    SyncController *m_sync = nullptr;
    AccountSession *m_session = nullptr;
    AssignmentBoard *m_assignments = nullptr;
    AuditHistory *m_history = nullptr;
    ManagerController *m_manager = nullptr;
    AdminController *m_admin = nullptr;
};

} // namespace tp::ui
