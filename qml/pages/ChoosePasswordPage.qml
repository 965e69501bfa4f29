import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// After a sign-in with the initial password an admin gave: the user chooses their own, typed
// twice, before anything else (the server allows nothing else until then).
Page {
    id: page
    objectName: "choosePasswordPage"

    background: Rectangle { color: Theme.background }
    header: AppHeader {
        title: qsTr("Touchpoint")
        subtitle: qsTr("Choose your password")
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(parent.width - 2 * Theme.margin, 520)
            x: (parent.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Choose your own password")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("You signed in with a password you were given. Choose one only you know: at least 8 characters.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            TextField {
                id: first
                objectName: "newPasswordField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("New password")
                echoMode: TextInput.Password
                onAccepted: second.forceActiveFocus()
            }
            TextField {
                id: second
                objectName: "repeatPasswordField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("The same password again")
                echoMode: TextInput.Password
                onAccepted: FieldApp.session.choosePassword(first.text, text)
            }
            Label {
                objectName: "choosePasswordError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: FieldApp.session.lastError
                color: Theme.bad
                wrapMode: Text.Wrap
            }
            BigButton {
                objectName: "choosePasswordButton"
                Layout.fillWidth: true
                primary: true
                enabled: !FieldApp.session.signingIn && first.text.length > 0
                text: FieldApp.session.signingIn ? qsTr("Saving…") : qsTr("Use this password")
                onClicked: FieldApp.session.choosePassword(first.text, second.text)
            }
            BigButton {
                objectName: "cancelPasswordButton"
                Layout.fillWidth: true
                text: qsTr("Back to sign-in")
                onClicked: FieldApp.session.cancelPasswordChoice()
            }
        }
    }
}
