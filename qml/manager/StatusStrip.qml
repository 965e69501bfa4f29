import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Under the header: how old the data is ("Data from 26 Nov, 16:40", marked when it is the copy
// saved on this phone), progress while loading or exporting, the last error in words, what
// just happened, and where an export was written (with a button to open it).
Rectangle {
    id: strip

    readonly property ManagerFeed feed: FieldApp.manager.feed
    readonly property ExportController exports: FieldApp.manager.exports

    implicitHeight: column.implicitHeight + 12
    // The saved copy: a pale amber strip, so that old figures are not taken for today's.
    color: strip.feed.fromCache && !Theme.discreet ? "#fff3e0" : Theme.card

    ColumnLayout {
        id: column
        x: Theme.margin
        y: 6
        width: parent.width - 2 * Theme.margin
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "dataTimeText"
                Layout.fillWidth: true
                text: strip.feed.loading ? strip.feed.progressText : strip.feed.dataTimeText
                color: strip.feed.fromCache ? Theme.warn : Theme.muted
                font.pixelSize: Theme.smallSize
                font.bold: strip.feed.fromCache
                wrapMode: Text.Wrap
            }
            BusyIndicator {
                visible: strip.feed.loading || strip.exports.exporting
                running: visible
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: strip.feed.loading
            value: strip.feed.progress
        }
        Label {
            objectName: "managerError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: strip.feed.error
            color: Theme.bad
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "managerNotice"
            Layout.fillWidth: true
            visible: text.length > 0 && strip.feed.error.length === 0
            text: strip.feed.notice
            color: Theme.good
            font.pixelSize: Theme.smallSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: strip.exports.exportText.length > 0
            spacing: Theme.spacing
            Label {
                objectName: "exportText"
                Layout.fillWidth: true
                text: strip.exports.exportText
                color: Theme.text
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WrapAnywhere
            }
            ChoiceButton {
                objectName: "openExportButton"
                visible: String(strip.exports.exportUrl).length > 0
                implicitHeight: Theme.smallTouch
                text: qsTr("Open")
                onClicked: Qt.openUrlExternally(strip.exports.exportUrl)
            }
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.outline
    }
}
