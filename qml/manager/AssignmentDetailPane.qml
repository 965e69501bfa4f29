import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The assignment chosen: everything the server says of it, and, while it is open (offered,
// accepted or started), a way to withdraw it after a confirmation, with an optional reason the
// shopper reads. Beside the table at a desk; over the cards on a phone, with a way back.
Flickable {
    id: pane
    objectName: "assignmentDetailPane"

    readonly property AssignmentsController assignments: FieldApp.manager.assignments
    readonly property AssignmentDetail chosen: assignments.chosen
    property bool wide: false
    property bool confirming: false

    // A positioner, not a layout: wrapped text in nested layouts loops their polish.
    component Field: Column {
        id: field
        property string label
        property string value
        Layout.fillWidth: true
        visible: field.value.length > 0
        Label {
            width: field.width
            text: field.label
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            width: field.width
            text: field.value
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    Connections {
        target: pane.chosen
        // Another assignment chosen: a half-confirmed withdrawal does not move to it.
        function onChanged() {
            if (!pane.chosen.open)
                pane.confirming = false
        }
    }
    Connections {
        target: pane.assignments
        function onChosenChanged() {
            pane.confirming = false
            reason.text = ""
            pane.contentY = 0
        }
    }

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: pane.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            objectName: "noAssignmentChosen"
            Layout.fillWidth: true
            visible: pane.chosen.empty
            text: qsTr("Choose an assignment in the list to see it here. Arrows move through the list, Enter opens, Escape closes.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        BigButton {
            objectName: "assignmentBack"
            Layout.fillWidth: true
            visible: !pane.wide && !pane.chosen.empty
            text: qsTr("‹ Back to the assignments")
            onClicked: pane.assignments.closeChosen()
        }
        Rectangle {
            objectName: "assignmentDetail"
            Layout.fillWidth: true
            visible: !pane.chosen.empty
            implicitHeight: details.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.card
            border.color: pane.chosen.overdue ? Theme.bad : Theme.outline
            border.width: pane.chosen.overdue ? 3 : 1

            ColumnLayout {
                id: details
                x: Theme.margin
                y: Theme.margin
                width: parent.width - 2 * Theme.margin
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: pane.chosen.siteLabel
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "assignmentDetailState"
                    Layout.fillWidth: true
                    text: pane.chosen.stateText
                    color: pane.chosen.overdue ? Theme.bad : Theme.text
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Field {
                    label: qsTr("Kind")
                    value: pane.chosen.call ? qsTr("Call to a support line") : qsTr("Store visit")
                }
                Field {
                    label: qsTr("Shopper")
                    value: pane.chosen.shopperName === pane.chosen.shopper ? pane.chosen.shopper
                           : qsTr("%1 (%2)").arg(pane.chosen.shopperName).arg(pane.chosen.shopper)
                }
                Field {
                    label: qsTr("Site")
                    value: qsTr("%1 (%2)").arg(pane.chosen.siteLabel).arg(pane.chosen.site)
                }
                Field {
                    label: qsTr("Script")
                    value: pane.chosen.scriptText
                }
                Field {
                    label: qsTr("Starts")
                    value: pane.chosen.startText
                }
                Field {
                    objectName: "assignmentDue"
                    label: pane.chosen.overdue ? qsTr("Was due") : qsTr("Due")
                    value: pane.chosen.dueText
                }
                Field {
                    label: qsTr("Reason")
                    value: pane.chosen.reason
                }
                Field {
                    label: qsTr("Audit filed")
                    value: pane.chosen.auditUuid
                }
                Field {
                    label: qsTr("Assignment")
                    value: pane.chosen.assignmentId
                }
            }
        }
        Label {
            objectName: "assignmentError"
            Layout.fillWidth: true
            visible: pane.assignments.error.length > 0
            text: pane.assignments.error
            color: Theme.bad
            wrapMode: Text.Wrap
        }
        BigButton {
            objectName: "withdrawButton"
            Layout.fillWidth: true
            visible: pane.chosen.open && !pane.confirming
            text: qsTr("Withdraw…")
            onClicked: pane.confirming = true
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: pane.chosen.open && pane.confirming
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: qsTr("Withdraw this assignment? %1 will no longer see it, and no audit can be filed for it.")
                      .arg(pane.chosen.shopperName)
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            TextField {
                id: reason
                objectName: "withdrawReason"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.smallTouch
                placeholderText: qsTr("Reason for the shopper (optional)")
                maximumLength: 500
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    objectName: "cancelWithdraw"
                    Layout.fillWidth: true
                    text: qsTr("Keep it")
                    onClicked: pane.confirming = false
                }
                BigButton {
                    objectName: "confirmWithdraw"
                    Layout.fillWidth: true
                    primary: true
                    enabled: !FieldApp.manager.feed.loading
                    text: qsTr("Withdraw")
                    onClicked: {
                        pane.assignments.withdraw(reason.text)
                        pane.confirming = false
                    }
                }
            }
        }
    }
}
