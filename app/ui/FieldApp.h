#pragma once

#include "storage/SyncStore.h"
#include "ui/AppContext.h"
#include "ui/AuditSession.h"
#include "ui/ManagerController.h"
#include "ui/RowListModel.h"
#include "ui/SyncController.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace tp::ui {

// The app as QML sees it: who is signed in, their work (assignments, history, sites to
// self-audit) and the audit open on screen. main() (or a test) builds one per database and
// hands it to QML as the FieldApp singleton.
class FieldApp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool demoMode READ demoMode CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY accountChanged)
    Q_PROPERTY(QString username READ username NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY accountChanged)
    Q_PROPERTY(QString role READ role NOTIFY accountChanged)
    Q_PROPERTY(bool isExecutive READ isExecutive NOTIFY accountChanged)
    Q_PROPERTY(bool discreet READ discreet WRITE setDiscreet NOTIFY discreetChanged)
    Q_PROPERTY(QVariantList demoAccounts READ demoAccounts CONSTANT)
    Q_PROPERTY(tp::ui::RowListModel *assignments READ assignments CONSTANT)
    Q_PROPERTY(tp::ui::RowListModel *history READ history CONSTANT)
    Q_PROPERTY(tp::ui::RowListModel *stores READ stores CONSTANT)
    Q_PROPERTY(tp::ui::RowListModel *lines READ lines CONSTANT)
    Q_PROPERTY(QString lastVisitText READ lastVisitText NOTIFY workChanged)
    Q_PROPERTY(QString lastCallText READ lastCallText NOTIFY workChanged)
    Q_PROPERTY(int daysSinceVisit READ daysSinceVisit NOTIFY workChanged)
    Q_PROPERTY(int daysSinceCall READ daysSinceCall NOTIFY workChanged)
    Q_PROPERTY(tp::ui::AuditSession *audit READ audit NOTIFY auditChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(tp::ui::SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(tp::ui::ManagerController *manager READ manager CONSTANT)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)

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

    bool demoMode() const { return m_context.options.demo; }
    bool signedIn() const { return !m_username.isEmpty(); }
    QString username() const { return m_username; }
    QString displayName() const { return m_account.displayName; }
    QString roleText() const;
    QString role() const { return m_account.role; }
    bool isExecutive() const;
    bool discreet() const { return m_discreet; }
    void setDiscreet(bool discreet);
    QVariantList demoAccounts() const;
    RowListModel *assignments() const { return m_assignments; }
    RowListModel *history() const { return m_history; }
    RowListModel *stores() const { return m_stores; }
    RowListModel *lines() const { return m_lines; }
    QString lastVisitText() const { return daysText(m_daysSinceVisit, true); }
    QString lastCallText() const { return daysText(m_daysSinceCall, false); }
    int daysSinceVisit() const { return m_daysSinceVisit; }
    int daysSinceCall() const { return m_daysSinceCall; }
    AuditSession *audit() const { return m_audit; }
    QString lastError() const { return m_lastError; }
    AppContext &context() { return m_context; }
    SyncController *sync() const { return m_sync; }
    ManagerController *manager() const { return m_manager; }
    bool signingIn() const { return m_signingIn; }

    Q_INVOKABLE bool signIn(const QString &username, const QString &password);
    Q_INVOKABLE bool signInDemo(const QString &username); // demo mode: the demo password
    Q_INVOKABLE bool acceptAssignment(const QString &assignmentId);
    Q_INVOKABLE bool declineAssignment(const QString &assignmentId);
    Q_INVOKABLE void signOut();
    // Resumes the assignment's audit in progress, or starts one.
    Q_INVOKABLE bool openAssignment(const QString &assignmentId);
    Q_INVOKABLE bool startSelfAudit(const QString &siteId);
    Q_INVOKABLE bool openAudit(const QString &uuid);
    Q_INVOKABLE void closeAudit();
    Q_INVOKABLE bool discardAudit();
    Q_INVOKABLE void refresh();

signals:
    void accountChanged();
    void discreetChanged();
    void workChanged();
    void auditChanged();
    void lastErrorChanged();
    void signingInChanged();

private:
    explicit FieldApp(AppContext context);
    void restoreSession();
    void completeSignIn(const storage::Account &account);
    void signInOffline(const QString &username, const QString &password);
    void rememberPassword(const QString &username, const QString &password);
    bool passwordMatches(const QString &username, const QString &password);
    void assignmentAction(const QString &assignmentId, const QString &action);
    bool fail(const QString &message);
    void clearError();
    bool startAudit(const storage::NewAudit &audit);
    void setAudit(AuditSession *session);
    QString daysText(int days, bool visit) const;
    QString assignmentStateText(const QString &state) const;
    QString syncStateText(const storage::AuditSyncInfo &sync, const QString &assignmentState) const;

    AppContext m_context;
    QString m_username;
    storage::Account m_account;
    bool m_discreet = false;
    int m_daysSinceVisit = -1;
    int m_daysSinceCall = -1;
    RowListModel *m_assignments;
    RowListModel *m_history;
    RowListModel *m_stores;
    RowListModel *m_lines;
    QPointer<AuditSession> m_audit;
    QString m_lastError;
    SyncController *m_sync = nullptr;
    ManagerController *m_manager = nullptr;
    bool m_signingIn = false;
};

} // namespace tp::ui
