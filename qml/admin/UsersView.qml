import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The users: a list searched by name, user name, role or place (arrows and Enter at a desk),
// "New user", and the chosen user's form beside it (desk) or over it (phone).
RowLayout {
    id: view
    objectName: "usersView"

    property bool wide: false
    readonly property AdminController admin: FieldApp.admin

    spacing: 0

    ColumnLayout {
        visible: view.wide || !view.admin.user.open
        Layout.fillHeight: true
        // The list and the form share the width half and half: the same preferred width, set
        // rather than taken from what they show, so that their contents do not move the split
        // (a width that depends on itself makes the layout loop).
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.minimumWidth: view.wide ? 520 : 0
        Layout.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: search
                objectName: "userSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search users")
                onTextChanged: view.admin.users.searchText = text
                Keys.onDownPressed: users.forceActiveFocus()
            }
            BigButton {
                objectName: "newUserButton"
                primary: true
                text: qsTr("New user")
                onClicked: view.admin.newUser()
            }
        }
        ListView {
            id: users
            objectName: "userList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: view.admin.users
            keyNavigationEnabled: true
            currentIndex: -1
            highlightMoveDuration: 0
            Keys.onReturnPressed: view.admin.editUser(view.admin.users.usernameAt(users.currentIndex))
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string username
                required property string displayName
                required property string roleText
                required property string placeText
                required property bool disabled
                required property bool matches

                objectName: "user_" + username
                width: ListView.view.width
                visible: matches
                height: matches ? Math.max(Theme.smallTouch, contentItem.implicitHeight + 16) : 0
                highlighted: ListView.isCurrentItem
                             || (FieldApp.admin.user.open && FieldApp.admin.user.username === username)
                onClicked: {
                    ListView.view.currentIndex = index
                    FieldApp.admin.editUser(username)
                }
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.disabled ? qsTr("%1 (cannot sign in)").arg(row.displayName) : row.displayName
                        font.bold: true
                        color: row.disabled ? Theme.muted : Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.placeText.length > 0 ? row.username + " · " + row.roleText + " · " + row.placeText
                                                       : row.username + " · " + row.roleText
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
    Rectangle {
        visible: view.wide
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        color: Theme.outline
    }
    UserForm {
        visible: view.admin.user.open
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.fillHeight: true
    }
    Label {
        visible: view.wide && !view.admin.user.open
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.fillHeight: true
        text: qsTr("Choose a user to change their role, regions or store, or to let them sign in again.")
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        padding: Theme.margin
        color: Theme.muted
    }
}
