// The desk part of the screen tour, in a 1440 × 900 window: sign-in, a regional manager's
// dashboard of reports, the review table beside the audit opened (chosen with the keyboard),
// the corrective actions side by side, the assignments as a table with the one chosen (by the
// keyboard) beside it, and the store manager's store. Steps that need data from
// the server are only walked with --server.
#include "ScreenTour.h"

#include "ui/FieldApp.h"
#include "ui/admin/AdminController.h"
#include "ui/admin/AdminSiteModel.h"
#include "ui/manager/ManagerController.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

QList<ScreenTour::Step> ScreenTour::deskSteps()
{
    tp::ui::ManagerController *manager = m_app.manager();
    auto setTab = [this](const QString &page, int tab) {
        QQuickItem *item = find(page);
        return item && item->setProperty("tab", tab);
    };
    QList<Step> list{
        {QStringLiteral("sign-in"), QStringLiteral("signInPage"),
         [this] {
             m_app.signOut();
             m_app.setDiscreet(false);
             return true;
         }},
        {QStringLiteral("manager-dashboard"), QStringLiteral("sideNavigation"),
         [this] {
             return signInAs(QStringLiteral("manager1"));
         }},
        {QStringLiteral("manager-review-table"), QStringLiteral("noAuditOpen"),
         [setTab] {
             return setTab(QStringLiteral("managerPage"), 1);
         }},
    };
    if (!syncing()) {
        list << Step{QStringLiteral("manager-actions"), QStringLiteral("actionsView"), [setTab] {
                         return setTab(QStringLiteral("managerPage"), 2);
                     }};
        list << Step{QStringLiteral("manager-assignments-table"), QStringLiteral("assignmentsView"),
                     [setTab] {
                         return setTab(QStringLiteral("managerPage"), 3);
                     }};
        return list;
    }
    list << Step{
        QStringLiteral("manager-review-detail"), QStringLiteral("reviewCard"), [this, manager] {
            // By the keyboard, as at a desk: into the table, down one row, Enter.
            QQuickItem *table = find(QStringLiteral("auditList"));
            if (!table)
                return false;
            table->forceActiveFocus();
            QTest::keyClick(m_window, Qt::Key_Down);
            QTest::keyClick(m_window, Qt::Key_Return);
            return waitFor(
                [manager] { return manager->review()->auditOpen() && !manager->feed()->loading(); },
                10000);
        }};
    list << Step{
        QStringLiteral("manager-actions"), QStringLiteral("actionsView"), [this, manager, setTab] {
            QTest::keyClick(m_window, Qt::Key_Escape);
            if (manager->review()->auditOpen())
                return false;
            QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier); // the first action chosen
            return setTab(QStringLiteral("managerPage"), 2);
        }};
    list << Step{QStringLiteral("manager-assignments-table"), QStringLiteral("assignmentColumns"),
                 [this, manager] {
                     QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
                     return waitFor(
                         [manager] { return manager->assignments()->assignments()->count() > 0; },
                         10000);
                 }};
    list << Step{QStringLiteral("manager-assignment-detail"), QStringLiteral("assignmentDetail"),
                 [this, manager] {
                     // Ctrl+4 made the first row current: Enter shows it beside the table.
                     QTest::keyClick(m_window, Qt::Key_Return);
                     return waitFor([manager] { return manager->assignments()->chosenShown(); },
                                    5000);
                 }};
    list << Step{QStringLiteral("manager-stores"), QStringLiteral("sitesView"), [this] {
                     // Their regions' stores and support lines, as the admin's screen.
                     QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
                     return waitFor([this] { return m_app.admin()->sites()->rowCount() > 0; },
                                    10000);
                 }};
    list << Step{QStringLiteral("store-home"), QStringLiteral("storePage"), [this, manager] {
                     manager->assignments()->closeChosen();
                     return signInAs(QStringLiteral("store1"));
                 }};
    list << Step{QStringLiteral("store-audits"), QStringLiteral("auditListView"), [setTab] {
                     return setTab(QStringLiteral("storePage"), 1);
                 }};
    return list;
}
