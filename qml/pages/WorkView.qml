import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// My assignments, and for executives the self-audit of their own stores and lines.
Flickable {
    id: view
    objectName: "assignmentList"

    property bool pickingStore: false
    property bool pickingLine: false

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: FieldApp.lastError.length > 0
            text: FieldApp.lastError
            color: Theme.bad
            wrapMode: Text.Wrap
        }
        SyncCard {
            visible: FieldApp.sync.enabled
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
        }
        Card {
            visible: FieldApp.session.isExecutive
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Label {
                    text: qsTr("Self-audit")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    objectName: "lastVisitText"
                    Layout.fillWidth: true
                    text: FieldApp.assignments.lastVisitText
                    wrapMode: Text.Wrap
                    color: FieldApp.assignments.daysSinceVisit < 0 || FieldApp.assignments.daysSinceVisit > 30 ? Theme.warn : Theme.text
                }
                Label {
                    objectName: "lastCallText"
                    Layout.fillWidth: true
                    text: FieldApp.assignments.lastCallText
                    wrapMode: Text.Wrap
                    color: FieldApp.assignments.daysSinceCall < 0 || FieldApp.assignments.daysSinceCall > 30 ? Theme.warn : Theme.text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "visitStoreButton"
                        Layout.fillWidth: true
                        text: qsTr("Visit a store")
                        selected: view.pickingStore
                        onClicked: {
                            view.pickingStore = !view.pickingStore
                            view.pickingLine = false
                        }
                    }
                    BigButton {
                        objectName: "callLineButton"
                        Layout.fillWidth: true
                        text: qsTr("Call a line")
                        selected: view.pickingLine
                        onClicked: {
                            view.pickingLine = !view.pickingLine
                            view.pickingStore = false
                        }
                    }
                }
                SitePicker {
                    Layout.fillWidth: true
                    visible: view.pickingStore
                    model: FieldApp.assignments.stores
                }
                SitePicker {
                    Layout.fillWidth: true
                    visible: view.pickingLine
                    model: FieldApp.assignments.lines
                }
            }
        }
        Label {
            Layout.topMargin: FieldApp.session.isExecutive ? Theme.spacing : 0
            text: qsTr("My assignments")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: FieldApp.assignments.model.count === 0
            text: qsTr("No assignments on this phone.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Repeater {
            model: FieldApp.assignments.model
            delegate: ItemDelegate {
                id: assignment
                required property string assignmentId
                required property string siteName
                required property bool isPhone
                required property string scriptTitle
                required property string windowText
                required property string stateText
                required property bool inProgress
                required property bool done
                required property bool offered

                objectName: "assignment_" + assignmentId
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touch + 24, contentItem.implicitHeight + 24)
                enabled: !done
                background: Rectangle {
                    radius: Theme.radius
                    color: assignment.down ? Theme.selected : Theme.card
                    border.color: assignment.inProgress ? Theme.accent : Theme.outline
                    border.width: assignment.inProgress ? 2 : 1
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            text: assignment.isPhone ? "☎" : "⌂"
                            font.pixelSize: Theme.titleSize
                            color: Theme.accent
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: assignment.siteName
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: assignment.scriptTitle
                                color: Theme.muted
                                font.pixelSize: Theme.smallSize
                                elide: Text.ElideRight
                            }
                            Label {
                                text: assignment.windowText
                                color: Theme.muted
                                font.pixelSize: Theme.smallSize
                            }
                        }
                        Label {
                            text: assignment.stateText
                            color: assignment.inProgress ? Theme.accent : Theme.muted
                            font.pixelSize: Theme.smallSize
                            font.bold: assignment.inProgress
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: assignment.offered
                        spacing: Theme.spacing
                        BigButton {
                            objectName: "accept_" + assignment.assignmentId
                            Layout.fillWidth: true
                            primary: true
                            text: qsTr("Accept")
                            onClicked: FieldApp.assignments.accept(assignment.assignmentId)
                        }
                        BigButton {
                            objectName: "decline_" + assignment.assignmentId
                            Layout.fillWidth: true
                            text: qsTr("Decline")
                            onClicked: FieldApp.assignments.decline(assignment.assignmentId)
                        }
                    }
                }
                onClicked: FieldApp.assignments.open(assignmentId)
            }
        }
    }
}
