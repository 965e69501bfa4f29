import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// One screen in the side navigation: its name, whole (it wraps), and a count when it has one.
ItemDelegate {
    id: entry

    property bool current: false

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.smallTouch, contentItem.implicitHeight + 16)
    highlighted: current
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    contentItem: Label {
        text: entry.text
        font.pixelSize: Theme.fontSize
        font.bold: entry.current
        color: entry.current ? Theme.primary : Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: Theme.spacing
    }
    background: Rectangle {
        color: entry.current ? Theme.selected : entry.hovered ? Theme.background : "transparent"
        Rectangle {
            visible: entry.current
            width: 4
            height: parent.height
            color: Theme.accent
        }
    }
}
