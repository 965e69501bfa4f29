// The manager part of the screen tour: a regional manager's reports (charts), review queue, one
// audit approved and followed up with a corrective action, the actions, an export, the
// assignments (a list, and one of them over it), the offline copy; another region's overdue
// actions; then the store manager of the Bend store: its scores, its actions (one marked done),
// and the approved audit with no shopper named; last, the regional manager's calls to support
// lines and executives' own visits. Steps that need data from the
// server are only walked with --server.
#include "ScreenTour.h"

#include "ui/FieldApp.h"
#include "ui/manager/ManagerController.h"

#include <QQuickItem>

bool ScreenTour::signInAs(const QString &username)
{
    m_app.signOut();
    m_app.setDiscreet(false);
    m_app.session()->signIn(username, QStringLiteral("touchpoint-demo"));
    if (!waitFor([this] { return m_app.session()->signedIn(); }, 10000))
        return false;
    settle(200);
    return waitFor([this] { return !m_app.manager()->feed()->loading(); }, 20000);
}

bool ScreenTour::scrollTo(const QString &flickable, const QString &item)
{
    QQuickItem *view = find(flickable);
    QQuickItem *target = find(item);
    if (!view || !target)
        return false;
    const QPointF at =
        target->mapToItem(view->property("contentItem").value<QQuickItem *>(), QPointF(0, 0));
    const qreal most = qMax(0.0, view->property("contentHeight").toReal() - view->height());
    return view->setProperty("contentY", qMin(most, qMax(0.0, at.y() - 8)));
}

QList<ScreenTour::Step> ScreenTour::managerSteps()
{
    tp::ui::ManagerController *manager = m_app.manager();
    auto home = [this] {
        return find(QStringLiteral("managerPage"));
    };
    auto setTab = [this](const QString &page, int tab) {
        QQuickItem *item = find(page);
        return item && item->setProperty("tab", tab);
    };
    QList<Step> list{
        {QStringLiteral("manager-reports"), QStringLiteral("managerPage"),
         [this] {
             return signInAs(QStringLiteral("manager1"));
         }},
    };
    if (!syncing()) {
        // Without a server there is nothing to fetch: the screens say so, and the tour checks
        // that each of them loads cleanly.
        list << Step{QStringLiteral("manager-review"), QStringLiteral("auditListView"), [setTab] {
                         return setTab(QStringLiteral("managerPage"), 1);
                     }};
        list << Step{QStringLiteral("manager-actions"), QStringLiteral("actionsView"), [setTab] {
                         return setTab(QStringLiteral("managerPage"), 2);
                     }};
        list << Step{QStringLiteral("manager-assignments"), QStringLiteral("assignmentsView"),
                     [setTab] {
                         return setTab(QStringLiteral("managerPage"), 3);
                     }};
        list << Step{QStringLiteral("store-home"), QStringLiteral("storePage"), [this] {
                         return signInAs(QStringLiteral("store1"));
                     }};
        return list;
    }
    list << Step{QStringLiteral("manager-heatmap"), QStringLiteral("heatmapChart"), [this] {
                     return scrollTo(QStringLiteral("reportsView"), QStringLiteral("heatmapCard"));
                 }};
    list << Step{QStringLiteral("manager-nps"), QStringLiteral("npsChart"), [this] {
                     return scrollTo(QStringLiteral("reportsView"), QStringLiteral("npsCard"));
                 }};
    list << Step{QStringLiteral("manager-consistency"), QStringLiteral("spreadChart"), [this] {
                     return scrollTo(QStringLiteral("reportsView"),
                                     QStringLiteral("consistencyCard"));
                 }};
    list << Step{QStringLiteral("manager-review"), QStringLiteral("auditListView"),
                 [setTab, manager] {
                     return setTab(QStringLiteral("managerPage"), 1) &&
                            manager->review()->queue()->count() > 0;
                 }};
    list << Step{QStringLiteral("audit-detail"), QStringLiteral("reviewCard"), [this, manager] {
                     // The shopper's visit of this tour: the newest audit waiting for review.
                     m_reviewedAudit = manager->review()->queue()->uuidAt(0);
                     manager->review()->openAudit(m_reviewedAudit);
                     return waitFor([manager] { return manager->review()->auditOpen(); }, 10000);
                 }};
    list << Step{QStringLiteral("audit-approved"), QStringLiteral("auditDetail"), [this, manager] {
                     manager->review()->review(
                         true, QStringLiteral("Thorough, and the notes are precise."));
                     if (!waitFor(
                             [manager] {
                                 return manager->review()->audit()->reviewState() ==
                                            tp::ReviewState::Approved &&
                                        !manager->feed()->loading();
                             },
                             10000))
                         return false;
                     settle(200);
                     return scrollTo(QStringLiteral("auditDetail"), QStringLiteral("trustCard"));
                 }};
    list << Step{QStringLiteral("action-form"), QStringLiteral("actionNote"), [this, manager] {
                     QString item;
                     for (const tp::ui::AuditItemRow &row :
                          manager->review()->audit()->items()->rows()) {
                         if (row.canAct) {
                             item = row.item;
                             break;
                         }
                     }
                     QQuickItem *row = find(QStringLiteral("item_") + item);
                     if (item.isEmpty() || !row || !row->setProperty("acting", true))
                         return false;
                     settle(100);
                     return scrollTo(QStringLiteral("auditDetail"), QStringLiteral("item_") + item);
                 }};
    list << Step{
        QStringLiteral("manager-actions"), QStringLiteral("actionsView"), [this, manager, setTab] {
            QString item;
            for (const tp::ui::AuditItemRow &row : manager->review()->audit()->items()->rows()) {
                if (row.canAct) {
                    item = row.item;
                    break;
                }
            }
            manager->actions()->createAction(item, false, QStringLiteral("store1"), 7,
                                             QStringLiteral("Brief the team on this at the next "
                                                            "morning meeting."));
            if (!waitFor(
                    [manager] {
                        return manager->feed()->notice().contains(QLatin1String("created")) &&
                               !manager->feed()->loading();
                    },
                    10000))
                return false;
            manager->review()->closeAudit();
            return setTab(QStringLiteral("managerPage"), 2);
        }};
    list << Step{QStringLiteral("manager-export"), QStringLiteral("exportText"), [this, manager] {
                     manager->exports()->exportReportPdf();
                     return waitFor([manager] { return !manager->exports()->exporting(); },
                                    20000) &&
                            manager->exports()->exportUrl().isValid();
                 }};
    list << Step{QStringLiteral("manager-assignments"), QStringLiteral("assignmentList"),
                 [setTab, manager] {
                     return setTab(QStringLiteral("managerPage"), 3) &&
                            manager->assignments()->assignments()->count() > 0;
                 }};
    list << Step{QStringLiteral("manager-assignment-detail"), QStringLiteral("assignmentDetail"),
                 [this, manager] {
                     manager->assignments()->choose(manager->assignments()->assignments()->idAt(0));
                     return waitFor([manager] { return manager->assignments()->chosenShown(); },
                                    5000);
                 }};
    list << Step{
        QStringLiteral("manager-offline"), QStringLiteral("dataTimeText"),
        [this, manager, setTab, home] {
            // A server that does not answer: the copy saved on this phone is shown,
            // with the time it was fetched.
            manager->assignments()->closeChosen();
            const QUrl real = m_app.context().options.serverUrl;
            manager->useServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
            setTab(QStringLiteral("managerPage"), 0);
            manager->refresh();
            const bool offline = waitFor(
                [manager] { return !manager->feed()->loading() && manager->feed()->fromCache(); },
                20000);
            manager->useServer(real);
            QQuickItem *view = find(QStringLiteral("reportsView"));
            return offline && home() && view && view->setProperty("contentY", 0);
        }};
    list << Step{
        QStringLiteral("manager-overdue"), QStringLiteral("actionsView"), [this, manager, setTab] {
            // The other region has actions past their due date: highlighted, first.
            return signInAs(QStringLiteral("manager2")) && manager->actions()->overdueCount() > 0 &&
                   setTab(QStringLiteral("managerPage"), 2);
        }};
    list << Step{QStringLiteral("store-home"), QStringLiteral("storePage"), [this] {
                     return signInAs(QStringLiteral("store1"));
                 }};
    list << Step{
        QStringLiteral("store-actions"), QStringLiteral("actionsView"), [this, manager, setTab] {
            QString open;
            for (const tp::ui::ActionRow &row : manager->actions()->actions()->rows()) {
                if (row.open)
                    open = row.id;
            }
            if (open.isEmpty())
                return false;
            manager->actions()->markDone(open, QStringLiteral("Talked it through with the team."));
            if (!waitFor(
                    [manager] {
                        return manager->feed()->notice().contains(QLatin1String("done")) &&
                               !manager->feed()->loading();
                    },
                    10000))
                return false;
            return setTab(QStringLiteral("storePage"), 2);
        }};
    list << Step{
        QStringLiteral("store-audit"), QStringLiteral("auditDetail"), [this, manager] {
            manager->review()->openAudit(m_reviewedAudit);
            return waitFor(
                [manager] { return manager->review()->auditOpen() && !manager->feed()->loading(); },
                10000);
        }};
    list << Step{QStringLiteral("manager-phone-executives"), QStringLiteral("gapChart"),
                 [this, manager] {
                     manager->review()->closeAudit();
                     return signInAs(QStringLiteral("manager1")) &&
                            manager->reports()->phoneLines()->count() > 0 &&
                            manager->reports()->executives()->count() > 0 &&
                            scrollTo(QStringLiteral("reportsView"), QStringLiteral("phoneCard"));
                 }};
    return list;
}
