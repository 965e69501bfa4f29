import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// A chart on a card: a title, a line saying what it shows, and the chart below.
Card {
    id: card

    property string title
    property string subtitle
    default property alias chart: holder.data

    ColumnLayout {
        width: parent.width
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: Theme.fontSize + 2
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.subtitle
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Item {
            id: holder
            Layout.fillWidth: true
            Layout.topMargin: 8
            implicitHeight: childrenRect.height
        }
    }
}
