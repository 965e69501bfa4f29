import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One audit in detail: score and review, approve or reject (a regional manager, while it waits
// for review), the score per section, check-in and trust, timeline, photos, every answer (failed
// and low ones can start a corrective action), and the audit's actions.
Flickable {
    id: view
    objectName: "auditDetail"

    readonly property ManagerController manager: FieldApp.manager
    readonly property var audit: manager.audit
    readonly property bool canReview: manager.isRegionalManager && audit.state === "submitted"

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    // Another audit (or none): start at the top, with an empty reason.
    property string shownUuid
    Connections {
        target: view.manager
        function onAuditChanged() {
            const uuid = view.manager.auditUuid
            if (uuid === view.shownUuid)
                return
            view.shownUuid = uuid
            view.contentY = 0
            reason.clear()
        }
    }

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.spacing

        Card {
            Layout.fillWidth: true
            RowLayout {
                width: parent.width
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "auditStateText"
                        Layout.fillWidth: true
                        text: view.audit.stateText || ""
                        font.pixelSize: Theme.fontSize + 2
                        font.bold: true
                        color: view.audit.state === "rejected" ? Theme.bad
                               : view.audit.state === "approved" ? Theme.good : Theme.accent
                    }
                    Label {
                        Layout.fillWidth: true
                        // Store managers never see who did the audit.
                        text: view.manager.isStoreManager ? (view.audit.modeText || "")
                              : (view.audit.modeText || "") + " · " + (view.audit.auditorText || "")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: view.audit.scriptText || ""
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: view.audit.reviewText || ""
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: view.audit.overallText || ""
                        font.pixelSize: Theme.titleSize + 4
                        font.bold: true
                        color: view.audit.passed ? Theme.good : Theme.bad
                    }
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: view.audit.criticalFailures > 0 ? qsTr("%1 critical failed").arg(view.audit.criticalFailures)
                              : view.audit.passed ? qsTr("Passed") : qsTr("Below the pass mark")
                        color: view.audit.passed ? Theme.good : Theme.bad
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }

        Card {
            objectName: "reviewCard"
            visible: view.canReview
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            ColumnLayout {
                width: parent.width
                spacing: 8
                Label {
                    text: qsTr("Review")
                    font.pixelSize: Theme.fontSize + 2
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("The shopper reads the reason. A rejection needs one.")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                TextArea {
                    id: reason
                    objectName: "reviewReason"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touch * 1.5, implicitHeight)
                    placeholderText: qsTr("Reason")
                    wrapMode: TextEdit.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "rejectButton"
                        Layout.fillWidth: true
                        enabled: reason.text.trim().length > 0 && !view.manager.loading
                        text: qsTr("Reject")
                        onClicked: view.manager.review(false, reason.text)
                    }
                    BigButton {
                        objectName: "approveButton"
                        Layout.fillWidth: true
                        primary: true
                        enabled: !view.manager.loading
                        text: qsTr("Approve")
                        onClicked: view.manager.review(true, reason.text)
                    }
                }
            }
        }

        ChartCard {
            Layout.fillWidth: true
            title: qsTr("Score per section")
            BarChart {
                objectName: "sectionChart"
                rows: view.audit.sections || []
            }
        }

        Card {
            objectName: "trustCard"
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                spacing: 4
                Label {
                    text: view.audit.trusted ? qsTr("Check-in and trust: no doubts") : qsTr("Check-in and trust: doubts")
                    font.pixelSize: Theme.fontSize + 2
                    font.bold: true
                    color: view.audit.trusted ? Theme.good : Theme.warn
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: view.audit.checkInText || ""
                    color: view.audit.checkInVerified ? Theme.text : Theme.warn
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: (view.audit.timeOnSiteText || "").length > 0
                    text: qsTr("Time on site %1").arg(view.audit.timeOnSiteText || "")
                    color: Theme.text
                }
                Repeater {
                    model: view.audit.trustReasons || []
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        color: Theme.warn
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Card {
            objectName: "timelineCard"
            visible: (view.audit.timeline || []).length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            ColumnLayout {
                width: parent.width
                spacing: 2
                Label {
                    text: qsTr("Timeline")
                    font.pixelSize: Theme.fontSize + 2
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: view.audit.timeline || []
                    delegate: RowLayout {
                        id: moment
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: moment.modelData.label
                            color: Theme.text
                        }
                        Label {
                            text: moment.modelData.text
                            color: Theme.muted
                            font.family: "monospace"
                        }
                    }
                }
            }
        }

        Flow {
            objectName: "photoStrip"
            Layout.fillWidth: true
            visible: view.manager.photoUrls.length > 0
            spacing: 8
            Repeater {
                model: view.manager.photoUrls
                delegate: Image {
                    required property url modelData
                    width: 120
                    height: 120
                    source: modelData
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                }
            }
        }

        Label {
            Layout.topMargin: 4
            text: qsTr("Answers")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: (view.audit.items || []).filter(i => i.state !== "hidden")
            delegate: AuditItemRow {
                required property var modelData
                Layout.fillWidth: true
                item: modelData
            }
        }

        Label {
            Layout.topMargin: 4
            visible: (view.audit.actions || []).length > 0
            text: qsTr("Corrective actions")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: view.audit.actions || []
            delegate: ActionCard {
                required property var modelData
                Layout.fillWidth: true
                action: modelData
            }
        }

        BigButton {
            objectName: "exportAuditButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Export this audit (PDF)")
            onClicked: view.manager.exportAuditPdf()
        }
    }
}
