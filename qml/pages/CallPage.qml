import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A support-line call: the number to dial, then one tap per moment of the call.
Page {
    id: page
    objectName: "callPage"

    readonly property AuditSession session: FieldApp.audit

    background: Rectangle { color: Theme.background }
    header: AuditHeader { session: page.session }

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
            BigButton {
                objectName: "dialButton"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Call %1").arg(page.session.sitePhone)
                onClicked: {
                    if (!page.session.hasMoment("dialled"))
                        page.session.tapMoment("dialled")
                    Qt.openUrlExternally("tel:" + page.session.sitePhone)
                }
            }
            MomentGrid {
                Layout.fillWidth: true
                model: page.session.moments
            }
            ClockGrid {
                Layout.fillWidth: true
                model: page.session.clocks
            }
            Button {
                objectName: "undoMomentButton"
                Layout.alignment: Qt.AlignRight
                Layout.preferredHeight: Theme.smallTouch
                flat: true
                text: qsTr("Undo last tap")
                onClicked: page.session.undoLastMoment()
            }
            BigButton {
                objectName: "toQuestionsButton"
                Layout.fillWidth: true
                text: qsTr("Questions (%1 of %2 answered)").arg(page.session.summary.answeredCount).arg(page.session.summary.shownCount)
                onClicked: page.session.stage = Stage.Questions
            }
        }
    }
}
