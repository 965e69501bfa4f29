import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One assignment as a card of the phone's list: where, who, when it is due, its state; overdue
// open ones with a thick red edge and a badge. A tap shows it over the list.
ItemDelegate {
    id: card

    required property int index
    required property string assignmentId
    required property string siteLabel
    required property string kindText
    required property string shopperName
    required property string dueText
    required property string stateText
    required property bool overdue

    objectName: "assignmentCard_" + assignmentId
    x: Theme.margin
    width: ListView.view.width - 2 * Theme.margin
    height: Math.max(Theme.touch + 24, contentItem.implicitHeight + 24)
    onClicked: {
        ListView.view.currentIndex = card.index
        FieldApp.manager.assignments.choose(card.assignmentId)
    }
    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.selected : Theme.card
        border.color: card.overdue ? Theme.bad : Theme.outline
        border.width: card.overdue ? 3 : 1
    }
    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.siteLabel
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                visible: card.overdue
                leftPadding: 8
                rightPadding: 8
                topPadding: 3
                bottomPadding: 3
                text: qsTr("Overdue")
                color: "white"
                font.pixelSize: Theme.smallSize
                font.bold: true
                background: Rectangle {
                    radius: height / 2
                    color: Theme.bad
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.kindText + " · " + card.shopperName
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Due %1 · %2").arg(card.dueText).arg(card.stateText)
            color: card.overdue ? Theme.bad : Theme.text
            font.pixelSize: Theme.smallSize
            font.bold: card.overdue
            wrapMode: Text.Wrap
        }
    }
}
