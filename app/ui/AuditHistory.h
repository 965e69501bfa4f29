#pragma once

#include "ui/models/HistoryListModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::storage {
struct AuditSyncInfo;
}

namespace tp::ui {

struct AppContext;
class AccountSession;
class AuditLauncher;

// The signed-in user's audits on this phone, newest first: their score, and where each one is
// (in progress, on the phone, on its way, on the server, reviewed).
class AuditHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the history belongs to FieldApp")

    Q_PROPERTY(tp::ui::HistoryListModel *model READ model CONSTANT)

public:
    AuditHistory(AppContext &context, const AccountSession &session, AuditLauncher &launcher,
                 QObject *parent);

    HistoryListModel *model() const { return m_audits; }

    Q_INVOKABLE bool open(const QString &uuid);
    void refresh();

private:
    QString syncStateText(const storage::AuditSyncInfo &sync, const QString &assignmentId) const;

    AppContext &m_context;
    const AccountSession &m_session;
    AuditLauncher &m_launcher;
    HistoryListModel *m_audits;
};

} // namespace tp::ui
