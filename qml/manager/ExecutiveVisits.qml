import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Each executive's own visits and calls (self-audits): how long ago the last one was, "never"
// when there was none; more than 30 days ago (or never) is highlighted. Rows are named exec_0,
// exec_1, ...; their figures visit_<user> and call_<user>.
Column {
    id: list

    property ExecutiveModel rows: null
    property string emptyText: qsTr("No executives in this selection.")

    // One figure: what it is, and how long ago (a red pill when late).
    component Figure: RowLayout {
        id: figure
        property string name
        property string caption
        property string figureText
        property bool late
        spacing: 8
        Label {
            Layout.fillWidth: true
            text: figure.caption
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Rectangle {
            id: pill
            objectName: figure.name
            readonly property bool late: figure.late
            implicitWidth: value.implicitWidth + 16
            implicitHeight: value.implicitHeight + 6
            radius: height / 2
            color: late ? Theme.bad : "transparent"
            Label {
                id: value
                anchors.centerIn: parent
                text: figure.figureText
                color: pill.late ? Theme.textOnAccent : Theme.text
                font.pixelSize: Theme.smallSize + 1
                font.bold: true
            }
        }
    }

    width: parent ? parent.width : 0
    spacing: 14

    Label {
        visible: !list.rows || list.rows.count === 0
        width: list.width
        text: list.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Repeater {
        model: list.rows
        delegate: Column {
            id: person
            required property int index
            required property string user
            required property string label
            required property string visitText
            required property string callText
            required property bool visitLate
            required property bool callLate

            objectName: "exec_" + person.index
            width: parent ? parent.width : 0
            spacing: 6

            Label {
                width: person.width
                text: person.label
                color: Theme.text
                font.pixelSize: Theme.fontSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Figure {
                width: person.width
                name: "visit_" + person.user
                caption: qsTr("Last own store visit")
                figureText: person.visitText
                late: person.visitLate
            }
            Figure {
                width: person.width
                name: "call_" + person.user
                caption: qsTr("Last own support call")
                figureText: person.callText
                late: person.callLate
            }
        }
    }
}
