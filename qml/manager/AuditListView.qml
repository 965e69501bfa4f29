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
            text: qsTr("To review (%1)").arg(view.manager.reviewQueue.length)
            selected: !view.showAll
            onClicked: view.showAll = false
        }
        ChoiceButton {
            objectName: "allAuditsButton"
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            text: qsTr("All (%1)").arg(view.manager.audits.length)
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
        model: view.showAll ? view.manager.audits : view.manager.reviewQueue
        delegate: ItemDelegate {
            id: audit
            required property var modelData

            objectName: "audit_" + modelData.uuid
            x: Theme.margin
            width: ListView.view.width - 2 * Theme.margin
            height: Math.max(Theme.touch + 24, contentItem.implicitHeight + 24)
            background: Rectangle {
                radius: Theme.radius
                color: audit.down ? Theme.selected : Theme.card
                border.color: audit.modelData.state === "submitted" ? Theme.accent : Theme.outline
                border.width: audit.modelData.state === "submitted" ? 2 : 1
            }
            contentItem: RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: audit.modelData.siteLabel
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        // Store managers never see who did the audit.
                        text: FieldApp.manager.isStoreManager ? audit.modelData.modeText
                              : audit.modelData.modeText + " · " + audit.modelData.auditorText
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: audit.modelData.startedText + " · " + audit.modelData.stateText
                        color: audit.modelData.state === "rejected" ? Theme.bad : Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: audit.modelData.overallText
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        color: audit.modelData.passed ? Theme.good : Theme.bad
                    }
                    Label {
                        Layout.alignment: Qt.AlignRight
                        visible: audit.modelData.criticalFailures > 0
                        text: qsTr("%1 critical").arg(audit.modelData.criticalFailures)
                        color: Theme.bad
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
            onClicked: FieldApp.manager.openAudit(modelData.uuid)
        }
    }
}
