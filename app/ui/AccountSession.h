#pragma once

#include "core/Role.h"
#include "storage/OrganisationStore.h"
#include "ui/OfflineCredentials.h"
#include "ui/models/DemoAccountListModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tp::ui {

struct AppContext;
class SyncController;

// Who is signed in on this phone, and signing in: online against the server when the phone has
// one (remembering a hash of the password for the next sign-in without a connection), or
// offline against that hash, or with the demo password in demo mode.
class AccountSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the session belongs to FieldApp")

    Q_PROPERTY(bool demoMode READ demoMode CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY accountChanged)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signingInChanged)
    Q_PROPERTY(QString username READ username NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(tp::roles::Role role READ role NOTIFY accountChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY accountChanged)
    Q_PROPERTY(bool isExecutive READ isExecutive NOTIFY accountChanged)
    Q_PROPERTY(tp::ui::DemoAccountListModel *demoAccounts READ demoAccounts CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // Signed in with an initial password an admin set: the user chooses their own before
    // anything else (choosePassword).
    Q_PROPERTY(bool mustChoosePassword READ mustChoosePassword NOTIFY mustChoosePasswordChanged)

public:
    AccountSession(AppContext &context, SyncController *sync, QObject *parent);

    bool demoMode() const;
    bool signedIn() const { return !m_account.username.isEmpty(); }
    bool signingIn() const { return m_signingIn; }
    QString username() const { return m_account.username; }
    QString displayName() const { return m_account.displayName; }
    Role role() const;
    QString roleText() const;
    bool isExecutive() const; // executives (and admins) self-audit their own sites
    DemoAccountListModel *demoAccounts() const { return m_demoAccounts; }
    QString lastError() const { return m_lastError; }
    const storage::Account &account() const { return m_account; }

    // Signs in again whoever was signed in when the app was closed.
    void restore();
    // Returns false when the sign-in cannot start; the outcome comes with accountChanged or
    // lastErrorChanged.
    Q_INVOKABLE bool signIn(const QString &username, const QString &password);
    Q_INVOKABLE bool signInDemo(const QString &username); // demo mode: the demo password
    // The user's own password, typed twice, after a sign-in with an initial one; the sign-in
    // completes once the server has it. False (and lastError) when it cannot be used.
    Q_INVOKABLE bool choosePassword(const QString &password, const QString &repeated);
    // Back to the sign-in screen without choosing one.
    Q_INVOKABLE void cancelPasswordChoice();
    bool mustChoosePassword() const { return m_pendingChoice.has_value(); }
    void signOut();

signals:
    void accountChanged();
    void signingInChanged();
    void lastErrorChanged();
    void mustChoosePasswordChanged();

private:
    void signInOffline(const QString &username, const QString &password);
    void completeSignIn(const storage::Account &account, bool online);
    bool fail(const QString &message);
    void setSigningIn(bool signingIn);
    void fillDemoAccounts();

    AppContext &m_context;
    SyncController *m_sync;
    OfflineCredentials m_credentials;
    storage::Account m_account;
    bool m_signingIn = false;
    QString m_lastError;
    DemoAccountListModel *m_demoAccounts;
    // A sign-in with an initial password, held (in memory only) until the user's own is set.
    struct PendingChoice
    {
        storage::Account account;
        QString token;
        QString initialPassword;
    };
    std::optional<PendingChoice> m_pendingChoice;
};

} // namespace tp::ui
