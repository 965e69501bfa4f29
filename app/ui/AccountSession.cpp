#include "ui/AccountSession.h"

#include "storage/DemoSeed.h"
#include "ui/AppContext.h"
#include "ui/Labels.h"
#include "ui/SyncController.h"
#include "ui/UiLog.h"

namespace tp::ui {

namespace {

const QString kSignedInKey = QStringLiteral("signed-in-user");

const char *modeName(bool online)
{
    return online ? "online" : "offline";
}

} // namespace

AccountSession::AccountSession(AppContext &context, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sync(sync)
    , m_credentials(*context.organisation)
    , m_demoAccounts(new DemoAccountListModel(this))
{
    fillDemoAccounts();
}

bool AccountSession::demoMode() const
{
    return m_context.options.demo;
}

Role AccountSession::role() const
{
    return roleFromName(m_account.role).value_or(Role::Shopper);
}

QString AccountSession::roleText() const
{
    return roleLabel(m_account.role);
}

bool AccountSession::isExecutive() const
{
    const auto known = roleFromName(m_account.role);
    return known == Role::Executive || known == Role::Admin;
}

void AccountSession::fillDemoAccounts()
{
    QList<DemoAccountRow> rows;
    if (demoMode()) {
        for (const storage::Account &account : m_context.organisation->accounts()) {
            rows << DemoAccountRow{account.username, account.displayName,
                                   roleFromName(account.role).value_or(Role::Shopper),
                                   roleLabel(account.role)};
        }
    }
    m_demoAccounts->setRows(rows);
}

void AccountSession::restore()
{
    const QString user = m_context.organisation->setting(kSignedInKey);
    if (const auto account = m_context.organisation->account(user)) {
        m_account = *account;
        m_sync->resumeWithSavedToken();
        emit accountChanged();
    }
}

bool AccountSession::fail(const QString &message)
{
    m_lastError = message;
    emit lastErrorChanged();
    return false;
}

void AccountSession::setSigningIn(bool signingIn)
{
    m_signingIn = signingIn;
    emit signingInChanged();
}

bool AccountSession::signIn(const QString &username, const QString &password)
{
    const QString user = username.trimmed();
    if (user.isEmpty() || password.isEmpty())
        return fail(tr("Enter your user name and password."));
    if (!m_sync->enabled()) {
        signInOffline(user, password);
        return signedIn();
    }
    setSigningIn(true);
    m_sync->login(user, password, [this, user, password](const SyncController::LoginResult &r) {
        setSigningIn(false);
        using Outcome = SyncController::LoginResult::Outcome;
        if (r.outcome == Outcome::SignedIn) {
            const storage::Account account{
                r.user.value(QLatin1String("username")).toString(user),
                r.user.value(QLatin1String("displayName")).toString(user),
                r.user.value(QLatin1String("role")).toString()};
            if (r.user.value(QLatin1String("mustChangePassword")).toBool()) {
                qCInfo(lcUi) << "signed in with an initial password:" << user
                             << "chooses their own first";
                m_pendingChoice = PendingChoice{account, r.token, password};
                emit mustChoosePasswordChanged();
                return;
            }
            m_context.organisation->putAccount(account);
            m_credentials.remember(account.username, password);
            completeSignIn(account, true);
            m_sync->startWithToken(r.token);
        } else if (r.outcome == Outcome::Offline) {
            qCInfo(lcUi) << "sign-in: server unreachable, trying offline for" << user;
            signInOffline(user, password); // works on this phone, sends once online
        } else if (r.outcome == Outcome::WrongCredentials) {
            qCInfo(lcUi) << "sign-in refused (online): wrong credentials for" << user;
            fail(tr("Unknown user or wrong password."));
        } else if (r.outcome == Outcome::Throttled) {
            qCInfo(lcUi) << "sign-in refused (online): too many failures for" << user;
            const int minutes = qMax(1, (r.retryAfterSeconds + 59) / 60);
            fail(tr("Too many failed sign-ins. Try again in %n minute(s).", nullptr, minutes));
        } else {
            qCWarning(lcUi) << "sign-in failed (online):" << r.message;
            fail(r.message);
        }
    });
    return true;
}

bool AccountSession::choosePassword(const QString &password, const QString &repeated)
{
    if (!m_pendingChoice)
        return false;
    if (password.size() < 8)
        return fail(tr("Choose a password of at least 8 characters."));
    if (password != repeated)
        return fail(tr("The two passwords differ. Type the same one twice."));
    if (password == m_pendingChoice->initialPassword)
        return fail(tr("Choose a password different from the one you were given."));
    setSigningIn(true);
    const PendingChoice choice = *m_pendingChoice;
    m_sync->changePassword(choice.token, choice.initialPassword, password,
                           [this, choice, password](const QString &problem) {
                               setSigningIn(false);
                               if (!m_pendingChoice || m_pendingChoice->token != choice.token)
                                   return; // cancelled meanwhile
                               if (!problem.isEmpty()) {
                                   fail(problem);
                                   return;
                               }
                               m_pendingChoice.reset();
                               emit mustChoosePasswordChanged();
                               m_context.organisation->putAccount(choice.account);
                               m_credentials.remember(choice.account.username, password);
                               completeSignIn(choice.account, true);
                               m_sync->startWithToken(choice.token);
                           });
    return true;
}

void AccountSession::cancelPasswordChoice()
{
    if (!m_pendingChoice)
        return;
    m_pendingChoice.reset();
    emit mustChoosePasswordChanged();
}

// Without the server: the demo users in demo mode, or someone who signed in on this phone
// before (checked against the hash kept from that sign-in).
void AccountSession::signInOffline(const QString &user, const QString &password)
{
    const auto account = m_context.organisation->account(user);
    const bool demoUser = demoMode() && password == QLatin1String(storage::kDemoPassword);
    if (!account || !(demoUser || m_credentials.matches(user, password))) {
        qCInfo(lcUi) << "sign-in refused (offline):"
                     << (account ? "wrong password for" : "never signed in on this phone:") << user;
        fail(m_sync->enabled()
                 ? tr("No connection to the server, and this user has not signed in on this "
                      "phone before.")
                 : (demoMode() ? tr("Unknown user or wrong password.")
                               : tr("This phone is not set up with a server yet. Start "
                                    "Touchpoint with --demo to work with the demo organisation.")));
        return;
    }
    completeSignIn(*account, false);
    m_sync->resumeWithSavedToken();
}

void AccountSession::completeSignIn(const storage::Account &account, bool online)
{
    storage::OrganisationStore &org = *m_context.organisation;
    // Another user on this phone: pull everything again for them.
    if (org.setting(QStringLiteral("sync-user")) != account.username) {
        org.setSetting(QStringLiteral("sync-cursor"), QStringLiteral("0"));
        org.setSetting(QStringLiteral("sync-user"), account.username);
    }
    if (!org.setSetting(kSignedInKey, account.username).ok()) {
        qCWarning(lcUi) << "sign-in failed: cannot keep the account:"
                        << m_context.database->lastError();
        fail(m_context.database->lastError());
        return;
    }
    qCInfo(lcUi) << "signed in" << modeName(online) << "as" << account.username << "role"
                 << account.role;
    m_account = account;
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        emit lastErrorChanged();
    }
    emit accountChanged();
}

bool AccountSession::signInDemo(const QString &username)
{
    return signIn(username, QLatin1String(storage::kDemoPassword));
}

void AccountSession::signOut()
{
    // Unsent audits stay on the phone and go out after the next sign-in (the screen warns).
    m_sync->signOut();
    m_context.organisation->setSetting(kSignedInKey, QString());
    qCInfo(lcUi) << "signed out" << m_account.username;
    m_account = {};
    emit accountChanged();
}

} // namespace tp::ui
