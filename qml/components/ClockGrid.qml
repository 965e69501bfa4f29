import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// The measured moments, running while their closing moment is still to come.
GridLayout {
    property alias model: clocks.model

    columns: 2
    columnSpacing: Theme.spacing
    rowSpacing: 4

    Repeater {
        id: clocks
        delegate: Rectangle {
            id: clock
            required property string label
            required property string valueText
            required property bool running

            Layout.fillWidth: true
            implicitHeight: 64
            radius: Theme.radius
            color: running ? Theme.selected : Theme.card
            border.color: Theme.outline

            Column {
                anchors.centerIn: parent
                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: clock.valueText
                    font.pixelSize: Theme.titleSize
                    font.bold: clock.running
                    color: Theme.text
                }
                Label {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: clock.label
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                }
            }
        }
    }
}
