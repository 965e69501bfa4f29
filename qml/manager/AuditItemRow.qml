import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// One item of an audit in detail: the question, the answer and the shopper's note, its result
// (failed and low in colour) and points; a failed or low item of an approved audit can start
// a corrective action here.
Rectangle {
    id: row

    property var item: ({})
    property bool acting: false

    objectName: "item_" + (item.item || "")
    implicitHeight: column.implicitHeight + 20
    radius: Theme.radius
    color: Theme.card
    border.color: row.item.result === "failed" ? Theme.bad : row.item.result === "low" ? Theme.warn : Theme.outline
    border.width: row.item.actionable ? 2 : 1

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
                text: (row.item.critical ? "★ " : "") + (row.item.prompt || "")
                color: Theme.text
                font.pixelSize: Theme.smallSize + 1
                wrapMode: Text.Wrap
            }
            Label {
                visible: text.length > 0
                text: row.item.pointsText || ""
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: row.item.answerText || qsTr("Not answered")
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: text.length > 0
                text: row.item.resultText || ""
                color: row.item.result === "failed" ? Theme.bad : row.item.result === "low" ? Theme.warn : Theme.good
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.item.note || ""
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            font.italic: true
            wrapMode: Text.Wrap
        }
        BigButton {
            objectName: "act_" + (row.item.item || "")
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: row.item.canAct === true && FieldApp.manager.isRegionalManager && !row.acting
            text: qsTr("Create a corrective action…")
            onClicked: row.acting = true
        }
        ActionForm {
            Layout.fillWidth: true
            visible: row.acting
            item: row.item.item || ""
            department: row.item.department || ""
            onFinished: row.acting = false
        }
    }
}
