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
    readonly property ReviewController review: manager.review
    readonly property AuditDetail audit: review.audit
    readonly property bool canReview: manager.isRegionalManager && audit.reviewState === ReviewState.Submitted

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    // Another audit (or none): start at the top, with an empty reason.
    property string shownUuid
    Connections {
        target: view.review
        function onAuditChanged() {
            const uuid = view.audit.uuid
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
                        text: view.audit.stateText
                        font.pixelSize: Theme.fontSize + 2
                        font.bold: true
                        color: view.audit.reviewState === ReviewState.Rejected ? Theme.bad
                               : view.audit.reviewState === ReviewState.Approved ? Theme.good : Theme.accent
                    }
                    Label {
                        Layout.fillWidth: true
                        // Store managers never see who did the audit.
                        text: view.manager.isStoreManager ? view.audit.modeText
                              : view.audit.modeText + " · " + view.audit.auditorText
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: view.audit.scriptText
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: view.audit.reviewText
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: view.audit.overallText
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
                        enabled: reason.text.trim().length > 0 && !view.manager.feed.loading
                        text: qsTr("Reject")
                        onClicked: view.review.review(false, reason.text)
                    }
                    BigButton {
                        objectName: "approveButton"
                        Layout.fillWidth: true
                        primary: true
                        enabled: !view.manager.feed.loading
                        text: qsTr("Approve")
                        onClicked: view.review.review(true, reason.text)
                    }
                }
            }
        }

        ChartCard {
            Layout.fillWidth: true
            title: qsTr("Score per section")
            BarChart {
                objectName: "sectionChart"
                rows: view.audit.sections
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
                    text: view.audit.checkInText
                    color: view.audit.checkInVerified ? Theme.text : Theme.warn
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: view.audit.timeOnSiteText.length > 0
                    text: qsTr("Time on site %1").arg(view.audit.timeOnSiteText)
                    color: Theme.text
                }
                Repeater {
                    model: view.audit.trustReasons
                    delegate: Label {
                        required property string label
                        Layout.fillWidth: true
                        text: "• " + label
                        color: Theme.warn
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Card {
            objectName: "timelineCard"
            visible: view.audit.timeline.count > 0
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
                    model: view.audit.timeline
                    delegate: RowLayout {
                        id: moment
                        required property string label
                        required property string text
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: moment.label
                            color: Theme.text
                        }
                        Label {
                            text: moment.text
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
            visible: view.audit.photos.count > 0
            spacing: 8
            Repeater {
                model: view.audit.photos
                delegate: Image {
                    required property url url
                    width: 120
                    height: 120
                    source: url
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
            model: view.audit.items
            delegate: AuditItemRow {
                Layout.fillWidth: true
            }
        }

        Label {
            Layout.topMargin: 4
            visible: view.audit.actions.count > 0
            text: qsTr("Corrective actions")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: view.audit.actions
            delegate: ActionCard {
                Layout.fillWidth: true
            }
        }

        BigButton {
            objectName: "exportAuditButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Export this audit (PDF)")
            onClicked: view.manager.exports.exportAuditPdf()
        }
    }
}
