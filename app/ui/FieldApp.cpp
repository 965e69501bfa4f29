#include "ui/FieldApp.h"

#include "storage/DemoSeed.h"
#include "storage/SyncStore.h"
#include "ui/Labels.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJSEngine>
#include <QLocale>
#include <QPasswordDigestor>
#include <QQmlEngine>
#include <QUuid>

namespace tp::ui {

namespace {

FieldApp *s_instance = nullptr;

const QString kSignedInKey = QStringLiteral("signed-in-user");
const QString kOpenAuditKey = QStringLiteral("open-audit");
const QString kDiscreetKey = QStringLiteral("discreet");
constexpr int kPasswordIterations = 60000;

int daysSince(const std::optional<QDateTime> &when)
{
    if (!when)
        return -1;
    return int(when->toUTC().date().daysTo(QDateTime::currentDateTimeUtc().date()));
}

QString shortDate(const QString &timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!when.isValid())
        return timestamp;
    return QLocale().toString(when.toLocalTime().date(), QStringLiteral("d MMM"));
}

QString dateTime(const QString &timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!when.isValid())
        return timestamp;
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM, HH:mm"));
}

} // namespace

FieldApp::FieldApp(AppContext context)
    : m_context(std::move(context))
    , m_assignments(
          new RowListModel({"assignmentId", "siteName", "siteKind", "address", "scriptTitle",
                            "windowText", "state", "stateText", "inProgress", "done", "offered"},
                           this))
    , m_history(new RowListModel({"uuid", "siteName", "siteKind", "scriptTitle", "startedText",
                                  "state", "stateText", "overallText", "passed", "modeText",
                                  "answered", "syncState"},
                                 this))
    , m_stores(new RowListModel({"siteId", "name", "kind", "address", "phone"}, this))
    , m_lines(new RowListModel({"siteId", "name", "kind", "address", "phone"}, this))
{
    m_sync = new SyncController(m_context, this);
    m_manager = new ManagerController(m_context, m_sync, this);
    connect(this, &FieldApp::accountChanged, m_manager,
            [this] { m_manager->setAccount(m_username, m_account.role); });
    connect(m_sync, &SyncController::organisationChanged, this, &FieldApp::refresh);
    connect(m_sync, &SyncController::auditsChanged, this, [this] {
        refresh();
        if (m_audit)
            m_audit->notifySyncChanged();
    });
}

FieldApp::~FieldApp()
{
    if (s_instance == this)
        s_instance = nullptr;
}

FieldApp::OpenResult FieldApp::open(const AppOptions &options)
{
    auto opened = storage::DeviceDatabase::open(options.databaseFile);
    if (!opened.database)
        return {nullptr, opened.error};
    AppContext context;
    context.options = options;
    context.database = std::move(opened.database);
    context.audits = std::make_unique<storage::AuditStore>(*context.database);
    context.organisation = std::make_unique<storage::OrganisationStore>(*context.database);
    if (options.demo) {
        const auto seeded = storage::seedDemoOrganisation(*context.database, QDate::currentDate());
        if (!seeded.ok())
            return {nullptr, seeded.error};
    }
    std::unique_ptr<FieldApp> app(new FieldApp(std::move(context)));
    app->restoreSession();
    return {std::move(app), QString()};
}

void FieldApp::setInstance(FieldApp *app)
{
    s_instance = app;
}

FieldApp *FieldApp::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "FieldApp::create", "main() must call FieldApp::setInstance first");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void FieldApp::restoreSession()
{
    storage::OrganisationStore &org = *m_context.organisation;
    m_discreet = org.setting(kDiscreetKey) == QLatin1String("1");
    const QString user = org.setting(kSignedInKey);
    if (const auto account = org.account(user)) {
        m_username = user;
        m_account = *account;
        m_manager->setAccount(m_username, m_account.role);
        m_sync->resumeWithSavedToken();
    }
    refresh();
    // The app was closed or killed with an audit on screen: reopen it where it was.
    const QString open = org.setting(kOpenAuditKey);
    if (signedIn() && !open.isEmpty())
        openAudit(open);
}

QString FieldApp::roleText() const
{
    return roleLabel(m_account.role);
}

bool FieldApp::isExecutive() const
{
    return m_account.role == QLatin1String("executive") || m_account.role == QLatin1String("admin");
}

void FieldApp::setDiscreet(bool discreet)
{
    if (discreet == m_discreet)
        return;
    if (!m_context.organisation
             ->setSetting(kDiscreetKey, discreet ? QStringLiteral("1") : QStringLiteral("0"))
             .ok())
        return;
    m_discreet = discreet;
    emit discreetChanged();
}

QVariantList FieldApp::demoAccounts() const
{
    QVariantList rows;
    if (!demoMode())
        return rows;
    for (const storage::Account &account : m_context.organisation->accounts()) {
        rows << QVariantMap{{QStringLiteral("username"), account.username},
                            {QStringLiteral("displayName"), account.displayName},
                            {QStringLiteral("roleText"), roleLabel(account.role)}};
    }
    return rows;
}

bool FieldApp::fail(const QString &message)
{
    m_lastError = message;
    emit lastErrorChanged();
    return false;
}

void FieldApp::clearError()
{
    if (m_lastError.isEmpty())
        return;
    m_lastError.clear();
    emit lastErrorChanged();
}

bool FieldApp::signIn(const QString &username, const QString &password)
{
    const QString user = username.trimmed();
    if (user.isEmpty() || password.isEmpty())
        return fail(tr("Enter your user name and password."));
    if (!m_sync->enabled()) {
        signInOffline(user, password);
        return signedIn();
    }
    m_signingIn = true;
    emit signingInChanged();
    m_sync->login(user, password, [this, user, password](const SyncController::LoginResult &r) {
        m_signingIn = false;
        emit signingInChanged();
        using Outcome = SyncController::LoginResult::Outcome;
        if (r.outcome == Outcome::SignedIn) {
            const storage::Account account{
                r.user.value(QLatin1String("username")).toString(user),
                r.user.value(QLatin1String("displayName")).toString(user),
                r.user.value(QLatin1String("role")).toString()};
            m_context.organisation->putAccount(account);
            rememberPassword(account.username, password);
            completeSignIn(account);
            m_sync->startWithToken(r.token);
        } else if (r.outcome == Outcome::Offline) {
            signInOffline(user, password); // works on this phone, sends once online
        } else if (r.outcome == Outcome::WrongCredentials) {
            fail(tr("Unknown user or wrong password."));
        } else {
            fail(r.message);
        }
    });
    return true;
}

// Without the server: the demo users in demo mode, or someone who signed in on this phone
// before (checked against a salted PBKDF2 hash kept from that sign-in).
void FieldApp::signInOffline(const QString &user, const QString &password)
{
    const auto account = m_context.organisation->account(user);
    const bool demoUser = demoMode() && password == QLatin1String(storage::kDemoPassword);
    if (!account || !(demoUser || passwordMatches(user, password))) {
        fail(m_sync->enabled()
                 ? tr("No connection to the server, and this user has not signed in on this "
                      "phone before.")
                 : (demoMode() ? tr("Unknown user or wrong password.")
                               : tr("This phone is not set up with a server yet. Start "
                                    "Touchpoint with --demo to work with the demo organisation.")));
        return;
    }
    completeSignIn(*account);
    m_sync->resumeWithSavedToken();
}

void FieldApp::completeSignIn(const storage::Account &account)
{
    storage::OrganisationStore &org = *m_context.organisation;
    // Another user on this phone: pull everything again for them.
    if (org.setting(QStringLiteral("sync-user")) != account.username) {
        org.setSetting(QStringLiteral("sync-cursor"), QStringLiteral("0"));
        org.setSetting(QStringLiteral("sync-user"), account.username);
    }
    if (!org.setSetting(kSignedInKey, account.username).ok()) {
        fail(m_context.database->lastError());
        return;
    }
    m_username = account.username;
    m_account = account;
    clearError();
    emit accountChanged();
    refresh();
}

void FieldApp::rememberPassword(const QString &username, const QString &password)
{
    const QByteArray salt = QUuid::createUuid().toRfc4122();
    const QByteArray hash = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, kPasswordIterations, 32);
    m_context.organisation->setSetting(
        QStringLiteral("offline-login:") + username,
        QString::fromLatin1(salt.toBase64() + ':' + hash.toBase64()));
}

bool FieldApp::passwordMatches(const QString &username, const QString &password)
{
    const QStringList parts =
        m_context.organisation->setting(QStringLiteral("offline-login:") + username)
            .split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[0].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[1].toLatin1());
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              kPasswordIterations, 32) == expected;
}

bool FieldApp::signInDemo(const QString &username)
{
    return signIn(username, QLatin1String(storage::kDemoPassword));
}

void FieldApp::signOut()
{
    // Unsent audits stay on the phone and go out after the next sign-in (the screen warns).
    m_sync->signOut();
    closeAudit();
    m_context.organisation->setSetting(kSignedInKey, QString());
    m_username.clear();
    m_account = {};
    emit accountChanged();
    refresh();
}

void FieldApp::refresh()
{
    storage::OrganisationStore &org = *m_context.organisation;
    storage::AuditStore &audits = *m_context.audits;
    QList<QVariantMap> assignmentRows;
    QList<QVariantMap> historyRows;
    QList<QVariantMap> storeRows;
    QList<QVariantMap> lineRows;
    if (signedIn()) {
        for (const storage::AssignmentInfo &a : org.assignmentsFor(m_username)) {
            const auto site = org.site(a.site);
            const auto script = org.script(a.scriptId, a.scriptVersion);
            const bool offered = a.state == QLatin1String("offered");
            const bool done = !offered && a.state != QLatin1String("accepted") &&
                              a.state != QLatin1String("in_progress");
            const bool inProgress = audits.inProgressFor(m_username, a.id).has_value();
            const QString stateText = offered      ? tr("Offered")
                                      : inProgress ? tr("In progress")
                                      : done       ? assignmentStateText(a.state)
                                                   : tr("To do");
            assignmentRows << QVariantMap{
                {QStringLiteral("assignmentId"), a.id},
                {QStringLiteral("siteName"), site ? site->name : a.site},
                {QStringLiteral("siteKind"), site ? site->kind : QString()},
                {QStringLiteral("address"),
                 site ? (site->kind == QLatin1String("phone") ? site->phone : site->address)
                      : QString()},
                {QStringLiteral("scriptTitle"), script ? script->title : a.scriptId},
                {QStringLiteral("windowText"),
                 tr("%1 – %2").arg(shortDate(a.windowStart), shortDate(a.windowEnd))},
                {QStringLiteral("state"), a.state},
                {QStringLiteral("stateText"), stateText},
                {QStringLiteral("inProgress"), inProgress},
                {QStringLiteral("done"), done},
                {QStringLiteral("offered"), offered},
            };
        }
        storage::SyncStore syncStore(*m_context.database);
        for (const storage::AuditSummary &s : audits.list(m_username)) {
            const bool submitted = s.state == storage::AuditState::Submitted;
            const storage::AuditSyncInfo sync = syncStore.syncInfo(s.uuid);
            QString stateText = tr("In progress");
            if (submitted) {
                const auto assignment =
                    s.assignment.isEmpty() ? std::nullopt : org.assignment(s.assignment);
                stateText = syncStateText(sync, assignment ? assignment->state : QString());
            }
            historyRows << QVariantMap{
                {QStringLiteral("uuid"), s.uuid},
                {QStringLiteral("siteName"), s.siteName},
                {QStringLiteral("siteKind"), s.siteKind},
                {QStringLiteral("scriptTitle"), s.scriptTitle},
                {QStringLiteral("startedText"), dateTime(s.startedAt)},
                {QStringLiteral("state"), storage::auditStateName(s.state)},
                {QStringLiteral("stateText"), stateText},
                {QStringLiteral("syncState"),
                 submitted ? storage::auditSyncStateName(sync.state) : QString()},
                {QStringLiteral("overallText"),
                 s.overall
                     ? QLocale().toString(double(*s.overall) / 100.0, 'f', 1) + QLatin1String(" %")
                     : QString()},
                {QStringLiteral("passed"), s.passed},
                {QStringLiteral("modeText"),
                 s.mode == AuditMode::SelfAudit ? tr("Self-audit") : tr("Mystery shop")},
                {QStringLiteral("answered"), s.answered},
            };
        }
        if (isExecutive()) {
            for (const storage::SiteInfo &site : org.sites()) {
                (site.kind == QLatin1String("phone") ? lineRows : storeRows)
                    << QVariantMap{{QStringLiteral("siteId"), site.id},
                                   {QStringLiteral("name"), site.name},
                                   {QStringLiteral("kind"), site.kind},
                                   {QStringLiteral("address"), site.address},
                                   {QStringLiteral("phone"), site.phone}};
            }
        }
        m_daysSinceVisit = daysSince(
            audits.lastStarted(m_username, AuditMode::SelfAudit, QStringLiteral("store")));
        m_daysSinceCall = daysSince(
            audits.lastStarted(m_username, AuditMode::SelfAudit, QStringLiteral("phone")));
    } else {
        m_daysSinceVisit = m_daysSinceCall = -1;
    }
    m_assignments->setRows(assignmentRows);
    m_history->setRows(historyRows);
    m_stores->setRows(storeRows);
    m_lines->setRows(lineRows);
    emit workChanged();
}

QString FieldApp::assignmentStateText(const QString &state) const
{
    if (state == QLatin1String("submitted"))
        return tr("Submitted");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    if (state == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (state == QLatin1String("declined"))
        return tr("Declined");
    return state;
}

// Where a submitted audit is, in words: on the phone, on its way, on the server, or refused
// (with the server's reason); and once reviewed, the review's outcome.
QString FieldApp::syncStateText(const storage::AuditSyncInfo &sync,
                                const QString &assignmentState) const
{
    switch (sync.state) {
    case storage::AuditSyncState::OnPhone:
        return tr("Saved on this phone");
    case storage::AuditSyncState::Uploading:
        return tr("Uploading…");
    case storage::AuditSyncState::Refused:
        return tr("Not accepted by the server: %1").arg(sync.lastError);
    case storage::AuditSyncState::OnServer:
        if (assignmentState == QLatin1String("approved"))
            return tr("On the server · approved");
        if (assignmentState == QLatin1String("rejected"))
            return tr("On the server · rejected");
        return tr("On the server");
    }
    return QString();
}

QString FieldApp::daysText(int days, bool visit) const
{
    if (days < 0)
        return visit ? tr("You have not visited one of your stores yet")
                     : tr("You have not called your support lines yet");
    if (days == 0)
        return visit ? tr("You last visited a store today")
                     : tr("You last called a support line today");
    return visit ? tr("%n day(s) since you last visited a store", nullptr, days)
                 : tr("%n day(s) since you last called a support line", nullptr, days);
}

bool FieldApp::openAssignment(const QString &assignmentId)
{
    const auto assignment = m_context.organisation->assignment(assignmentId);
    if (!assignment || assignment->auditor != m_username)
        return fail(tr("This assignment is not yours."));
    if (const auto uuid = m_context.audits->inProgressFor(m_username, assignmentId))
        return openAudit(*uuid);
    if (assignment->state == QLatin1String("offered"))
        return fail(tr("Accept this assignment first."));
    if (assignment->state == QLatin1String("submitted"))
        return fail(tr("This assignment is already submitted."));
    storage::NewAudit audit{assignment->scriptId, assignment->scriptVersion, assignment->site,
                            m_username,           AuditMode::MysteryShop,    assignment->id};
    if (!startAudit(audit))
        return false;
    m_context.organisation->setAssignmentState(assignmentId, QStringLiteral("in_progress"));
    refresh();
    return true;
}

bool FieldApp::startSelfAudit(const QString &siteId)
{
    if (!isExecutive())
        return fail(tr("Self-audits are for executives."));
    const auto site = m_context.organisation->site(siteId);
    if (!site)
        return fail(tr("Unknown site."));
    const QString scriptId = site->kind == QLatin1String("phone") ? QStringLiteral("support-call")
                                                                  : QStringLiteral("store-visit");
    const auto script = m_context.organisation->latestScript(scriptId);
    if (!script)
        return fail(tr("No script for this kind of site on this phone."));
    return startAudit(
        {script->id, script->version, siteId, m_username, AuditMode::SelfAudit, QString()});
}

bool FieldApp::startAudit(const storage::NewAudit &audit)
{
    QString error;
    const auto uuid = m_context.audits->start(audit, &error);
    if (!uuid)
        return fail(error);
    return openAudit(*uuid);
}

bool FieldApp::openAudit(const QString &uuid)
{
    auto stored = m_context.audits->load(uuid);
    if (!stored || stored->audit.auditor != m_username)
        return fail(tr("This audit is not on this phone."));
    auto script =
        m_context.organisation->script(stored->audit.scriptId, stored->audit.scriptVersion);
    auto site = m_context.organisation->site(stored->audit.site);
    if (!script || !site)
        return fail(tr("The script or site of this audit is missing on this phone."));
    const bool inProgress = stored->state == storage::AuditState::InProgress;
    setAudit(
        new AuditSession(m_context, std::move(*stored), std::move(script), std::move(*site), this));
    m_context.organisation->setSetting(kOpenAuditKey, inProgress ? uuid : QString());
    connect(m_audit, &AuditSession::submitted, this, [this] {
        m_context.organisation->setSetting(kOpenAuditKey, QString());
        refresh();
        m_sync->syncNow();
    });
    clearError();
    refresh();
    return true;
}

void FieldApp::setAudit(AuditSession *session)
{
    if (m_audit)
        m_audit->deleteLater();
    m_audit = session;
    emit auditChanged();
}

void FieldApp::closeAudit()
{
    if (!m_audit)
        return;
    m_context.organisation->setSetting(kOpenAuditKey, QString());
    setAudit(nullptr);
    refresh();
}

bool FieldApp::acceptAssignment(const QString &assignmentId)
{
    assignmentAction(assignmentId, QStringLiteral("accept"));
    return true;
}

bool FieldApp::declineAssignment(const QString &assignmentId)
{
    assignmentAction(assignmentId, QStringLiteral("decline"));
    return true;
}

void FieldApp::assignmentAction(const QString &assignmentId, const QString &action)
{
    m_sync->postAssignmentAction(assignmentId, action, [this](bool ok, const QString &message) {
        if (ok)
            clearError();
        else
            fail(message);
    });
}

bool FieldApp::discardAudit()
{
    if (!m_audit)
        return false;
    const QString uuid = m_audit->uuid();
    const QString assignment = m_audit->stored().audit.assignment;
    const auto result = m_context.audits->discard(uuid);
    if (!result.ok())
        return fail(result.error);
    if (!assignment.isEmpty())
        m_context.organisation->setAssignmentState(assignment, QStringLiteral("accepted"));
    closeAudit();
    return true;
}

} // namespace tp::ui
