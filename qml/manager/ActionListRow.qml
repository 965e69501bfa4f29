import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// One corrective action as a row of the desk's list: what, where and who, its state; overdue
// ones with a red edge. A click (or the arrows) shows it beside the list; a cut-off row shows
// whole on hover.
ItemDelegate {
    id: row

    required property int index
    required property string actionId
    required property string itemText
    required property string siteLabel
    required property string ownerText
    required property string stateText
    required property string note
    required property string doneNote
    required property bool open
    required property bool overdue
    required property bool kept
    required property bool broken

    objectName: "actionRow_" + actionId
    width: ListView.view.width
    height: 60
    highlighted: ListView.isCurrentItem
    hoverEnabled: true
    // Its cells may be elided: the tooltip shows the whole row.
    readonly property bool wholeTextOnHover: true
    ToolTip.visible: hovered
    ToolTip.text: row.itemText + "\n" + row.siteLabel + " · " + row.ownerText + "\n" + row.stateText
    ToolTip.delay: 700
    onClicked: ListView.view.currentIndex = row.index
    background: Rectangle {
        color: row.highlighted ? Theme.selected : row.hovered ? Qt.darker(Theme.card, 1.03)
               : row.index % 2 ? Theme.background : Theme.card
        Rectangle {
            visible: row.overdue
            width: 4
            height: parent.height
            color: Theme.bad
        }
    }
    contentItem: RowLayout {
        spacing: 0
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                leftPadding: 8
                text: row.itemText
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                leftPadding: 8
                text: row.siteLabel + " · " + row.ownerText
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.preferredWidth: 170
            leftPadding: 8
            text: row.stateText
            color: row.overdue ? Theme.bad : row.kept ? Theme.good : row.broken ? Theme.warn : Theme.text
            font.pixelSize: Theme.smallSize
            font.bold: row.overdue
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
