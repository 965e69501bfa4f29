#pragma once

#include "ui/models/AssignmentListModel.h"
#include "ui/models/SiteListModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

struct AppContext;
class AccountSession;
class AuditLauncher;
class SyncController;

// The signed-in user's work: their assignments (accepted, declined or opened from here) and,
// for executives, the stores and support lines they can self-audit, with how long ago they last
// did.
class AssignmentBoard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the assignments belong to FieldApp")

    Q_PROPERTY(tp::ui::AssignmentListModel *model READ model CONSTANT)
    Q_PROPERTY(tp::ui::SiteListModel *stores READ stores CONSTANT)
    Q_PROPERTY(tp::ui::SiteListModel *lines READ lines CONSTANT)
    Q_PROPERTY(QString lastVisitText READ lastVisitText NOTIFY changed)
    Q_PROPERTY(QString lastCallText READ lastCallText NOTIFY changed)
    Q_PROPERTY(int daysSinceVisit READ daysSinceVisit NOTIFY changed)
    Q_PROPERTY(int daysSinceCall READ daysSinceCall NOTIFY changed)

public:
    AssignmentBoard(AppContext &context, const AccountSession &session, SyncController *sync,
                    AuditLauncher &launcher, QObject *parent);

    AssignmentListModel *model() const { return m_assignments; }
    SiteListModel *stores() const { return m_stores; }
    SiteListModel *lines() const { return m_lines; }
    QString lastVisitText() const { return daysText(m_daysSinceVisit, true); }
    QString lastCallText() const { return daysText(m_daysSinceCall, false); }
    int daysSinceVisit() const { return m_daysSinceVisit; }
    int daysSinceCall() const { return m_daysSinceCall; }

    // Asks the server; the list follows once the answer is pulled.
    Q_INVOKABLE void accept(const QString &assignmentId);
    Q_INVOKABLE void decline(const QString &assignmentId);
    // Resumes the assignment's audit in progress, or starts one.
    Q_INVOKABLE bool open(const QString &assignmentId);
    Q_INVOKABLE bool startSelfAudit(const QString &siteId);
    void refresh();

signals:
    void changed();

private:
    void post(const QString &assignmentId, const QString &action);
    QString daysText(int days, bool visit) const;
    QString stateText(AssignmentState state) const;

    AppContext &m_context;
    const AccountSession &m_session;
    SyncController *m_sync;
    AuditLauncher &m_launcher;
    AssignmentListModel *m_assignments;
    SiteListModel *m_stores;
    SiteListModel *m_lines;
    int m_daysSinceVisit = -1;
    int m_daysSinceCall = -1;
};

} // namespace tp::ui
