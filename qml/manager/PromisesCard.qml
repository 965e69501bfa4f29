import QtQuick
import Touchpoint.Controllers
import Touchpoint.Ui

// Promises kept and broken: the corrective actions done by their due date, per store.
ChartCard {
    objectName: "promisesCard"

    readonly property ManagerController manager: FieldApp.manager

    title: manager.isStoreManager ? qsTr("Promises kept") : qsTr("Promises kept, per store")
    subtitle: qsTr("Actions done by their due date (green), late or overdue (red), not yet due (grey)")
    PromiseBars {
        objectName: "promiseChart"
        rows: FieldApp.manager.actions.promises
    }
}
