import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A titled list of summary rows (label, detail, value, section), hidden when empty. Tapping a
// row that belongs to a section opens the questions there.
Card {
    id: list

    property string title
    property color titleColor: Theme.text
    property SummaryListModel rows: null

    visible: rows !== null && rows.count > 0
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
                required property string label
                required property string detail
                required property string value
                required property int section
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.smallTouch, contentItem.implicitHeight + 8)
                padding: 0
                onClicked: FieldApp.audit.goToSection(section)
                contentItem: RowLayout {
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.label
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            visible: text.length > 0
                            text: row.detail
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Label {
                        visible: text.length > 0
                        text: row.value
                        font.bold: true
                        color: Theme.text
                    }
                }
            }
        }
    }
}
