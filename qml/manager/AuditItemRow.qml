import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// One item of an audit in detail: the question, the answer and the shopper's note, its result
// (failed and low in colour) and points; a failed or low item of an approved audit can start
// a corrective action here. A delegate of an AuditItemModel.
Rectangle {
    id: row

    required property string itemId
    required property string department
    required property string prompt
    required property bool critical
    required property string answerText
    required property string note
    required property bool failed
    required property bool low
    required property string resultText
    required property string pointsText
    required property bool actionable
    required property bool canAct
    property bool acting: false

    objectName: "item_" + itemId
    implicitHeight: column.implicitHeight + 20
    radius: Theme.radius
    color: Theme.card
    border.color: row.failed ? Theme.bad : row.low ? Theme.warn : Theme.outline
    border.width: row.actionable ? 2 : 1

    ColumnLayout {
        id: column
        x: 12
        y: 10
        width: parent.width - 24
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: (row.critical ? "★ " : "") + row.prompt
                color: Theme.text
                font.pixelSize: Theme.smallSize + 1
                wrapMode: Text.Wrap
            }
            Label {
                visible: text.length > 0
                text: row.pointsText
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: row.answerText || qsTr("Not answered")
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: text.length > 0
                text: row.resultText
                color: row.failed ? Theme.bad : row.low ? Theme.warn : Theme.good
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.note
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            font.italic: true
            wrapMode: Text.Wrap
        }
        BigButton {
            objectName: "act_" + row.itemId
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: row.canAct && FieldApp.manager.isRegionalManager && !row.acting
            text: qsTr("Create a corrective action…")
            onClicked: row.acting = true
        }
        ActionForm {
            Layout.fillWidth: true
            visible: row.acting
            item: row.itemId
            department: row.department
            onFinished: row.acting = false
        }
    }
}
