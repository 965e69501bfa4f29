import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Corrective actions: promises kept and broken per store, then every action, overdue first
// (highlighted), open ones to mark done, done ones with what was done; at a desk the actions
// are cards side by side.
Flickable {
    id: view
    objectName: "actionsView"

    readonly property ManagerController manager: FieldApp.manager
    readonly property ActionsController actions: manager.actions

    property int columns: 1
    readonly property real cardWidth: (width - 2 * Theme.margin - (columns - 1) * Theme.spacing) / columns

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    GridLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: view.width - 2 * Theme.margin
        columns: view.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ChartCard {
            objectName: "promisesCard"
            Layout.fillWidth: true
            Layout.columnSpan: view.columns
            title: view.manager.isStoreManager ? qsTr("Promises kept") : qsTr("Promises kept, per store")
            subtitle: qsTr("Actions done by their due date (green), late or overdue (red), not yet due (grey)")
            PromiseBars {
                objectName: "promiseChart"
                rows: view.actions.promises
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.columnSpan: view.columns
            text: view.actions.overdueCount > 0
                  ? (view.actions.overdueCount === 1 ? qsTr("1 action overdue")
                                                      : qsTr("%1 actions overdue").arg(view.actions.overdueCount))
                  : qsTr("Corrective actions")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: view.actions.overdueCount > 0 ? Theme.bad : Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.columnSpan: view.columns
            visible: view.actions.actions.count === 0
            text: view.manager.isStoreManager ? qsTr("No actions for your store.")
                  : qsTr("No actions yet. Open an approved audit to follow up a failed item.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Repeater {
            model: view.actions.actions
            delegate: ActionCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns: every card grows alike
                Layout.alignment: Qt.AlignTop
            }
        }
    }
}
