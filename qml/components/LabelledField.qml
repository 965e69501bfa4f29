import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// A text field with its name above it, which stays when the field is filled in (a form's
// placeholder alone disappears with the first character).
ColumnLayout {
    id: field

    property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias inputName: input.objectName
    signal edited(string text)

    Layout.fillWidth: true
    spacing: 0

    Label {
        Layout.fillWidth: true
        text: field.label
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        Layout.fillWidth: true
        onTextEdited: field.edited(text)
    }
}
