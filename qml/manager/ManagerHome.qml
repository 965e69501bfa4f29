import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The manager's app: a regional manager's region (reports as charts, audits to review,
// corrective actions, assignments) or a store manager's own store (its scores, its reviewed
// audits without any shopper named, the actions to close). On a phone the screens are tabs and
// one audit opens in detail over them; at a desk (1,000 px wide and more) the screens are a side
// navigation, the reports a dashboard of cards side by side, and review a table beside the audit
// opened.
Page {
    id: page
    objectName: page.manager.isStoreManager ? "storePage" : "managerPage"

    readonly property ManagerController manager: FieldApp.manager
    readonly property ReviewController review: manager.review
    readonly property AuditDetail audit: review.audit
    property int tab: 0
    readonly property bool wide: width >= 1000
    readonly property string reportsText: manager.isStoreManager ? qsTr("Scores") : qsTr("Reports")
    readonly property string reviewText: manager.isStoreManager ? qsTr("Audits")
                                         : review.queue.count > 0 ? qsTr("Review (%1)").arg(review.queue.count)
                                         : qsTr("Review")
    readonly property string actionsText: manager.actions.overdueCount > 0
                                          ? qsTr("Actions (%1)").arg(manager.actions.overdueCount)
                                          : qsTr("Actions")
    // Regional managers only: a store must not learn that a mystery shopper is coming.
    readonly property bool showAssignments: manager.isRegionalManager
    onShowAssignmentsChanged: leaveHiddenScreen()
    onShowStoresChanged: leaveHiddenScreen()
    function leaveHiddenScreen() {
        if ((!page.showAssignments && page.tab === 3) || (!page.showStores && page.tab === 4))
            page.tab = 0
    }
    readonly property string assignmentsText: qsTr("Assignments")
    // A regional manager keeps their regions' stores and support lines (the admin's screen,
    // limited by the server to their regions). On a phone it is in the menu.
    readonly property bool showStores: manager.isRegionalManager
    readonly property string storesText: qsTr("Stores and lines")

    background: Rectangle { color: Theme.background }
    header: AppHeader {
        title: page.review.auditOpen && !page.wide ? page.audit.siteLabel
               : page.manager.isStoreManager ? (page.manager.reports.siteLabel || qsTr("My store"))
               : qsTr("Hello, %1").arg(FieldApp.session.displayName)
        subtitle: page.review.auditOpen && !page.wide ? page.audit.startedText
                  : page.manager.isStoreManager ? qsTr("Store manager · %1").arg(FieldApp.session.displayName)
                  : FieldApp.session.roleText
        showBack: page.review.auditOpen && !page.wide
        onBackClicked: page.review.closeAudit()

        ToolButton {
            objectName: "refreshButton"
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            enabled: !page.manager.feed.loading
            Accessible.name: qsTr("Refresh")
            onClicked: page.review.auditOpen && !page.wide ? page.review.openAudit(page.audit.uuid)
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
                // Wide enough for every entry whole, within the window.
                width: Math.min(page.width - 2 * Theme.margin, 360)
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
                    objectName: "storesItem"
                    visible: page.showStores
                    height: page.showStores ? Theme.touch : 0
                    text: page.storesText
                    onTriggered: page.tab = 4
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
        visible: !page.review.auditOpen && !page.wide
        currentIndex: page.tab < 4 ? page.tab : -1
        onCurrentIndexChanged: {
            if (currentIndex >= 0)
                page.tab = currentIndex
        }
        PhoneTab {
            objectName: "reportsTab"
            text: page.reportsText
        }
        PhoneTab {
            objectName: "reviewTab"
            text: page.reviewText
        }
        PhoneTab {
            objectName: "actionsTab"
            text: page.actionsText
        }
        PhoneTab {
            objectName: "assignmentsTab"
            text: page.assignmentsText
            visible: page.showAssignments
            width: page.showAssignments ? undefined : 0
        }
    }

    // At a desk: Ctrl+F searches the audits (or the assignments), Escape closes the audit
    // opened, Ctrl+1 to Ctrl+5 switch screens.
    Shortcut {
        enabled: page.wide
        sequence: "Ctrl+F"
        onActivated: {
            if (page.tab === 3) {
                assignmentsView.focusSearch()
                return
            }
            page.tab = 1
            auditList.focusSearch()
        }
    }
    Shortcut {
        enabled: page.review.auditOpen
        sequence: "Escape"
        onActivated: page.review.closeAudit()
    }
    Shortcut {
        enabled: page.wide
        sequence: "Ctrl+1"
        onActivated: page.tab = 0
    }
    Shortcut {
        enabled: page.wide
        sequence: "Ctrl+2"
        onActivated: page.tab = 1
    }
    Shortcut {
        enabled: page.wide
        sequence: "Ctrl+3"
        onActivated: {
            page.tab = 2
            actionsView.focusList()
        }
    }
    Shortcut {
        enabled: page.wide && page.showStores
        sequence: "Ctrl+5"
        onActivated: page.tab = 4
    }
    Shortcut {
        enabled: page.wide && page.showAssignments
        sequence: "Ctrl+4"
        onActivated: {
            page.tab = 3
            assignmentsView.focusList()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        SideNavigation {
            objectName: "sideNavigation"
            visible: page.wide
            Layout.fillHeight: true
            NavEntry {
                objectName: "reportsNav"
                text: page.reportsText
                current: page.tab === 0
                onClicked: page.tab = 0
            }
            NavEntry {
                objectName: "reviewNav"
                text: page.reviewText
                current: page.tab === 1
                onClicked: page.tab = 1
            }
            NavEntry {
                objectName: "actionsNav"
                text: page.actionsText
                current: page.tab === 2
                onClicked: page.tab = 2
            }
            NavEntry {
                objectName: "assignmentsNav"
                visible: page.showAssignments
                text: page.assignmentsText
                current: page.tab === 3
                onClicked: page.tab = 3
            }
            NavEntry {
                objectName: "storesNav"
                visible: page.showStores
                text: page.storesText
                current: page.tab === 4
                onClicked: page.tab = 4
            }
            Item {
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StatusStrip {
                Layout.fillWidth: true
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: page.review.auditOpen && !page.wide ? 5 : page.tab

                ReportsView {
                    columns: page.wide ? (page.width >= 1400 ? 3 : 2) : 1
                }
                RowLayout {
                    spacing: 0
                    AuditListView {
                        id: auditList
                        table: page.wide
                        Layout.fillHeight: true
                        Layout.fillWidth: !page.wide
                        Layout.preferredWidth: page.wide ? Math.max(600, (page.width - 240) * 0.58) : -1
                    }
                    Rectangle {
                        visible: page.wide
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        color: Theme.outline
                    }
                    Item {
                        id: wideDetail
                        visible: page.wide
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Label {
                            objectName: "noAuditOpen"
                            visible: !page.review.auditOpen
                            anchors.centerIn: parent
                            width: Math.min(parent.width - 2 * Theme.margin, 420)
                            text: qsTr("Choose an audit in the list to see it here. Arrows move through the list, Enter opens, Escape closes.")
                            color: Theme.muted
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                        }
                    }
                }
                ActionsView {
                    id: actionsView
                    wide: page.wide
                }
                AssignmentsView {
                    id: assignmentsView
                    wide: page.wide
                }
                SitesView {
                    wide: page.wide
                }
                Item {
                    id: narrowDetail
                }
            }
        }
    }

    // One detail view, shown over the tabs on a phone and beside the table at a desk.
    AuditDetailView {
        parent: page.wide ? wideDetail : narrowDetail
        anchors.fill: parent
        visible: page.review.auditOpen
    }
}
