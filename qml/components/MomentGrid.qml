import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// One large tap per moment of truth; each shows how often and when it was last tapped.
GridLayout {
    id: grid

    property var model
    property bool enabled: true

    signal tapped(string event)

    columns: 2
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    Repeater {
        model: grid.model
        delegate: ChoiceButton {
            id: moment
            required property string event
            required property string label
            required property int count
            required property string lastText

            objectName: "moment_" + event
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            enabled: grid.enabled
            selected: count > 0
            text: count > 0 ? label + "\n" + (count > 1 ? qsTr("%1× · last %2").arg(count).arg(lastText)
                                                          : qsTr("at %1").arg(lastText))
                            : label
            Accessible.name: label
            onClicked: grid.tapped(event)
        }
    }
}
