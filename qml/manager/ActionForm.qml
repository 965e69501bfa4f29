import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// Creating a corrective action for one failed or low item: the owner (the department that
// owns the item's touchpoint, me, or another user by name), the due date, and what is to be done.
ColumnLayout {
    id: form

    property string item
    property string department
    property string ownerKind: "department" // "department", "me", "user"
    property int dueDays: 7

    signal finished()

    spacing: 8

    Label {
        text: qsTr("Owner")
        font.bold: true
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        ChoiceButton {
            objectName: "ownerDepartment"
            visible: form.department.length > 0
            implicitHeight: Theme.smallTouch
            font.pixelSize: Theme.smallSize
            text: qsTr("%1 department").arg(form.department.charAt(0).toUpperCase() + form.department.slice(1).replace(/_/g, " "))
            selected: form.ownerKind === "department"
            onClicked: form.ownerKind = "department"
        }
        ChoiceButton {
            objectName: "ownerMe"
            implicitHeight: Theme.smallTouch
            font.pixelSize: Theme.smallSize
            text: qsTr("Me")
            selected: form.ownerKind === "me"
            onClicked: form.ownerKind = "me"
        }
        ChoiceButton {
            objectName: "ownerUser"
            implicitHeight: Theme.smallTouch
            font.pixelSize: Theme.smallSize
            text: qsTr("Someone else")
            selected: form.ownerKind === "user"
            onClicked: form.ownerKind = "user"
        }
    }
    TextField {
        id: userField
        objectName: "ownerField"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.smallTouch
        visible: form.ownerKind === "user"
        placeholderText: qsTr("User name, e.g. store1")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
    }
    Label {
        text: qsTr("Due %1").arg(FieldApp.manager.actions.dueDateText(form.dueDays))
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        ChoiceButton {
            objectName: "due7"
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            font.pixelSize: Theme.smallSize
            text: qsTr("1 week")
            selected: form.dueDays === 7
            onClicked: form.dueDays = 7
        }
        ChoiceButton {
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            font.pixelSize: Theme.smallSize
            text: qsTr("2 weeks")
            selected: form.dueDays === 14
            onClicked: form.dueDays = 14
        }
        ChoiceButton {
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            font.pixelSize: Theme.smallSize
            text: qsTr("30 days")
            selected: form.dueDays === 30
            onClicked: form.dueDays = 30
        }
    }
    TextArea {
        id: note
        objectName: "actionNote"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.touch * 1.5, implicitHeight)
        placeholderText: qsTr("What is to be done?")
        wrapMode: TextEdit.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            Layout.fillWidth: true
            text: qsTr("Cancel")
            onClicked: form.finished()
        }
        BigButton {
            objectName: "createActionButton"
            Layout.fillWidth: true
            primary: true
            enabled: note.text.trim().length > 0 && (form.ownerKind !== "user" || userField.text.trim().length > 0)
            text: qsTr("Create")
            onClicked: {
                FieldApp.manager.actions.createAction(form.item, form.ownerKind === "department",
                                                      form.ownerKind === "department" ? form.department
                                              : form.ownerKind === "me" ? FieldApp.session.username : userField.text,
                                              form.dueDays, note.text)
                form.finished()
            }
        }
    }
}
