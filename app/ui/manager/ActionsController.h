#pragma once

#include "ui/manager/ActionListModel.h"
#include "ui/manager/PromiseModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

class ManagerFeed;
class ReviewController;

// The actions screen: corrective actions (overdue first, then open, then done), promises kept
// and broken per store; an action created from a failed or low item of the open audit, an
// action marked done.
class ActionsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controller owns the actions")

    Q_PROPERTY(tp::ui::ActionListModel *actions READ actions CONSTANT)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    Q_PROPERTY(tp::ui::PromiseModel *promises READ promises CONSTANT)

public:
    ActionsController(ManagerFeed *feed, ReviewController *review, QObject *parent = nullptr);

    ActionListModel *actions() const { return m_actions; }
    int overdueCount() const { return m_overdue; }
    // Stores with actions (a store manager's own store always).
    PromiseModel *promises() const { return m_promises; }

    // Owner: a department (ownerIsDepartment) or a user name; due in `dueDays` days from today.
    Q_INVOKABLE void createAction(const QString &item, bool ownerIsDepartment, const QString &owner,
                                  int dueDays, const QString &note);
    Q_INVOKABLE void markDone(const QString &actionId, const QString &note);
    Q_INVOKABLE QString dueDateText(int days) const;

signals:
    void countsChanged();

private:
    void updateRows();
    void loadEveryPage();

    ManagerFeed *m_feed;
    ReviewController *m_review;
    ActionListModel *m_actions;
    PromiseModel *m_promises;
    int m_overdue = 0;
};

} // namespace tp::ui
