import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The sites an executive can self-audit; a tap starts the audit.
ColumnLayout {
    property alias model: sites.model

    spacing: 0

    Repeater {
        id: sites
        delegate: ItemDelegate {
            id: site
            required property string siteId
            required property string name
            required property bool isPhone
            required property string address
            required property string phone

            objectName: "site_" + siteId
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            contentItem: Column {
                Label {
                    text: site.name
                    color: Theme.text
                }
                Label {
                    text: site.isPhone ? site.phone : site.address
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
            }
            onClicked: FieldApp.assignments.startSelfAudit(siteId)
        }
    }
}
