import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One user's form: name, role, regions (regional managers) or store (store managers); a new
// user's initial password, shown once to hand over; disable, enable, unlock, a new initial
// password.
Flickable {
    id: form
    objectName: "userForm"

    readonly property AdminController admin: FieldApp.admin
    readonly property UserEditor user: admin.user

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: form.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: form.user.isNew ? qsTr("New user") : form.user.displayName
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: !form.user.isNew
            text: form.user.disabled ? qsTr("%1 · cannot sign in").arg(form.user.username) : form.user.username
            color: form.user.disabled ? Theme.bad : Theme.muted
            wrapMode: Text.Wrap
        }
        LabelledField {
            inputName: "usernameInput"
            label: qsTr("User name")
            Layout.fillWidth: true
            visible: form.user.isNew
            placeholderText: qsTr("User name (letters, digits, - and _)")
            text: form.user.username
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onEdited: (text) => form.user.username = text
        }
        LabelledField {
            inputName: "displayNameInput"
            label: qsTr("Name")
            Layout.fillWidth: true
            placeholderText: qsTr("Name as others see it")
            text: form.user.displayName
            onEdited: (text) => form.user.displayName = text
        }
        Label {
            text: qsTr("Role")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        ComboBox {
            id: roleBox
            objectName: "roleInput"
            Layout.fillWidth: true
            model: form.admin.roleChoices
            textRole: "label"
            valueRole: "value"
            currentIndex: indexOfValue(form.user.role)
            onActivated: form.user.role = currentValue
        }
        Label {
            visible: form.user.role === Role.RegionalManager
            text: qsTr("Regions they manage")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        // Always the same model, shown or not: a model switched under a Repeater still making its
        // items (the screens load asynchronously) makes Qt Quick warn.
        Repeater {
            model: form.admin.regionChoices
            delegate: CheckBox {
                required property string itemId
                required property string label
                required property bool selected
                objectName: "region_" + itemId
                visible: FieldApp.admin.user.role === Role.RegionalManager
                text: label
                checked: selected
                onToggled: FieldApp.admin.user.toggleRegion(itemId)
            }
        }
        Label {
            visible: form.user.role === Role.StoreManager
            text: qsTr("Their store")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        ComboBox {
            objectName: "siteInput"
            Layout.fillWidth: true
            visible: form.user.role === Role.StoreManager
            model: form.admin.siteChoices
            textRole: "label"
            valueRole: "itemId"
            currentIndex: indexOfValue(form.user.site)
            onActivated: form.user.site = currentValue
        }
        Rectangle {
            objectName: "initialPasswordCard"
            Layout.fillWidth: true
            visible: form.user.initialPassword.length > 0
            implicitHeight: passwordText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.selected
            Label {
                id: passwordText
                x: Theme.spacing
                y: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                text: qsTr("Initial password: %1\nHand it over in person or by phone. It is shown only now; at the first sign-in the user chooses their own.").arg(form.user.initialPassword)
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
        BigButton {
            objectName: "saveUserButton"
            Layout.fillWidth: true
            primary: true
            enabled: !form.admin.busy
            text: form.user.isNew ? qsTr("Create the user") : qsTr("Save")
            onClicked: form.admin.saveUser()
        }
        GridLayout {
            Layout.fillWidth: true
            visible: !form.user.isNew
            columns: form.width > 560 ? 3 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            BigButton {
                objectName: form.user.disabled ? "enableUserButton" : "disableUserButton"
                Layout.fillWidth: true
                enabled: !form.admin.busy && form.user.username !== FieldApp.session.username
                text: form.user.disabled ? qsTr("Let them sign in") : qsTr("Stop their sign-in")
                onClicked: form.admin.setUserDisabled(!form.user.disabled)
            }
            BigButton {
                objectName: "unlockUserButton"
                Layout.fillWidth: true
                enabled: !form.admin.busy
                text: qsTr("Forget failed sign-ins")
                onClicked: form.admin.unlockUser()
            }
            BigButton {
                objectName: "newPasswordButton"
                Layout.fillWidth: true
                enabled: !form.admin.busy
                text: qsTr("New initial password")
                onClicked: form.admin.giveNewPassword()
            }
        }
        BigButton {
            objectName: "closeUserButton"
            Layout.fillWidth: true
            text: qsTr("Close")
            onClicked: form.admin.closeUser()
        }
    }
}
