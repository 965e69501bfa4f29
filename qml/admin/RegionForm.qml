import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One region's form: its id (new ones only: sites, users and reports refer to it) and name.
Flickable {
    id: form
    objectName: "regionForm"

    readonly property AdminController admin: FieldApp.admin
    readonly property RegionEditor region: admin.region

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: form.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: form.region.isNew ? qsTr("New region") : form.region.name
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        LabelledField {
            inputName: "regionIdInput"
            label: qsTr("Id")
            Layout.fillWidth: true
            visible: form.region.isNew
            placeholderText: qsTr("Id (letters, digits, - and _), e.g. benelux")
            text: form.region.regionId
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onEdited: (text) => form.region.regionId = text
        }
        Label {
            Layout.fillWidth: true
            visible: !form.region.isNew
            text: qsTr("Id: %1 (it cannot change: stores, users and reports refer to it)").arg(form.region.regionId)
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        LabelledField {
            inputName: "regionNameInput"
            label: qsTr("Name")
            Layout.fillWidth: true
            placeholderText: qsTr("Name, e.g. Benelux")
            text: form.region.name
            onEdited: (text) => form.region.name = text
        }
        BigButton {
            objectName: "saveRegionButton"
            Layout.fillWidth: true
            primary: true
            enabled: !form.admin.busy
            text: form.region.isNew ? qsTr("Create") : qsTr("Save")
            onClicked: form.admin.saveRegion()
        }
        BigButton {
            objectName: "closeRegionButton"
            Layout.fillWidth: true
            text: qsTr("Close")
            onClicked: form.admin.closeRegion()
        }
    }
}
