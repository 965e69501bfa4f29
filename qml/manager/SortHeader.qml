import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// A column's title in a desk table; clicking it sorts the table by the column.
AbstractButton {
    id: control

    property bool active: false

    implicitHeight: 36
    Accessible.role: Accessible.ColumnHeader
    Accessible.name: text
    contentItem: Label {
        text: control.text
        font.pixelSize: Theme.smallSize
        font.bold: control.active
        color: control.active ? Theme.accent : Theme.muted
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
        leftPadding: 8
    }
    background: Rectangle {
        color: control.hovered ? Theme.selected : "transparent"
        radius: 4
    }
}
