import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One question: its prompt, the editor for its type, N/A, a note and photos. Every change is
// saved at once; text is saved a moment after typing stops, and when the field is left.
Card {
    id: card

    readonly property AuditSession session: FieldApp.audit
    required property string itemId
    required property int type
    required property string prompt
    required property string guidance
    required property bool critical
    required property bool required
    required property bool allowNA
    required property bool shown
    required property bool hasValue
    required property var value
    required property bool notApplicable
    required property string note
    required property PhotoListModel photos
    required property ChoiceListModel choices
    required property string unit
    required property bool isMetric
    required property string measuredText
    required property bool answered
    required property bool readOnly
    readonly property bool tapped: type === ItemType.YesNo || type === ItemType.Scale || type === ItemType.Nps

    objectName: "question_" + itemId
    visible: shown
    height: shown ? implicitHeight : 0
    border.color: critical && !answered ? Theme.warn : Theme.outline

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.prompt
                font.pixelSize: Theme.fontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.alignment: Qt.AlignTop
                visible: card.answered
                text: "✓"
                font.pixelSize: Theme.titleSize
                color: Theme.good
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.guidance.length > 0
            text: card.guidance
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        Label {
            visible: card.critical || card.required
            text: card.critical ? qsTr("Critical · required") : qsTr("Required")
            font.pixelSize: Theme.smallSize
            font.bold: card.critical
            color: card.critical ? Theme.warn : Theme.muted
        }
        Label {
            Layout.fillWidth: true
            visible: card.isMetric
            text: card.measuredText.length > 0 ? qsTr("Measured: %1").arg(card.measuredText)
                                                : qsTr("Measured from the moments you tap; enter a value only if you missed a tap.")
            font.pixelSize: Theme.smallSize
            color: Theme.text
            wrapMode: Text.Wrap
        }

        // yes/no, scale and NPS: a grid of buttons
        GridLayout {
            Layout.fillWidth: true
            visible: card.tapped && !card.notApplicable
            enabled: !card.readOnly
            columns: Math.min(6, Math.max(1, card.choices.count))
            columnSpacing: 6
            rowSpacing: 6
            Repeater {
                model: card.tapped ? card.choices : null
                delegate: ChoiceButton {
                    required property string itemId
                    required property var value
                    required property string label
                    required selected
                    objectName: "choice_" + itemId + "_" + value
                    Layout.fillWidth: true
                    Layout.preferredWidth: 10
                    text: label
                    onClicked: FieldApp.audit.setValue(itemId, value)
                }
            }
        }
        // choice: one full-width button per option
        ColumnLayout {
            Layout.fillWidth: true
            visible: card.type === ItemType.Choice && !card.notApplicable
            enabled: !card.readOnly
            spacing: 6
            Repeater {
                model: card.type === ItemType.Choice ? card.choices : null
                delegate: ChoiceButton {
                    required property string itemId
                    required property var value
                    required property string label
                    required selected
                    objectName: "choice_" + itemId + "_" + value
                    Layout.fillWidth: true
                    text: label
                    onClicked: FieldApp.audit.setValue(itemId, value)
                }
            }
        }
        // checklist: tick any number
        ColumnLayout {
            Layout.fillWidth: true
            visible: card.type === ItemType.Checklist && !card.notApplicable
            enabled: !card.readOnly
            spacing: 0
            Repeater {
                model: card.type === ItemType.Checklist ? card.choices : null
                delegate: CheckBox {
                    required property string itemId
                    required property var value
                    required property string label
                    required property bool selected
                    objectName: "choice_" + itemId + "_" + value
                    Layout.fillWidth: true
                    implicitHeight: Theme.smallTouch
                    text: label
                    checked: selected
                    onToggled: FieldApp.audit.setChecklistOption(itemId, value, checked)
                }
            }
        }
        // count: a stepper
        RowLayout {
            Layout.fillWidth: true
            visible: card.type === ItemType.Count && !card.notApplicable
            enabled: !card.readOnly
            spacing: Theme.spacing
            ChoiceButton {
                objectName: "minus_" + card.itemId
                text: "−"
                Layout.preferredWidth: Theme.touch
                enabled: !card.hasValue || card.value > 0
                onClicked: card.session.setValue(card.itemId, card.hasValue ? card.value - 1 : 0)
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: card.type === ItemType.Count && card.hasValue && card.value !== undefined ? card.value : (card.isMetric ? card.measuredText : "–")
                font.pixelSize: Theme.titleSize
                color: Theme.text
            }
            ChoiceButton {
                objectName: "plus_" + card.itemId
                text: "+"
                Layout.preferredWidth: Theme.touch
                onClicked: card.session.setValue(card.itemId, card.hasValue ? card.value + 1 : 1)
            }
        }
        // number and duration: typed, saved when the field is left
        RowLayout {
            Layout.fillWidth: true
            visible: (card.type === ItemType.Number || card.type === ItemType.Duration) && !card.notApplicable
            enabled: !card.readOnly
            spacing: Theme.spacing
            TextField {
                objectName: "number_" + card.itemId
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                // In the phone's locale ("12,5" in Dutch): the validator would "fix" "12.5" into 125
                text: (card.type === ItemType.Number || card.type === ItemType.Duration) && typeof card.value === "number"
                      ? String(card.value).replace(".", Qt.locale().decimalPoint) : ""
                placeholderText: card.type === ItemType.Duration ? qsTr("Seconds") : qsTr("Number")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                validator: DoubleValidator { bottom: card.type === ItemType.Duration ? 0 : -1e12 }
                onEditingFinished: {
                    if (text.length === 0)
                        card.session.clearValue(card.itemId)
                    else
                        card.session.setValue(card.itemId, Number.fromLocaleString(Qt.locale(), text))
                }
            }
            Label {
                text: card.type === ItemType.Duration ? qsTr("s") : card.unit
                color: Theme.muted
            }
        }
        // text
        SavingTextArea {
            objectName: "text_" + card.itemId
            Layout.fillWidth: true
            visible: card.type === ItemType.Text && !card.notApplicable
            readOnly: card.readOnly
            placeholderText: qsTr("Your answer")
            savedText: card.type === ItemType.Text && typeof card.value === "string" ? card.value : ""
            onSave: text => text.trim().length === 0 ? card.session.clearValue(card.itemId)
                                                     : card.session.setValue(card.itemId, text)
        }

        PhotoStrip {
            Layout.fillWidth: true
            visible: card.type === ItemType.Photo || card.photos.count > 0
            itemId: card.itemId
            readOnly: card.readOnly
            photos: card.photos
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            CheckBox {
                objectName: "na_" + card.itemId
                visible: card.allowNA
                enabled: !card.readOnly
                implicitHeight: Theme.smallTouch
                text: qsTr("Does not apply")
                checked: card.notApplicable
                onToggled: card.session.setNotApplicable(card.itemId, checked)
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "noteButton_" + card.itemId
                flat: true
                implicitHeight: Theme.smallTouch
                visible: !card.readOnly || card.note.length > 0
                text: noteArea.visible ? qsTr("Hide note") : (card.note.length > 0 ? qsTr("Note ✎") : qsTr("Add note"))
                onClicked: noteArea.visible = !noteArea.visible
            }
        }
        SavingTextArea {
            id: noteArea
            objectName: "note_" + card.itemId
            Layout.fillWidth: true
            visible: false
            readOnly: card.readOnly
            placeholderText: qsTr("What happened?")
            savedText: card.note
            onSave: text => card.session.setNote(card.itemId, text)
        }
    }
}
