import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The manager's app: a regional manager's region (reports as charts, audits to review,
// corrective actions) or a store manager's own store (its scores, its reviewed audits without
// any shopper named, the actions to close). One audit opens in detail over the tabs.
Page {
    id: page
    objectName: page.manager.isStoreManager ? "storePage" : "managerPage"

    readonly property ManagerController manager: FieldApp.manager
    readonly property ReviewController review: manager.review
    readonly property AuditDetail audit: review.audit
    property int tab: 0

    background: Rectangle { color: Theme.background }
    header: AppHeader {
        title: page.review.auditOpen ? page.audit.siteLabel
               : page.manager.isStoreManager ? (page.manager.reports.siteLabel || qsTr("My store"))
               : qsTr("Hello, %1").arg(FieldApp.session.displayName)
        subtitle: page.review.auditOpen ? page.audit.startedText
                  : page.manager.isStoreManager ? qsTr("Store manager · %1").arg(FieldApp.session.displayName)
                  : FieldApp.session.roleText
        showBack: page.review.auditOpen
        onBackClicked: page.review.closeAudit()

        ToolButton {
            objectName: "refreshButton"
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            enabled: !page.manager.feed.loading
            Accessible.name: qsTr("Refresh")
            onClicked: page.review.auditOpen ? page.review.openAudit(page.audit.uuid)
                                              : page.manager.refresh()
            contentItem: Label {
                text: "⟳"
                font.pixelSize: Theme.titleSize
                color: Theme.textOnAccent
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
        ToolButton {
            objectName: "menuButton"
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Menu")
            onClicked: menu.open()
            contentItem: Label {
                text: "⋮"
                font.pixelSize: Theme.titleSize
                color: Theme.textOnAccent
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            Menu {
                id: menu
                y: parent.height
                MenuItem {
                    objectName: "exportReportItem"
                    text: qsTr("Export the report (PDF)")
                    height: Theme.touch
                    onTriggered: page.manager.exports.exportReportPdf()
                }
                MenuItem {
                    objectName: "exportAuditsItem"
                    text: qsTr("Export the audits (CSV)")
                    height: Theme.touch
                    onTriggered: page.manager.exports.exportAuditsCsv()
                }
                MenuItem {
                    objectName: "exportAnswersItem"
                    text: qsTr("Export the answers (CSV)")
                    height: Theme.touch
                    onTriggered: page.manager.exports.exportAnswersCsv()
                }
                MenuItem {
                    text: FieldApp.discreet ? qsTr("Normal display") : qsTr("Discreet display")
                    height: Theme.touch
                    onTriggered: FieldApp.discreet = !FieldApp.discreet
                }
                MenuItem {
                    objectName: "signOutItem"
                    text: qsTr("Sign out")
                    height: Theme.touch
                    onTriggered: FieldApp.signOut()
                }
            }
        }
    }
    footer: TabBar {
        id: tabs
        visible: !page.review.auditOpen
        currentIndex: page.tab
        onCurrentIndexChanged: page.tab = currentIndex
        TabButton {
            objectName: "reportsTab"
            text: page.manager.isStoreManager ? qsTr("Scores") : qsTr("Reports")
            height: Theme.touch
        }
        TabButton {
            objectName: "reviewTab"
            text: page.manager.isStoreManager ? qsTr("Audits")
                  : page.review.queue.count > 0 ? qsTr("Review (%1)").arg(page.review.queue.count)
                  : qsTr("Review")
            height: Theme.touch
        }
        TabButton {
            objectName: "actionsTab"
            text: page.manager.actions.overdueCount > 0 ? qsTr("Actions (%1)").arg(page.manager.actions.overdueCount)
                                                : qsTr("Actions")
            height: Theme.touch
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StatusStrip {
            Layout.fillWidth: true
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.review.auditOpen ? 3 : page.tab

            ReportsView {}
            AuditListView {}
            ActionsView {}
            AuditDetailView {}
        }
    }
}
