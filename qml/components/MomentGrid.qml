import QtQuick
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One large tap per moment of truth; each shows how often and when it was last tapped.
GridLayout {
    property alias model: moments.model

    columns: 2
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    Repeater {
        id: moments
        delegate: ChoiceButton {
            required property string event
            required property string label
            required property int count
            required property string lastText

            objectName: "moment_" + event
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            selected: count > 0
            text: count > 0 ? label + "\n" + (count > 1 ? qsTr("%1× · last %2").arg(count).arg(lastText)
                                                          : qsTr("at %1").arg(lastText))
                            : label
            Accessible.name: label
            onClicked: FieldApp.audit.tapMoment(event)
        }
    }
}
