import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The regions: a list searched by name (arrows and Enter at a desk), each with its stores and
// support lines counted, "New region", and the chosen region's form beside it (desk) or over
// it (phone).
RowLayout {
    id: view
    objectName: "regionsView"

    property bool wide: false
    readonly property AdminController admin: FieldApp.admin

    spacing: 0

    ColumnLayout {
        visible: view.wide || !view.admin.region.open
        Layout.fillHeight: true
        // The list and the form share the width half and half: the same preferred width, set
        // rather than taken from what they show, so that their contents do not move the split
        // (a width that depends on itself makes the layout loop).
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.minimumWidth: view.wide ? 520 : 0
        Layout.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: search
                objectName: "regionSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search regions")
                onTextChanged: view.admin.regions.searchText = text
                Keys.onDownPressed: regions.forceActiveFocus()
            }
            BigButton {
                objectName: "newRegionButton"
                primary: true
                text: qsTr("New region")
                onClicked: view.admin.newRegion()
            }
        }
        ListView {
            id: regions
            objectName: "regionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: view.admin.regions
            keyNavigationEnabled: true
            currentIndex: -1
            highlightMoveDuration: 0
            Keys.onReturnPressed: view.admin.editRegion(view.admin.regions.regionIdAt(regions.currentIndex))
            Keys.onEnterPressed: view.admin.editRegion(view.admin.regions.regionIdAt(regions.currentIndex))
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string regionId
                required property string name
                required property string sitesText
                required property bool matches

                objectName: "regionRow_" + regionId
                width: ListView.view.width
                visible: matches
                height: matches ? Math.max(Theme.smallTouch, contentItem.implicitHeight + 16) : 0
                highlighted: ListView.isCurrentItem
                             || (FieldApp.admin.region.open && FieldApp.admin.region.regionId === regionId)
                onClicked: {
                    ListView.view.currentIndex = index
                    FieldApp.admin.editRegion(regionId)
                }
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.regionId + " · " + row.sitesText
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
    Rectangle {
        visible: view.wide
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        color: Theme.outline
    }
    RegionForm {
        visible: view.admin.region.open
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.fillHeight: true
    }
    Label {
        visible: view.wide && !view.admin.region.open
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.fillHeight: true
        text: qsTr("Choose a region to rename it, or make a new one. Its stores and support lines are chosen in their own forms.")
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        padding: Theme.margin
        color: Theme.muted
    }
}
