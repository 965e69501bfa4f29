import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

Page {
    id: page
    objectName: "homePage"

    property int tab: 0

    background: Rectangle { color: Theme.background }
    header: AppHeader {
        title: qsTr("Hello, %1").arg(FieldApp.session.displayName)
        subtitle: FieldApp.session.roleText
        ToolButton {
            objectName: "menuButton"
            text: "⋮"
            font.pixelSize: Theme.titleSize
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Menu")
            onClicked: menu.open()
            Menu {
                id: menu
                y: parent.height
                // Wide enough for every entry whole, within the window.
                width: Math.min(page.width - 2 * Theme.margin, 360)
                MenuItem {
                    objectName: "discreetToggle"
                    text: FieldApp.discreet ? qsTr("Normal display") : qsTr("Discreet display")
                    height: Theme.touch
                    onTriggered: FieldApp.discreet = !FieldApp.discreet
                }
                MenuItem {
                    objectName: "signOutItem"
                    text: qsTr("Sign out")
                    height: Theme.touch
                    onTriggered: FieldApp.sync.waiting > 0 ? signOutDialog.open() : FieldApp.signOut()
                }
            }
        }
    }
    footer: TabBar {
        id: tabs
        currentIndex: page.tab
        onCurrentIndexChanged: page.tab = currentIndex
        TabButton {
            objectName: "workTab"
            text: qsTr("Work")
            height: Theme.touch
        }
        TabButton {
            objectName: "historyTab"
            text: qsTr("History")
            height: Theme.touch
        }
    }

    Dialog {
        id: signOutDialog
        objectName: "signOutDialog"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        modal: true
        title: qsTr("Audits not yet sent")
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%1 of your audits are not on the server yet. They stay on this phone and are sent after you sign in again.").arg(FieldApp.sync.waiting)
            }
            BigButton {
                objectName: "confirmSignOutButton"
                Layout.fillWidth: true
                text: qsTr("Sign out")
                onClicked: signOutDialog.accept()
            }
            BigButton {
                Layout.fillWidth: true
                primary: true
                text: qsTr("Stay signed in")
                onClicked: signOutDialog.reject()
            }
        }
        onAccepted: FieldApp.signOut()
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        WorkView {}
        HistoryView {}
    }
}
