import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Where the phone's audits are: how many wait to be sent, the last sync, the last error in
// words, progress while sending, and the buttons to sync now or retry refused audits.
Card {
    id: card

    readonly property SyncController sync: FieldApp.sync

    ColumnLayout {
        width: parent.width
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "syncStatusText"
                Layout.fillWidth: true
                text: card.sync.statusText
                font.bold: true
                color: card.sync.waiting > 0 && !card.sync.online ? Theme.warn : Theme.text
                wrapMode: Text.Wrap
            }
            BusyIndicator {
                visible: card.sync.syncing
                running: visible
                Layout.preferredWidth: 40
                Layout.preferredHeight: 40
            }
        }
        Label {
            objectName: "lastSyncText"
            text: card.sync.lastSyncText
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            objectName: "syncErrorText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.sync.lastError
            color: Theme.warn
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "syncNowButton"
                Layout.fillWidth: true
                visible: !card.sync.needsSignIn
                enabled: !card.sync.syncing
                text: qsTr("Sync now")
                onClicked: card.sync.syncNow()
            }
            BigButton {
                objectName: "retryRefusedButton"
                Layout.fillWidth: true
                visible: card.sync.refused > 0 && !card.sync.needsSignIn
                text: qsTr("Try refused again")
                onClicked: card.sync.retryRefused()
            }
            BigButton {
                objectName: "signInAgainButton"
                Layout.fillWidth: true
                visible: card.sync.needsSignIn
                primary: true
                text: qsTr("Sign in again")
                onClicked: FieldApp.signOut()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.sync.tokenStorageText
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }
}
