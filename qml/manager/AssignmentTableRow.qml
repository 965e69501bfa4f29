import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One assignment as a row of the desk's table: site, shopper, kind, start, due date, state;
// overdue open ones with a red edge and their state in red. The columns line up with the
// SortHeaders above the table; a cut-off row shows whole on hover. A click shows it beside the
// table.
ItemDelegate {
    id: row

    required property int index
    required property string assignmentId
    required property string siteLabel
    required property string kindText
    required property string shopperName
    required property string startText
    required property string dueText
    required property string startDayText
    required property string dueDayText
    required property string stateText
    required property bool overdue

    objectName: "assignmentRow_" + assignmentId
    x: Theme.margin
    width: ListView.view.width - 2 * Theme.margin
    height: 48
    leftPadding: 0
    rightPadding: 0
    highlighted: ListView.isCurrentItem
    hoverEnabled: true
    // Its cells may be elided: the tooltip shows the whole row.
    readonly property bool wholeTextOnHover: true
    ToolTip.visible: hovered
    ToolTip.text: row.siteLabel + "\n" + row.shopperName + " · " + row.kindText + "\n"
                  + qsTr("%1 to %2").arg(row.startText).arg(row.dueText) + "\n" + row.stateText
    ToolTip.delay: 700
    onClicked: {
        ListView.view.currentIndex = row.index
        FieldApp.manager.assignments.choose(row.assignmentId)
    }
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
        Label {
            Layout.fillWidth: true
            leftPadding: 8
            text: row.siteLabel
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 120
            leftPadding: 8
            text: row.shopperName
            color: Theme.text
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 64
            leftPadding: 8
            text: row.kindText
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 116
            leftPadding: 8
            text: row.startDayText
            color: Theme.text
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 116
            leftPadding: 8
            text: row.dueDayText
            color: row.overdue ? Theme.bad : Theme.text
            font.pixelSize: Theme.smallSize
            font.bold: row.overdue
            elide: Text.ElideRight
        }
        Label {
            objectName: "assignmentState_" + row.assignmentId
            Layout.preferredWidth: 130
            leftPadding: 8
            text: row.stateText
            color: row.overdue ? Theme.bad : Theme.text
            font.pixelSize: Theme.smallSize
            font.bold: row.overdue
            elide: Text.ElideRight
        }
    }
}
