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
        title: qsTr("Hello, %1").arg(FieldApp.displayName)
        subtitle: FieldApp.roleText
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
                MenuItem {
                    objectName: "discreetToggle"
                    text: FieldApp.discreet ? qsTr("Normal display") : qsTr("Discreet display")
                    height: Theme.touch
                    onTriggered: FieldApp.discreet = !FieldApp.discreet
                }
                MenuItem {
                    text: qsTr("Sign out")
                    height: Theme.touch
                    onTriggered: FieldApp.signOut()
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

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        WorkView {}
        HistoryView {}
    }
}
