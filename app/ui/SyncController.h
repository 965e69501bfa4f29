#pragma once

#include "sync/SyncTypes.h"
#include "ui/AppContext.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QNetworkAccessManager;

namespace tp::sync {
class SyncClient;
class TokenStore;
} // namespace tp::sync

namespace tp::ui {

// The screens' view of sync: what is waiting, when the phone last reached the server, the last
// error in words; and the calls that need the server now (sign-in, accepting an assignment).
// The sync client itself runs on its own thread.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FieldApp owns the sync controller")

    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    Q_PROPERTY(QString serverText READ serverText CONSTANT)
    Q_PROPERTY(bool online READ online NOTIFY statusChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    Q_PROPERTY(bool needsSignIn READ needsSignIn NOTIFY statusChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY statusChanged)
    Q_PROPERTY(int refused READ refused NOTIFY statusChanged)
    Q_PROPERTY(int photosWaiting READ photosWaiting NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QString tokenStorageText READ tokenStorageText NOTIFY statusChanged)

public:
    struct LoginResult
    {
        enum class Outcome
        {
            SignedIn,
            WrongCredentials,
            Throttled,
            Offline,
            Failed
        };
        Outcome outcome = Outcome::Failed;
        QString token;
        QJsonObject user;
        QString message;
        int retryAfterSeconds = 0; // Throttled: the server's Retry-After
    };

    SyncController(AppContext &context, QObject *parent = nullptr);
    ~SyncController() override;

    bool enabled() const { return m_context.options.serverUrl.isValid(); }
    QString serverText() const { return m_context.options.serverUrl.toString(); }
    bool online() const { return m_status.online; }
    bool syncing() const { return m_status.running; }
    bool needsSignIn() const { return m_status.needsSignIn && m_signedIn; }
    int waiting() const { return m_status.waiting; }
    int refused() const { return m_status.refused; }
    int photosWaiting() const { return m_status.photosWaiting; }
    QString statusText() const;
    QString lastSyncText() const;
    QString lastError() const { return m_status.lastError; }
    QString tokenStorageText() const;
    QString token() const { return m_token; } // for the manager screens' own requests

    void login(const QString &username, const QString &password,
               std::function<void(const LoginResult &)> done);
    // POST /me/password with a sign-in's token (before it is kept): `done` gets an empty
    // message when the password was changed, else what went wrong in words.
    void changePassword(const QString &token, const QString &current, const QString &next,
                        std::function<void(const QString &problem)> done);
    // Starts syncing as this user with this token (saved first), or with the saved token.
    void startWithToken(const QString &token);
    void resumeWithSavedToken();
    void signOut();
    void postAssignmentAction(const QString &id, const QString &action,
                              std::function<void(bool ok, const QString &message)> done);

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void retryRefused(); // a refused audit is only tried again when asked

signals:
    void statusChanged();
    void organisationChanged();
    void auditsChanged();
    void tokenChanged();

private:
    void watchConnectivity();
    void onStatus(const sync::SyncStatus &status);

    AppContext &m_context;
    QThread m_thread;
    sync::SyncClient *m_client = nullptr;
    sync::TokenStore *m_tokens = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    sync::SyncStatus m_status;
    QString m_token;
    bool m_signedIn = false;
};

} // namespace tp::ui
