import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Corrective actions on a phone: promises kept and broken per store, then every action as a
// card, overdue first (highlighted), open ones to mark done, done ones with what was done.
Flickable {
    id: view
    objectName: "actionCardList"

    readonly property ManagerController manager: FieldApp.manager
    readonly property ActionsController actions: manager.actions

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.spacing

        PromisesCard {
            Layout.fillWidth: true
        }
        ActionsHeading {
            Layout.fillWidth: true
        }
        Repeater {
            model: view.actions.actions
            delegate: ActionCard {
                Layout.fillWidth: true
            }
        }
    }
}
