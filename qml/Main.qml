import QtQuick
import QtQuick.Window
import Touchpoint.Ui

// The window. Its first frame is drawn before Qt Quick Controls and the screens are loaded
// (asynchronously, below), so the app shows up at once even on a slow phone.
Window {
    id: window

    readonly property bool ready: screens.status === Loader.Ready

    width: 412
    height: 915
    visible: true
    title: qsTr("Touchpoint")
    color: Theme.background

    Rectangle {
        visible: !window.ready
        width: parent.width
        height: Theme.touch
        color: Theme.primary
        Text {
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.margin
            text: qsTr("Touchpoint")
            color: Theme.textOnAccent
            font.pixelSize: Theme.titleSize * 0.85
            font.bold: true
        }
    }

    Loader {
        id: screens
        objectName: "screens"
        anchors.fill: parent
        asynchronous: true
        source: Qt.resolvedUrl("Screens.qml")
    }
}
