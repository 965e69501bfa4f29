import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// A titled list of rows (a name and a value), hidden when empty.
Card {
    id: list

    property string title
    property color titleColor: Theme.text
    property var rows: []
    property string textRole: "name"
    property string valueRole: ""
    property string detailRole: ""

    signal picked(var row)

    visible: rows.length > 0
    Layout.preferredHeight: visible ? implicitHeight : 0

    ColumnLayout {
        width: parent.width
        spacing: 0
        Label {
            text: list.title
            font.bold: true
            color: list.titleColor
            bottomPadding: 4
        }
        Repeater {
            model: list.rows
            delegate: ItemDelegate {
                id: row
                required property var modelData
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.smallTouch, content.implicitHeight + 8)
                padding: 0
                onClicked: list.picked(modelData)
                contentItem: RowLayout {
                    id: content
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData[list.textRole]
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            visible: list.detailRole.length > 0
                            text: list.detailRole.length > 0 ? row.modelData[list.detailRole] : ""
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Label {
                        visible: list.valueRole.length > 0
                        text: list.valueRole.length > 0 ? row.modelData[list.valueRole] : ""
                        font.bold: true
                        color: Theme.text
                    }
                }
            }
        }
    }
}
