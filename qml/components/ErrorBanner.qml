import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// A readable error under the header; empty text hides it.
Rectangle {
    property string text

    visible: text.length > 0
    implicitHeight: visible ? label.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.bad

    Label {
        id: label
        objectName: "errorText"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: parent.text
        color: "white"
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
    }
}
