import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Step 1 of a store visit: where the phone is, against the store's check-in radius.
Page {
    id: page
    objectName: "checkInPage"

    readonly property AuditSession session: FieldApp.audit
    readonly property CheckInController position: session ? session.checkIn : null

    background: Rectangle { color: Theme.background }
    header: AuditHeader { session: page.session }

    Component.onCompleted: if (page.position) page.position.start()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ErrorBanner {
            Layout.fillWidth: true
            text: page.session ? page.session.lastError : ""
        }
        Label {
            text: qsTr("Check in")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: page.session ? page.session.siteAddress : ""
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Card {
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: page.position !== null && page.position.active && !page.position.hasFix
                    visible: running
                }
                Label {
                    objectName: "accuracyText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: page.position ? page.position.accuracyText : qsTr("No position for this site")
                    font.pixelSize: Theme.titleSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "distanceText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: text.length > 0
                    text: page.position ? page.position.distanceText : ""
                    font.pixelSize: Theme.fontSize
                    color: Theme.text
                }
                Label {
                    objectName: "verdictText"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: page.position ? page.position.verdictText : ""
                    color: page.position && page.position.wouldVerify ? Theme.good : Theme.warn
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: page.position ? page.position.errorText : ""
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("You can check in without a good fix: the visit is then marked unverified, with the reason.")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
        BigButton {
            objectName: "checkInButton"
            Layout.fillWidth: true
            primary: true
            text: page.position && page.position.wouldVerify ? qsTr("Check in") : qsTr("Check in unverified")
            onClicked: page.session.confirmCheckIn()
        }
    }
}
