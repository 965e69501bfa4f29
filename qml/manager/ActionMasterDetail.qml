import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Corrective actions at a desk: the list on the left, overdue first; the action chosen (by a
// click or the arrows) on the right, to mark done there, with the promises kept per store below.
RowLayout {
    id: view
    objectName: "actionMasterDetail"

    readonly property ManagerController manager: FieldApp.manager
    readonly property ActionsController actions: manager.actions
    property ActionListRow current: null
    // The action chosen, kept when the list is fetched again (after marking one done).
    property string chosenId

    function focusList() {
        list.forceActiveFocus()
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
    }

    spacing: 0

    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: Math.max(480, view.width * 0.45)
        spacing: 0
        ActionsHeading {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
        }
        ListView {
            id: list
            objectName: "actionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: view.actions.actions
            focus: true
            keyNavigationEnabled: true
            currentIndex: -1
            highlightMoveDuration: 0
            onCurrentItemChanged: {
                const row = list.currentItem as ActionListRow
                view.current = row
                if (row)
                    view.chosenId = row.actionId
            }
            delegate: ActionListRow {}
            Connections {
                target: view.actions.actions
                function onModelReset() {
                    list.currentIndex = view.actions.actions.rowOf(view.chosenId)
                }
            }
        }
    }
    Rectangle {
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        color: Theme.outline
    }
    Flickable {
        id: detail
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentHeight: detailColumn.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: detailColumn
            x: Theme.margin
            y: Theme.margin
            width: detail.width - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                objectName: "noActionChosen"
                Layout.fillWidth: true
                visible: view.current === null && list.count > 0
                text: qsTr("Choose an action in the list to see it here. Arrows move through the list.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            ActionCard {
                objectName: "actionDetail"
                Layout.fillWidth: true
                visible: view.current !== null
                actionId: view.current ? view.current.actionId : ""
                itemText: view.current ? view.current.itemText : ""
                siteLabel: view.current ? view.current.siteLabel : ""
                ownerText: view.current ? view.current.ownerText : ""
                stateText: view.current ? view.current.stateText : ""
                note: view.current ? view.current.note : ""
                doneNote: view.current ? view.current.doneNote : ""
                open: view.current ? view.current.open : false
                overdue: view.current ? view.current.overdue : false
                kept: view.current ? view.current.kept : false
                broken: view.current ? view.current.broken : false
                // Another action chosen: a half-written "done" note does not move to it.
                onActionIdChanged: closing = false
            }
            PromisesCard {
                Layout.fillWidth: true
            }
        }
    }
}
