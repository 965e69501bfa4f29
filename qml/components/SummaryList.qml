import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A titled list of summary rows ({text, detail, value, section}), hidden when empty. Tapping a
// row that belongs to a section opens the questions there.
Card {
    id: list

    property string title
    property color titleColor: Theme.text
    property var rows: []

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
                Layout.preferredHeight: Math.max(Theme.smallTouch, contentItem.implicitHeight + 8)
                padding: 0
                onClicked: FieldApp.audit.goToSection(modelData.section)
                contentItem: RowLayout {
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.text
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            visible: text.length > 0
                            text: row.modelData.detail
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Label {
                        visible: text.length > 0
                        text: row.modelData.value
                        font.bold: true
                        color: Theme.text
                    }
                }
            }
        }
    }
}
