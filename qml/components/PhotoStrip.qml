import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The photos of an answer: thumbnails, the camera where the device has one, a file otherwise.
ColumnLayout {
    id: strip

    property string itemId
    property PhotoListModel photos: null
    property bool readOnly: false

    function photoTaken(file) {
        closeCamera()
        FieldApp.audit.addPhoto(itemId, file)
    }
    function closeCamera() {
        cameraPopup.close()
    }

    spacing: Theme.spacing

    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: strip.photos
            delegate: Image {
                id: thumbnail
                required property string itemId
                required property string sha256
                required property string url
                width: 88
                height: 88
                source: url
                sourceSize.width: 176
                sourceSize.height: 176
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                RoundButton {
                    visible: !FieldApp.audit.readOnly
                    anchors.top: parent.top
                    anchors.right: parent.right
                    width: 40
                    height: 40
                    text: "×"
                    Accessible.name: qsTr("Remove photo")
                    onClicked: FieldApp.audit.removePhoto(thumbnail.itemId, thumbnail.sha256)
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
            onClicked: cameraPopup.open()
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
        onAccepted: FieldApp.audit.addPhoto(strip.itemId, selectedFile)
    }

    Popup {
        id: cameraPopup
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        padding: 0
        onOpened: cameraLoader.setSource(Qt.resolvedUrl("CameraView.qml"), { strip: strip })
        onClosed: cameraLoader.source = ""
        Loader {
            id: cameraLoader
            anchors.fill: parent
        }
    }
}
