#pragma once

#include "ui/manager/AssignmentShapes.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

// The assignment chosen on the assignments screen: every field the server sends, in words.
class AssignmentDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the assignments controller owns the chosen assignment")

    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    Q_PROPERTY(QString assignmentId READ assignmentId NOTIFY changed)
    Q_PROPERTY(QString site READ site NOTIFY changed)
    Q_PROPERTY(QString siteLabel READ siteLabel NOTIFY changed)
    Q_PROPERTY(bool call READ call NOTIFY changed)
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    Q_PROPERTY(QString scriptText READ scriptText NOTIFY changed)
    Q_PROPERTY(QString shopper READ shopper NOTIFY changed)
    Q_PROPERTY(QString shopperName READ shopperName NOTIFY changed)
    Q_PROPERTY(QString windowStart READ windowStart NOTIFY changed)
    Q_PROPERTY(QString windowEnd READ windowEnd NOTIFY changed)
    Q_PROPERTY(QString startText READ startText NOTIFY changed)
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(tp::assignment_states::AssignmentState state READ state NOTIFY changed)
    Q_PROPERTY(QString stateName READ stateName NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    Q_PROPERTY(QString auditUuid READ auditUuid NOTIFY changed)
    Q_PROPERTY(bool open READ open NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)

public:
    using QObject::QObject;

    void setData(const ManagedAssignment &data);
    const ManagedAssignment &data() const { return m_data; }
    bool isEmpty() const { return m_data.id.isEmpty(); }

    QString assignmentId() const { return m_data.id; }
    QString site() const { return m_data.site; }
    QString siteLabel() const { return m_data.siteLabel; }
    bool call() const { return m_data.call; }
    QString kindText() const { return m_data.kindText; }
    QString scriptText() const { return m_data.scriptText; }
    QString shopper() const { return m_data.shopper; }
    QString shopperName() const { return m_data.shopperName; }
    QString windowStart() const { return m_data.windowStart; }
    QString windowEnd() const { return m_data.windowEnd; }
    QString startText() const { return m_data.startText; }
    QString dueText() const { return m_data.dueText; }
    tp::assignment_states::AssignmentState state() const { return m_data.state; }
    QString stateName() const { return m_data.stateName; }
    QString stateText() const { return m_data.stateText; }
    QString reason() const { return m_data.reason; }
    QString auditUuid() const { return m_data.auditUuid; }
    bool open() const { return m_data.open; }
    bool overdue() const { return m_data.overdue; }

signals:
    void changed();

private:
    ManagedAssignment m_data;
};

} // namespace tp::ui
