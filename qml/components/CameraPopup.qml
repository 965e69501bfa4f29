import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Touchpoint.Ui

// Takes one photo with the device camera (Qt Multimedia). Loaded only when asked for, so a
// device without a camera never starts the multimedia stack.
Popup {
    id: popup

    signal captured(url file)

    parent: Overlay.overlay
    width: parent ? parent.width : 400
    height: parent ? parent.height : 800
    modal: true
    padding: 0

    MediaDevices { id: devices }

    CaptureSession {
        camera: Camera {
            active: popup.opened && devices.videoInputs.length > 0
        }
        imageCapture: ImageCapture {
            id: imageCapture
            onImageSaved: (requestId, path) => {
                popup.captured("file://" + path)
                popup.close()
            }
            onErrorOccurred: (requestId, error, message) => status.text = message
        }
        videoOutput: viewfinder
    }

    Rectangle {
        anchors.fill: parent
        color: "black"
        VideoOutput {
            id: viewfinder
            anchors.fill: parent
        }
        Label {
            id: status
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: "white"
            text: devices.videoInputs.length === 0 ? qsTr("This device has no camera. Use “Choose photo”.") : ""
        }
        RowLayout {
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.margin
            spacing: Theme.spacing
            BigButton {
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            BigButton {
                Layout.fillWidth: true
                primary: true
                enabled: devices.videoInputs.length > 0 && imageCapture.readyForCapture
                text: qsTr("Take photo")
                onClicked: imageCapture.captureToFile("")
            }
        }
    }
}
