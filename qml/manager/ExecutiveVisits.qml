import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// Each executive's own visits and calls (self-audits): how long ago the last one was, "never"
// when there was none; more than 30 days ago (or never) is highlighted. Rows ({user, label,
// visitText, callText, visitLate, callLate}) are named exec_0, exec_1, ...; their figures
// visit_<user> and call_<user>.
Column {
    id: list

    property var rows: []
    property string emptyText: qsTr("No executives in this selection.")

    width: parent ? parent.width : 0
    spacing: 14

    Label {
        visible: list.rows.length === 0
        width: list.width
        text: list.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Repeater {
        model: list.rows.map(person => ({
            user: person.user, label: person.label,
            figures: [
                { name: "visit_" + person.user, caption: qsTr("Last own store visit"),
                  text: person.visitText, late: person.visitLate },
                { name: "call_" + person.user, caption: qsTr("Last own support call"),
                  text: person.callText, late: person.callLate }
            ]
        }))
        delegate: Column {
            id: person
            required property var modelData
            required property int index

            objectName: "exec_" + person.index
            width: parent ? parent.width : 0
            spacing: 6

            Label {
                width: person.width
                text: person.modelData.label
                color: Theme.text
                font.pixelSize: Theme.fontSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: person.modelData.figures
                delegate: RowLayout {
                    id: figure
                    required property var modelData
                    width: parent ? parent.width : 0
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        text: figure.modelData.caption
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    Rectangle {
                        id: pill
                        objectName: figure.modelData.name
                        readonly property bool late: figure.modelData.late
                        implicitWidth: value.implicitWidth + 16
                        implicitHeight: value.implicitHeight + 6
                        radius: height / 2
                        color: late ? Theme.bad : "transparent"
                        Label {
                            id: value
                            anchors.centerIn: parent
                            text: figure.modelData.text
                            color: pill.late ? Theme.textOnAccent : Theme.text
                            font.pixelSize: Theme.smallSize + 1
                            font.bold: true
                        }
                    }
                }
            }
        }
    }
}
