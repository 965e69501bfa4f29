import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One audit as a row of the desk's table: site, when, state, score. The columns line up with
// the SortHeaders above the table; a cut-off site shows whole on hover.
ItemDelegate {
    id: row

    required property int index
    required property string uuid
    required property string siteLabel
    required property string modeText
    required property string auditorText
    required property string startedText
    required property string stateText
    required property int reviewState
    required property string overallText
    required property bool passed
    required property int criticalFailures

    objectName: "audit_" + uuid
    x: Theme.margin
    width: ListView.view.width - 2 * Theme.margin
    height: 52
    highlighted: ListView.isCurrentItem
    hoverEnabled: true
    // Its cells may be elided: the tooltip shows the whole row.
    readonly property bool wholeTextOnHover: true
    // The whole row in words, for cut-off cells.
    ToolTip.visible: hovered
    ToolTip.text: row.siteLabel + "\n"
                  + (FieldApp.manager.isStoreManager ? row.modeText : row.modeText + " · " + row.auditorText)
                  + "\n" + row.startedText + " · " + row.stateText + " · " + row.overallText
    ToolTip.delay: 700
    onClicked: {
        ListView.view.currentIndex = row.index
        FieldApp.manager.review.openAudit(row.uuid)
    }
    background: Rectangle {
        color: row.highlighted ? Theme.selected : row.hovered ? Qt.darker(Theme.card, 1.03)
               : row.index % 2 ? Theme.background : Theme.card
        Rectangle {
            visible: row.reviewState === ReviewState.Submitted
            width: 4
            height: parent.height
            color: Theme.accent
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
                text: row.siteLabel
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                leftPadding: 8
                // Store managers never see who did the audit.
                text: FieldApp.manager.isStoreManager ? row.modeText
                      : row.modeText + " · " + row.auditorText
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.preferredWidth: 165
            leftPadding: 8
            text: row.startedText
            color: Theme.text
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 150
            leftPadding: 8
            text: row.stateText
            color: row.reviewState === ReviewState.Rejected ? Theme.bad : Theme.text
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        Label {
            Layout.preferredWidth: 90
            leftPadding: 8
            text: row.overallText
            font.bold: true
            color: row.passed ? Theme.good : Theme.bad
            elide: Text.ElideRight
        }
    }
}
