import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The stores and support lines: a list searched by name, region or address, "New store" and
// "New support line", and the chosen one's form beside it (desk) or over it (phone).
RowLayout {
    id: view
    objectName: "sitesView"

    property bool wide: false
    readonly property AdminController admin: FieldApp.admin

    spacing: 0

    ColumnLayout {
        visible: view.wide || !view.admin.site.open
        Layout.fillHeight: true
        // The list and the form share the width half and half: the same preferred width, set
        // rather than taken from what they show, so that their contents do not move the split
        // (a width that depends on itself makes the layout loop).
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.minimumWidth: view.wide ? 520 : 0
        Layout.margins: Theme.margin
        spacing: Theme.spacing

        TextField {
            id: search
            objectName: "siteSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search stores and lines")
            onTextChanged: view.admin.sites.searchText = text
            Keys.onDownPressed: sites.forceActiveFocus()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "newStoreButton"
                Layout.fillWidth: true
                text: qsTr("New store")
                onClicked: view.admin.newSite(false)
            }
            BigButton {
                objectName: "newLineButton"
                Layout.fillWidth: true
                text: qsTr("New support line")
                onClicked: view.admin.newSite(true)
            }
        }
        ListView {
            id: sites
            objectName: "siteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: view.admin.sites
            keyNavigationEnabled: true
            currentIndex: -1
            highlightMoveDuration: 0
            Keys.onReturnPressed: view.admin.editSite(view.admin.sites.siteIdAt(sites.currentIndex))
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string siteId
                required property string name
                required property string regionText
                required property bool isPhone
                required property string placeText
                required property bool matches

                objectName: "site_" + siteId
                width: ListView.view.width
                visible: matches
                height: matches ? Math.max(Theme.smallTouch, contentItem.implicitHeight + 16) : 0
                highlighted: ListView.isCurrentItem
                             || (FieldApp.admin.site.open && FieldApp.admin.site.siteId === siteId)
                onClicked: {
                    ListView.view.currentIndex = index
                    FieldApp.admin.editSite(siteId)
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
                        text: (row.isPhone ? qsTr("Support line") : qsTr("Store")) + " · " + row.regionText
                              + (row.placeText.length > 0 ? " · " + row.placeText : "")
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
    SiteForm {
        visible: view.admin.site.open
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.fillHeight: true
    }
    Label {
        visible: view.wide && !view.admin.site.open
        Layout.fillWidth: true
        Layout.preferredWidth: 520
        Layout.fillHeight: true
        text: qsTr("Choose a store or support line to change its address, position, check-in radius, opening hours or number.")
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        padding: Theme.margin
        color: Theme.muted
    }
}
