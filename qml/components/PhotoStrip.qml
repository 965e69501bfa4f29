import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Touchpoint.Ui

// The photos of an answer: thumbnails, the camera where the device has one, a file otherwise.
ColumnLayout {
    id: strip

    property var photos: []
    property bool readOnly: false

    signal addPhoto(url file)
    signal removePhoto(int index)

    spacing: Theme.spacing

    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: strip.photos
            delegate: Image {
                id: thumbnail
                required property int index
                required property string modelData
                width: 88
                height: 88
                source: modelData
                sourceSize.width: 176
                sourceSize.height: 176
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                RoundButton {
                    visible: !strip.readOnly
                    anchors.top: parent.top
                    anchors.right: parent.right
                    width: 40
                    height: 40
                    text: "×"
                    Accessible.name: qsTr("Remove photo")
                    onClicked: strip.removePhoto(thumbnail.index)
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: !strip.readOnly
        spacing: Theme.spacing
        BigButton {
            Layout.fillWidth: true
            text: qsTr("Camera")
            onClicked: cameraLoader.active = true
        }
        BigButton {
            objectName: "choosePhotoButton"
            Layout.fillWidth: true
            text: qsTr("Choose photo")
            onClicked: fileDialog.open()
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.heic)")]
        onAccepted: strip.addPhoto(selectedFile)
    }

    Loader {
        id: cameraLoader
        active: false
        sourceComponent: CameraPopup {
            onCaptured: file => strip.addPhoto(file)
            onClosed: cameraLoader.active = false
        }
        onLoaded: item.open()
    }
}
