import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

Page {
    id: page
    objectName: "signInPage"

    background: Rectangle { color: Theme.background }
    header: AppHeader {
        title: qsTr("Touchpoint")
        subtitle: FieldApp.sync.enabled ? qsTr("Server: %1").arg(FieldApp.sync.serverText)
                                        : FieldApp.session.demoMode ? qsTr("Demo organisation on this phone") : qsTr("Sign in")
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        // A phone's width; at a desk a centred column of the same width.
        ColumnLayout {
            id: column
            width: Math.min(parent.width - 2 * Theme.margin, 520)
            x: (parent.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            Label {
                text: qsTr("Sign in")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            TextField {
                id: userField
                objectName: "usernameField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("User name")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: passwordField.forceActiveFocus()
            }
            TextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                onAccepted: FieldApp.session.signIn(userField.text, text)
            }
            Label {
                objectName: "signInError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: FieldApp.session.lastError
                color: Theme.bad
                wrapMode: Text.Wrap
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: FieldApp.session.signingIn
                running: visible
            }
            BigButton {
                objectName: "signInButton"
                Layout.fillWidth: true
                primary: true
                enabled: !FieldApp.session.signingIn
                text: FieldApp.session.signingIn ? qsTr("Signing in…") : qsTr("Sign in")
                onClicked: FieldApp.session.signIn(userField.text, passwordField.text)
            }

            Label {
                Layout.topMargin: Theme.margin
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: FieldApp.session.demoMode
                text: qsTr("Demo users (password touchpoint-demo)")
                font.pixelSize: Theme.fontSize
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: FieldApp.session.demoAccounts
                delegate: ItemDelegate {
                    id: account
                    required property string username
                    required property string displayName
                    required property string roleText
                    objectName: "demoUser_" + username
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    contentItem: Column {
                        Label {
                            text: account.displayName
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                        }
                        Label {
                            text: account.username + " · " + account.roleText
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    onClicked: FieldApp.session.signInDemo(username)
                }
            }
        }
    }
}
