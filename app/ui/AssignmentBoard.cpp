#include "ui/AssignmentBoard.h"

#include "ui/AccountSession.h"
#include "ui/AppContext.h"
#include "ui/AuditLauncher.h"
#include "ui/SyncController.h"

#include <QDateTime>
#include <QLocale>

namespace tp::ui {

namespace {

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

bool isPhone(const storage::SiteInfo &site)
{
    return site.kind == QLatin1String("phone");
}

} // namespace

AssignmentBoard::AssignmentBoard(AppContext &context, const AccountSession &session,
                                 SyncController *sync, AuditLauncher &launcher, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_session(session)
    , m_sync(sync)
    , m_launcher(launcher)
    , m_assignments(new AssignmentListModel(this))
    , m_stores(new SiteListModel(this))
    , m_lines(new SiteListModel(this))
{
}

void AssignmentBoard::refresh()
{
    storage::OrganisationStore &org = *m_context.organisation;
    QList<AssignmentRow> assignments;
    QList<SiteRow> stores;
    QList<SiteRow> lines;
    const QString user = m_session.username();
    if (m_session.signedIn()) {
        for (const storage::AssignmentInfo &a : org.assignmentsFor(user)) {
            const auto site = org.site(a.site);
            const auto script = org.script(a.scriptId, a.scriptVersion);
            const auto known = assignmentStateFromName(a.state);
            const AssignmentState state = known.value_or(AssignmentState::Withdrawn);
            const bool offered = state == AssignmentState::Offered;
            const bool done = !offered && state != AssignmentState::Accepted &&
                              state != AssignmentState::InProgress;
            const bool inProgress = m_context.audits->inProgressFor(user, a.id).has_value();
            AssignmentRow row;
            row.assignmentId = a.id;
            row.siteName = site ? site->name : a.site;
            row.isPhone = site && isPhone(*site);
            row.address = site ? (isPhone(*site) ? site->phone : site->address) : QString();
            row.scriptTitle = script ? script->title : a.scriptId;
            row.windowText = tr("%1 – %2").arg(shortDate(a.windowStart), shortDate(a.windowEnd));
            row.state = state;
            row.stateText = offered      ? tr("Offered")
                            : inProgress ? tr("In progress")
                            : done       ? (known ? stateText(state) : a.state)
                                         : tr("To do");
            row.inProgress = inProgress;
            row.done = done;
            row.offered = offered;
            assignments << row;
        }
        if (m_session.isExecutive()) {
            for (const storage::SiteInfo &site : org.sites()) {
                (isPhone(site) ? lines : stores)
                    << SiteRow{site.id, site.name, isPhone(site), site.address, site.phone};
            }
        }
        m_daysSinceVisit = daysSince(
            m_context.audits->lastStarted(user, AuditMode::SelfAudit, QStringLiteral("store")));
        m_daysSinceCall = daysSince(
            m_context.audits->lastStarted(user, AuditMode::SelfAudit, QStringLiteral("phone")));
    } else {
        m_daysSinceVisit = m_daysSinceCall = -1;
    }
    m_assignments->setRows(assignments);
    m_stores->setRows(stores);
    m_lines->setRows(lines);
    emit changed();
}

QString AssignmentBoard::stateText(AssignmentState state) const
{
    switch (state) {
    case AssignmentState::Submitted:
        return tr("Submitted");
    case AssignmentState::Approved:
        return tr("Approved");
    case AssignmentState::Rejected:
        return tr("Rejected");
    case AssignmentState::Withdrawn:
        return tr("Withdrawn");
    case AssignmentState::Declined:
        return tr("Declined");
    case AssignmentState::Offered:
    case AssignmentState::Accepted:
    case AssignmentState::InProgress:
        break;
    }
    return assignmentStateName(state);
}

QString AssignmentBoard::daysText(int days, bool visit) const
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

bool AssignmentBoard::open(const QString &assignmentId)
{
    const QString user = m_session.username();
    const auto assignment = m_context.organisation->assignment(assignmentId);
    if (!assignment || assignment->auditor != user)
        return m_launcher.fail(tr("This assignment is not yours."));
    if (const auto uuid = m_context.audits->inProgressFor(user, assignmentId))
        return m_launcher.openAudit(*uuid);
    const auto state = assignmentStateFromName(assignment->state);
    if (state == AssignmentState::Offered)
        return m_launcher.fail(tr("Accept this assignment first."));
    if (state == AssignmentState::Submitted)
        return m_launcher.fail(tr("This assignment is already submitted."));
    const storage::NewAudit audit{assignment->scriptId,   assignment->scriptVersion,
                                  assignment->site,       user,
                                  AuditMode::MysteryShop, assignment->id};
    if (!m_launcher.startAudit(audit))
        return false;
    m_context.organisation->setAssignmentState(assignmentId,
                                               assignmentStateName(AssignmentState::InProgress));
    refresh();
    return true;
}

bool AssignmentBoard::startSelfAudit(const QString &siteId)
{
    if (!m_session.isExecutive())
        return m_launcher.fail(tr("Self-audits are for executives."));
    const auto site = m_context.organisation->site(siteId);
    if (!site)
        return m_launcher.fail(tr("Unknown site."));
    const QString scriptId =
        isPhone(*site) ? QStringLiteral("support-call") : QStringLiteral("store-visit");
    const auto script = m_context.organisation->latestScript(scriptId);
    if (!script)
        return m_launcher.fail(tr("No script for this kind of site on this phone."));
    return m_launcher.startAudit({script->id, script->version, siteId, m_session.username(),
                                  AuditMode::SelfAudit, QString()});
}

void AssignmentBoard::accept(const QString &assignmentId)
{
    post(assignmentId, QStringLiteral("accept"));
}

void AssignmentBoard::decline(const QString &assignmentId)
{
    post(assignmentId, QStringLiteral("decline"));
}

void AssignmentBoard::post(const QString &assignmentId, const QString &action)
{
    m_sync->postAssignmentAction(assignmentId, action, [this](bool ok, const QString &message) {
        if (ok)
            m_launcher.clearError();
        else
            m_launcher.fail(message);
    });
}

} // namespace tp::ui
