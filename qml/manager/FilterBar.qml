import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Which region (regional managers with several) and which period the reports cover.
ColumnLayout {
    id: bar

    readonly property ManagerController manager: FieldApp.manager

    spacing: 8

    ComboBox {
        objectName: "regionBox"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.smallTouch
        visible: bar.manager.isRegionalManager
        model: bar.manager.regions
        textRole: "label"
        valueRole: "id"
        currentIndex: Math.max(0, indexOfValue(bar.manager.region))
        onActivated: bar.manager.region = currentValue
        Accessible.name: qsTr("Region")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: [{ days: 30, label: qsTr("30 days") }, { days: 90, label: qsTr("90 days") },
                    { days: 365, label: qsTr("12 months") }]
            delegate: ChoiceButton {
                required property var modelData
                objectName: "period_" + modelData.days
                Layout.fillWidth: true
                implicitHeight: Theme.smallTouch
                font.pixelSize: Theme.smallSize
                text: modelData.label
                selected: FieldApp.manager.periodDays === modelData.days
                onClicked: FieldApp.manager.periodDays = modelData.days
            }
        }
    }
    Label {
        Layout.fillWidth: true
        text: bar.manager.periodText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        horizontalAlignment: Text.AlignHCenter
    }
}
