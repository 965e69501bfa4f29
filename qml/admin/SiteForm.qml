import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One store's or support line's form: id (new ones), name, region, address or line number,
// latitude, longitude and check-in radius (stores), time zone, opening hours,
// and for a store its check-in circle drawn with the last audits' check-ins.
Flickable {
    id: form
    objectName: "siteForm"

    readonly property AdminController admin: FieldApp.admin
    readonly property SiteEditor site: admin.site

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
            text: form.site.isNew ? (form.site.isPhone ? qsTr("New support line") : qsTr("New store"))
                                  : form.site.name
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        LabelledField {
            inputName: "siteIdInput"
            label: qsTr("Id")
            Layout.fillWidth: true
            visible: form.site.isNew
            placeholderText: qsTr("Id (letters, digits, - and _), e.g. store-ghent")
            text: form.site.siteId
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onEdited: (text) => form.site.siteId = text
        }
        LabelledField {
            inputName: "siteNameInput"
            label: qsTr("Name")
            Layout.fillWidth: true
            placeholderText: qsTr("Name")
            text: form.site.name
            onEdited: (text) => form.site.name = text
        }
        Label {
            text: qsTr("Region")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        ComboBox {
            objectName: "siteRegionInput"
            Layout.fillWidth: true
            model: form.admin.regionChoices
            textRole: "label"
            valueRole: "itemId"
            currentIndex: indexOfValue(form.site.region)
            onActivated: form.site.region = currentValue
        }
        LabelledField {
            inputName: "siteAddressInput"
            label: qsTr("Address")
            Layout.fillWidth: true
            visible: !form.site.isPhone
            placeholderText: qsTr("Address")
            text: form.site.address
            onEdited: (text) => form.site.address = text
        }
        LabelledField {
            inputName: "sitePhoneInput"
            label: qsTr("Support line number")
            Layout.fillWidth: true
            visible: form.site.isPhone
            placeholderText: qsTr("Number to call, e.g. +1 541 555 0100")
            text: form.site.phone
            inputMethodHints: Qt.ImhDialableCharactersOnly
            onEdited: (text) => form.site.phone = text
        }
        GridLayout {
            Layout.fillWidth: true
            visible: !form.site.isPhone
            columns: form.width > 560 ? 3 : 1
            columnSpacing: Theme.spacing
            LabelledField {
                inputName: "siteLatitudeInput"
                label: qsTr("Latitude")
                Layout.fillWidth: true
                placeholderText: qsTr("Latitude")
                text: form.site.latitude
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: (text) => form.site.latitude = text
            }
            LabelledField {
                inputName: "siteLongitudeInput"
                label: qsTr("Longitude")
                Layout.fillWidth: true
                placeholderText: qsTr("Longitude")
                text: form.site.longitude
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: (text) => form.site.longitude = text
            }
            LabelledField {
                inputName: "siteRadiusInput"
                label: qsTr("Check-in radius (m)")
                Layout.fillWidth: true
                placeholderText: qsTr("Check-in radius (m)")
                text: form.site.checkInRadius
                inputMethodHints: Qt.ImhDigitsOnly
                onEdited: (text) => form.site.checkInRadius = text
            }
        }
        BigButton {
            objectName: "usePositionButton"
            Layout.fillWidth: true
            visible: !form.site.isPhone
            enabled: !form.admin.sitePosition.busy
            text: form.admin.sitePosition.busy ? qsTr("Finding the position…")
                                               : qsTr("Use this device's position")
            onClicked: form.admin.sitePosition.locate()
        }
        Label {
            objectName: "positionStatus"
            Layout.fillWidth: true
            visible: !form.site.isPhone && text.length > 0
            text: form.admin.sitePosition.status
            color: form.admin.sitePosition.failed ? Theme.bad : Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        LabelledField {
            inputName: "siteTimezoneInput"
            label: qsTr("Time zone")
            Layout.fillWidth: true
            placeholderText: qsTr("Time zone, e.g. Europe/Brussels")
            text: form.site.timezone
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            onEdited: (text) => form.site.timezone = text
        }
        OpeningHoursEditor {
            Layout.fillWidth: true
        }
        CheckInDrawing {
            Layout.fillWidth: true
            visible: !form.site.isPhone && !form.site.isNew
            checkIns: form.admin.siteCheckIns
        }
        BigButton {
            objectName: "saveSiteButton"
            Layout.fillWidth: true
            primary: true
            enabled: !form.admin.busy
            text: form.site.isNew ? qsTr("Create") : qsTr("Save")
            onClicked: form.admin.saveSite()
        }
        BigButton {
            objectName: "closeSiteButton"
            Layout.fillWidth: true
            text: qsTr("Close")
            onClicked: form.admin.closeSite()
        }
    }
}
