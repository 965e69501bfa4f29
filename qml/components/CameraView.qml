import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Touchpoint.Ui

// Takes one photo with the device camera (Qt Multimedia). PhotoStrip loads it only when asked
// for, so a device without a camera never starts the multimedia stack.
Rectangle {
    id: view

    required property PhotoStrip strip

    color: "black"

    MediaDevices { id: devices }

    CaptureSession {
        camera: Camera {
            active: devices.videoInputs.length > 0
        }
        imageCapture: ImageCapture {
            id: imageCapture
            onImageSaved: (requestId, path) => view.strip.photoTaken("file://" + path)
            onErrorOccurred: (requestId, error, message) => status.text = message
        }
        videoOutput: viewfinder
    }

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
            onClicked: view.strip.closeCamera()
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
