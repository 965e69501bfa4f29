import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// The top bar: back, a title with a subtitle, and what the screen adds on the right.
ToolBar {
    id: header

    property string title
    property string subtitle
    property bool showBack: false
    default property alias actions: actionRow.data

    signal backClicked()

    implicitHeight: Math.max(Theme.touch, column.implicitHeight + 16)
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.showBack ? 0 : Theme.margin
        anchors.rightMargin: 4
        spacing: 4

        ToolButton {
            visible: header.showBack
            objectName: "backButton"
            text: "‹"
            font.pixelSize: Theme.hugeSize * 0.8
            Layout.preferredWidth: Theme.touch
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Back")
            onClicked: header.backClicked()
            contentItem: Label {
                text: "‹"
                font.pixelSize: Theme.hugeSize * 0.8
                color: Theme.textOnAccent
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 0
            // A long title (a store's full name) wraps onto a second line rather than being cut,
            // in a smaller font when two lines would not hold it. Its preferred width is not its
            // text's, so that the font chosen does not move the width it is chosen for.
            Label {
                objectName: "headerTitle"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: header.title
                color: Theme.textOnAccent
                font.pixelSize: titleMetrics.advanceWidth > 1.4 * width ? Theme.smallSize + 1
                                                                        : Theme.titleSize * 0.85
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                TextMetrics {
                    id: titleMetrics
                    font.pixelSize: Theme.titleSize * 0.85
                    font.bold: true
                    text: header.title
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: header.subtitle
                color: Theme.textOnAccent
                opacity: 0.8
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: actionRow
            spacing: 0
        }
    }
}
