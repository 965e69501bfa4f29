import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The live score before submitting (and the record afterwards): overall, per touchpoint and
// department, critical failures, what is still missing, and how far the visit can be trusted.
Page {
    id: page
    objectName: "summaryPage"

    readonly property AuditSession session: FieldApp.audit
    readonly property ScoreSummary summary: session.summary
    readonly property bool incomplete: !session.readOnly && summary.missingRequired.count > 0

    background: Rectangle { color: Theme.background }
    header: AuditHeader { session: page.session }
    footer: Pane {
        padding: Theme.spacing
        background: Rectangle { color: Theme.background }
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            BigButton {
                objectName: "backToQuestionsButton"
                Layout.fillWidth: true
                visible: !page.session.readOnly
                text: qsTr("Questions")
                onClicked: page.session.stage = Stage.Questions
            }
            BigButton {
                objectName: "submitButton"
                Layout.fillWidth: true
                visible: !page.session.readOnly
                primary: true
                enabled: page.summary.missingRequired.count === 0
                text: qsTr("Submit")
                onClicked: page.session.submit()
            }
            BigButton {
                objectName: "doneButton"
                Layout.fillWidth: true
                visible: page.session.readOnly
                primary: true
                text: qsTr("Done")
                onClicked: FieldApp.closeAudit()
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            ErrorBanner {
                Layout.fillWidth: true
                text: page.session.lastError
            }
            Card {
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                ColumnLayout {
                    width: parent.width
                    Label {
                        objectName: "overallText"
                        Layout.alignment: Qt.AlignHCenter
                        text: page.summary.overallText
                        font.pixelSize: Theme.hugeSize
                        font.bold: true
                        color: page.incomplete ? Theme.muted : page.summary.passed ? Theme.good : Theme.bad
                    }
                    Label {
                        objectName: "passText"
                        Layout.alignment: Qt.AlignHCenter
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: page.incomplete ? (page.summary.missingRequired.count === 1 ? qsTr("Score so far: 1 item still to answer")
                                                                                           : qsTr("Score so far: %1 items still to answer").arg(page.summary.missingRequired.count))
                                              : page.summary.passed ? qsTr("Passes") : qsTr("Below the pass mark")
                        color: page.incomplete ? Theme.warn : Theme.text
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        visible: page.summary.npsText.length > 0
                        text: qsTr("Would recommend: %1").arg(page.summary.npsText)
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                }
            }

            Label {
                objectName: "submittedText"
                Layout.fillWidth: true
                visible: page.session.readOnly
                text: qsTr("Submitted; it can no longer change.") + " " + page.session.syncText
                color: Theme.good
                wrapMode: Text.Wrap
            }

            SummaryList {
                Layout.fillWidth: true
                title: qsTr("Still to answer")
                titleColor: Theme.warn
                rows: page.summary.missingRequired
            }
            SummaryList {
                Layout.fillWidth: true
                title: qsTr("Critical failures")
                titleColor: Theme.bad
                rows: page.summary.criticalFailures
            }
            SummaryList {
                Layout.fillWidth: true
                title: qsTr("Touchpoints")
                rows: page.summary.touchpoints
            }
            SummaryList {
                Layout.fillWidth: true
                title: qsTr("Departments")
                rows: page.summary.departments
            }
            Card {
                Layout.fillWidth: true
                Layout.preferredHeight: implicitHeight
                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    Label {
                        text: qsTr("Trust")
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        objectName: "checkInText"
                        Layout.fillWidth: true
                        visible: !page.session.isPhone
                        text: page.session.trust.checkInText
                        color: page.session.trust.checkInVerified ? Theme.good : Theme.warn
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.session.trust.trusted ? qsTr("No doubts about this visit.")
                                                   : page.session.trust.trustText
                        color: page.session.trust.trusted ? Theme.muted : Theme.warn
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
