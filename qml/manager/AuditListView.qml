import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A regional manager's review queue (the submitted audits of the region), or every audit of the
// period; a store manager's reviewed audits, with no shopper named. Tapping one opens it.
ColumnLayout {
    id: view
    objectName: "auditListView"

    readonly property ManagerController manager: FieldApp.manager
    readonly property ReviewController review: manager.review
    property bool showAll: manager.isStoreManager

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        visible: !view.manager.isStoreManager
        spacing: 8
        ChoiceButton {
            objectName: "waitingButton"
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            text: qsTr("To review (%1)").arg(view.review.queue.count)
            selected: !view.showAll
            onClicked: view.showAll = false
        }
        ChoiceButton {
            objectName: "allAuditsButton"
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            text: qsTr("All (%1)").arg(view.review.audits.count)
            selected: view.showAll
            onClicked: view.showAll = true
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        visible: list.count === 0
        text: view.showAll ? qsTr("No audits in this period.") : qsTr("Nothing waiting for review.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    ListView {
        id: list
        objectName: "auditList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        topMargin: view.manager.isStoreManager ? Theme.margin : 0
        bottomMargin: Theme.margin
        model: view.showAll ? view.review.audits : view.review.queue
        delegate: ItemDelegate {
            id: audit
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
            height: Math.max(Theme.touch + 24, contentItem.implicitHeight + 24)
            background: Rectangle {
                radius: Theme.radius
                color: audit.down ? Theme.selected : Theme.card
                border.color: audit.reviewState === ReviewState.Submitted ? Theme.accent : Theme.outline
                border.width: audit.reviewState === ReviewState.Submitted ? 2 : 1
            }
            contentItem: RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: audit.siteLabel
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        // Store managers never see who did the audit.
                        text: FieldApp.manager.isStoreManager ? audit.modeText
                              : audit.modeText + " · " + audit.auditorText
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: audit.startedText + " · " + audit.stateText
                        color: audit.reviewState === ReviewState.Rejected ? Theme.bad : Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: audit.overallText
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        color: audit.passed ? Theme.good : Theme.bad
                    }
                    Label {
                        Layout.alignment: Qt.AlignRight
                        visible: audit.criticalFailures > 0
                        text: qsTr("%1 critical").arg(audit.criticalFailures)
                        color: Theme.bad
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
            onClicked: FieldApp.manager.review.openAudit(audit.uuid)
        }
    }
}
