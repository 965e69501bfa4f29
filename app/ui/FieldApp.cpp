#include "ui/FieldApp.h"

#include "core/Role.h"
#include "storage/DemoSeed.h"
#include "ui/UiLog.h"

#include <QDate>
#include <QJSEngine>
#include <QQmlEngine>

namespace tp::ui {

namespace {

FieldApp *s_instance = nullptr;

const QString kOpenAuditKey = QStringLiteral("open-audit");
const QString kDiscreetKey = QStringLiteral("discreet");

} // namespace

FieldApp::FieldApp(AppContext context)
    : m_context(std::move(context))
{
    m_sync = new SyncController(m_context, this);
    m_session = new AccountSession(m_context, m_sync, this);
    m_assignments = new AssignmentBoard(m_context, *m_session, m_sync, *this, this);
    m_history = new AuditHistory(m_context, *m_session, *this, this);
    m_manager = new ManagerController(m_context, m_sync, this);
    m_admin = new AdminController(m_context, m_sync, this);
    connect(m_session, &AccountSession::accountChanged, this, &FieldApp::onAccountChanged);
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
    m_session->restore();
    refresh();
    // The app was closed or killed with an audit on screen: reopen it where it was.
    const QString open = org.setting(kOpenAuditKey);
    if (m_session->signedIn() && !open.isEmpty())
        openAudit(open);
}

void FieldApp::onAccountChanged()
{
    const std::optional<Role> role =
        m_session->signedIn() ? roleFromName(m_session->account().role) : std::nullopt;
    m_manager->setAccount(m_session->username(), role);
    m_admin->setActive((role == Role::Admin || role == Role::RegionalManager) && m_sync->enabled(),
                       role == Role::Admin);
    if (m_session->signedIn())
        clearError();
    refresh();
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

bool FieldApp::fail(const QString &message)
{
    qCInfo(lcUi) << "refused:" << message;
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

void FieldApp::signOut()
{
    closeAudit();
    m_session->signOut();
}

void FieldApp::refresh()
{
    m_assignments->refresh();
    m_history->refresh();
}

bool FieldApp::startAudit(const storage::NewAudit &audit)
{
    QString error;
    const auto uuid = m_context.audits->start(audit, &error);
    if (!uuid) {
        qCWarning(lcUi) << "cannot start an audit of" << audit.scriptId << "at" << audit.site << ":"
                        << error;
        return fail(error);
    }
    return openAudit(*uuid);
}

bool FieldApp::openAudit(const QString &uuid)
{
    auto stored = m_context.audits->load(uuid);
    if (!stored || stored->audit.auditor != m_session->username())
        return fail(tr("This audit is not on this phone."));
    auto script =
        m_context.organisation->script(stored->audit.scriptId, stored->audit.scriptVersion);
    auto site = m_context.organisation->site(stored->audit.site);
    if (!script || !site) {
        qCWarning(lcUi) << "audit" << uuid << "cannot open: its script or site is missing";
        return fail(tr("The script or site of this audit is missing on this phone."));
    }
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

bool FieldApp::discardAudit()
{
    if (!m_audit)
        return false;
    const QString uuid = m_audit->uuid();
    const QString assignment = m_audit->stored().audit.assignment;
    const auto result = m_context.audits->discard(uuid);
    if (!result.ok()) {
        qCWarning(lcUi) << "cannot discard audit" << uuid << ":" << result.error;
        return fail(result.error);
    }
    if (!assignment.isEmpty())
        m_context.organisation->setAssignmentState(assignment,
                                                   assignmentStateName(AssignmentState::Accepted));
    closeAudit();
    return true;
}

} // namespace tp::ui
