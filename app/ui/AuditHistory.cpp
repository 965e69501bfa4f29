#include "ui/AuditHistory.h"

#include "core/AssignmentState.h"
#include "storage/SyncStore.h"
#include "ui/AccountSession.h"
#include "ui/AppContext.h"
#include "ui/AuditLauncher.h"

#include <QDateTime>
#include <QLocale>

namespace tp::ui {

namespace {

QString dateTime(const QString &timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!when.isValid())
        return timestamp;
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM, HH:mm"));
}

} // namespace

AuditHistory::AuditHistory(AppContext &context, const AccountSession &session,
                           AuditLauncher &launcher, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_session(session)
    , m_launcher(launcher)
    , m_audits(new HistoryListModel(this))
{
}

bool AuditHistory::open(const QString &uuid)
{
    return m_launcher.openAudit(uuid);
}

void AuditHistory::refresh()
{
    QList<HistoryRow> rows;
    if (m_session.signedIn()) {
        storage::SyncStore syncStore(*m_context.database);
        for (const storage::AuditSummary &s : m_context.audits->list(m_session.username())) {
            const bool submitted = s.state == storage::AuditState::Submitted;
            const storage::AuditSyncInfo sync = syncStore.syncInfo(s.uuid);
            HistoryRow row;
            row.uuid = s.uuid;
            row.siteName = s.siteName;
            row.isPhone = s.siteKind == QLatin1String("phone");
            row.scriptTitle = s.scriptTitle;
            row.startedText = dateTime(s.startedAt);
            row.submitted = submitted;
            row.stateText = submitted ? syncStateText(sync, s.assignment) : tr("In progress");
            row.syncState = submitted ? storage::auditSyncStateName(sync.state) : QString();
            row.overallText = s.overall ? QLocale().toString(double(*s.overall) / 100.0, 'f', 1) +
                                              QLatin1String(" %")
                                        : QString();
            row.passed = s.passed;
            row.modeText = s.mode == AuditMode::SelfAudit ? tr("Self-audit") : tr("Mystery shop");
            row.answered = s.answered;
            rows << row;
        }
    }
    m_audits->setRows(rows);
}

// Where a submitted audit is, in words: on the phone, on its way, on the server, or refused
// (with the server's reason); and once reviewed, the review's outcome.
QString AuditHistory::syncStateText(const storage::AuditSyncInfo &sync,
                                    const QString &assignmentId) const
{
    switch (sync.state) {
    case storage::AuditSyncState::OnPhone:
        return tr("Saved on this phone");
    case storage::AuditSyncState::Uploading:
        return tr("Uploading…");
    case storage::AuditSyncState::Refused:
        return tr("Not accepted by the server: %1").arg(sync.lastError);
    case storage::AuditSyncState::OnServer: {
        const auto assignment = assignmentId.isEmpty()
                                    ? std::nullopt
                                    : m_context.organisation->assignment(assignmentId);
        const auto state = assignment ? assignmentStateFromName(assignment->state) : std::nullopt;
        if (state == AssignmentState::Approved)
            return tr("On the server · approved");
        if (state == AssignmentState::Rejected)
            return tr("On the server · rejected");
        return tr("On the server");
    }
    }
    return QString();
}

} // namespace tp::ui
