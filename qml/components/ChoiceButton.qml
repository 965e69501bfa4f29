import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// One answer among several: large, wraps long labels, and clearly filled when it is the saved
// one. Drawn without shader effects, so it looks the same on every renderer.
AbstractButton {
    id: control

    property bool selected: false
    property bool primary: false
    readonly property bool filled: selected || primary

    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 16)
    implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + 32)
    font.pixelSize: Theme.fontSize
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.checked: selected

    contentItem: Label {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.disabledText : control.filled ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        leftPadding: 12
        rightPadding: 12
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.card
               : control.filled ? (control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
               : (control.down ? Theme.selected : Theme.card)
        border.color: control.filled && control.enabled ? Theme.accent : Theme.outline
        border.width: control.selected ? 3 : 1
    }
}
