import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Which region (regional managers with several) and which period the reports cover.
ColumnLayout {
    id: bar

    readonly property ManagerController manager: FieldApp.manager
    readonly property ReportsController reports: manager.reports

    component PeriodButton: ChoiceButton {
        property int days
        objectName: "period_" + days
        Layout.fillWidth: true
        implicitHeight: Theme.smallTouch
        font.pixelSize: Theme.smallSize
        selected: FieldApp.manager.reports.periodDays === days
        onClicked: FieldApp.manager.reports.periodDays = days
    }

    spacing: 8

    ComboBox {
        objectName: "regionBox"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.smallTouch
        visible: bar.manager.isRegionalManager
        model: bar.reports.regions
        textRole: "label"
        valueRole: "regionId"
        currentIndex: Math.max(0, indexOfValue(bar.reports.region))
        onActivated: bar.reports.region = currentValue
        Accessible.name: qsTr("Region")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        PeriodButton {
            days: 30
            text: qsTr("30 days")
        }
        PeriodButton {
            days: 90
            text: qsTr("90 days")
        }
        PeriodButton {
            days: 365
            text: qsTr("12 months")
        }
    }
    Label {
        Layout.fillWidth: true
        text: bar.reports.periodText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        horizontalAlignment: Text.AlignHCenter
    }
}
