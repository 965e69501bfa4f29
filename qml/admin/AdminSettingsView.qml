import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The organisation's settings: which audits the reports count.
Flickable {
    id: view
    objectName: "adminSettingsView"

    readonly property AdminController admin: FieldApp.admin

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: Math.min(view.width - 2 * Theme.margin, 720)
        spacing: Theme.spacing

        Card {
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Audits the reports count")
                    font.pixelSize: Theme.fontSize + 2
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Rejected audits never count. Counting the ones waiting for review shows new results sooner; counting approved ones only shows results a manager has checked.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                ChoiceButton {
                    objectName: "countApproved"
                    Layout.fillWidth: true
                    text: qsTr("Approved audits only")
                    selected: !view.admin.countNotRejected
                    onClicked: view.admin.setCountNotRejected(false)
                }
                ChoiceButton {
                    objectName: "countNotRejected"
                    Layout.fillWidth: true
                    text: qsTr("Every audit that is not rejected")
                    selected: view.admin.countNotRejected
                    onClicked: view.admin.setCountNotRejected(true)
                }
            }
        }
    }
}
