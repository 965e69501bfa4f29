import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// One corrective action: what, where, who owns it, when it is due (overdue ones in red, with a
// thick red edge), the note, and once done what was done. An open action can be marked done
// here with a note. A delegate of an ActionListModel.
Rectangle {
    id: card

    required property string actionId
    required property string itemText
    required property string siteLabel
    required property string ownerText
    required property string stateText
    required property string note
    required property string doneNote
    required property bool open
    required property bool overdue
    required property bool kept
    required property bool broken
    property bool closing: false

    objectName: "action_" + actionId
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.card
    border.color: card.overdue ? Theme.bad : Theme.outline
    border.width: card.overdue ? 3 : 1

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.itemText
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                visible: card.overdue
                implicitWidth: badge.implicitWidth + 16
                implicitHeight: badge.implicitHeight + 6
                radius: height / 2
                color: Theme.bad
                Label {
                    id: badge
                    anchors.centerIn: parent
                    text: qsTr("Overdue")
                    color: "white"
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.siteLabel + " · " + card.ownerText
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "actionState"
            Layout.fillWidth: true
            text: card.stateText
            color: card.overdue ? Theme.bad
                   : card.kept ? Theme.good
                   : card.broken ? Theme.warn : Theme.text
            font.pixelSize: Theme.smallSize
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: card.note
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.doneNote.length > 0
            text: "✓ " + card.doneNote
            color: Theme.good
            wrapMode: Text.Wrap
        }
        BigButton {
            objectName: "markDone_" + card.actionId
            Layout.fillWidth: true
            Layout.topMargin: 6
            visible: card.open && !card.closing
            text: qsTr("Mark done…")
            onClicked: card.closing = true
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: card.closing
            spacing: 8
            TextArea {
                id: doneNote
                objectName: "doneNote"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touch * 1.5, implicitHeight)
                placeholderText: qsTr("What was done?")
                wrapMode: TextEdit.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    Layout.fillWidth: true
                    text: qsTr("Cancel")
                    onClicked: card.closing = false
                }
                BigButton {
                    objectName: "confirmDone"
                    Layout.fillWidth: true
                    primary: true
                    enabled: doneNote.text.trim().length > 0
                    text: qsTr("Done")
                    onClicked: {
                        FieldApp.manager.actions.markDone(card.actionId, doneNote.text)
                        card.closing = false
                    }
                }
            }
        }
    }
}
