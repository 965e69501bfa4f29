import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// An admin's app: the organisation's users, its regions, its stores and support lines, and its
// settings.
// On a phone the screens are tabs and an open form covers its list; at a desk (1,000 px wide
// and more) a side navigation, and each list with its form beside it.
Page {
    id: page
    objectName: "adminPage"

    readonly property AdminController admin: FieldApp.admin
    readonly property bool wide: width >= 1000
    property int tab: 0

    background: Rectangle { color: Theme.background }
    header: AppHeader {
        title: qsTr("Administration")
        subtitle: FieldApp.session.displayName
        ToolButton {
            objectName: "refreshButton"
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            enabled: !page.admin.busy
            Accessible.name: qsTr("Refresh")
            onClicked: page.admin.refresh()
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
        visible: !page.wide
        currentIndex: page.tab
        onCurrentIndexChanged: page.tab = currentIndex
        PhoneTab {
            objectName: "usersTab"
            text: qsTr("Users")
        }
        PhoneTab {
            objectName: "regionsTab"
            text: qsTr("Regions")
        }
        PhoneTab {
            objectName: "sitesTab"
            text: qsTr("Sites")
        }
        PhoneTab {
            objectName: "settingsTab"
            text: qsTr("Settings")
        }
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
        onActivated: page.tab = 2
    }
    Shortcut {
        enabled: page.wide
        sequence: "Ctrl+4"
        onActivated: page.tab = 3
    }
    Shortcut {
        sequence: "Escape"
        enabled: page.admin.user.open || page.admin.region.open || page.admin.site.open
        onActivated: {
            page.admin.closeUser()
            page.admin.closeRegion()
            page.admin.closeSite()
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
                objectName: "usersNav"
                text: qsTr("Users")
                current: page.tab === 0
                onClicked: page.tab = 0
            }
            NavEntry {
                objectName: "regionsNav"
                text: qsTr("Regions")
                current: page.tab === 1
                onClicked: page.tab = 1
            }
            NavEntry {
                objectName: "sitesNav"
                text: qsTr("Stores and support lines")
                current: page.tab === 2
                onClicked: page.tab = 2
            }
            NavEntry {
                objectName: "settingsNav"
                text: qsTr("Settings")
                current: page.tab === 3
                onClicked: page.tab = 3
            }
            Item {
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Each row takes the width it gets: the preferred widths are not taken from what the
            // rows show (a long notice or a wide form would widen the column that sets their
            // widths, and the layout loops).
            ErrorBanner {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: page.admin.error
            }
            Label {
                objectName: "adminNotice"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: text.length > 0 && page.admin.error.length === 0
                text: page.admin.notice
                padding: Theme.spacing
                color: Theme.text
                wrapMode: Text.Wrap
                background: Rectangle { color: Theme.selected }
            }
            ProgressBar {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: page.admin.busy
                indeterminate: true
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                currentIndex: page.tab

                UsersView {
                    wide: page.wide
                }
                RegionsView {
                    wide: page.wide
                }
                SitesView {
                    wide: page.wide
                }
                AdminSettingsView {}
            }
        }
    }
}
