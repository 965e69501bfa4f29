import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Step 2 of a store visit: the discreet screen held while in the shop. One tap per moment.
Page {
    id: page
    objectName: "visitPage"

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
            Label {
                objectName: "checkInSummary"
                Layout.fillWidth: true
                text: page.session.trust.checkInText
                color: page.session.trust.checkInVerified ? Theme.good : Theme.warn
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
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
                primary: true
                text: qsTr("Questions (%1 of %2 answered)").arg(page.session.summary.answeredCount).arg(page.session.summary.shownCount)
                onClicked: page.session.stage = Stage.Questions
            }
        }
    }
}
