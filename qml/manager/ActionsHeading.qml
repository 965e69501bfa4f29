import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Above the corrective actions: how many are overdue, or that there are none yet.
ColumnLayout {
    id: heading

    readonly property ManagerController manager: FieldApp.manager
    readonly property ActionsController actions: manager.actions

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: heading.actions.overdueCount > 0
              ? (heading.actions.overdueCount === 1 ? qsTr("1 action overdue")
                                                     : qsTr("%1 actions overdue").arg(heading.actions.overdueCount))
              : qsTr("Corrective actions")
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: heading.actions.overdueCount > 0 ? Theme.bad : Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "noActions"
        Layout.fillWidth: true
        visible: heading.actions.actions.count === 0
        text: heading.manager.isStoreManager ? qsTr("No actions for your store.")
              : qsTr("No actions yet. Open an approved audit to follow up a failed item.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
}
