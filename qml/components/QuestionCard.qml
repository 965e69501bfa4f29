import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// One question: its prompt, the editor for its type, N/A, a note and photos. Every change is
// saved at once; text is saved a moment after typing stops, and when the field is left.
Card {
    id: card

    required property AuditSession session
    required property string itemId
    required property string type
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
    required property var photos
    required property var photoHashes
    required property var options
    required property var min
    required property var max
    required property string unit
    required property bool isMetric
    required property string measuredText
    required property bool answered
    required property bool readOnly

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

        Loader {
            Layout.fillWidth: true
            visible: !card.notApplicable
            enabled: !card.readOnly
            sourceComponent: {
                switch (card.type) {
                case "yesno": return yesNoEditor
                case "scale": return scaleEditor
                case "nps": return scaleEditor
                case "choice": return choiceEditor
                case "checklist": return checklistEditor
                case "count": return countEditor
                case "number": return numberEditor
                case "duration": return numberEditor
                case "text": return textEditor
                default: return null
                }
            }
        }

        PhotoStrip {
            Layout.fillWidth: true
            visible: card.type === "photo" || card.photos.length > 0
            readOnly: card.readOnly
            photos: card.photos
            onAddPhoto: url => card.session.addPhoto(card.itemId, url)
            onRemovePhoto: index => card.session.removePhoto(card.itemId, card.photoHashes[index])
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

    Component {
        id: yesNoEditor
        RowLayout {
            spacing: Theme.spacing
            ChoiceButton {
                objectName: "yes_" + card.itemId
                Layout.fillWidth: true
                text: qsTr("Yes")
                selected: card.hasValue && card.value === true
                onClicked: card.session.setValue(card.itemId, true)
            }
            ChoiceButton {
                objectName: "no_" + card.itemId
                Layout.fillWidth: true
                text: qsTr("No")
                selected: card.hasValue && card.value === false
                onClicked: card.session.setValue(card.itemId, false)
            }
        }
    }

    Component {
        id: scaleEditor
        GridLayout {
            id: scale
            readonly property int first: card.type === "nps" ? 0 : card.min
            readonly property int last: card.type === "nps" ? 10 : card.max
            columns: last - first + 1 > 6 ? 6 : last - first + 1
            columnSpacing: 6
            rowSpacing: 6
            Repeater {
                model: scale.last - scale.first + 1
                delegate: ChoiceButton {
                    required property int index
                    readonly property int score: scale.first + index
                    objectName: "scale_" + card.itemId + "_" + score
                    Layout.fillWidth: true
                    Layout.preferredWidth: 10
                    text: score
                    selected: card.hasValue && card.value === score
                    onClicked: card.session.setValue(card.itemId, score)
                }
            }
        }
    }

    Component {
        id: choiceEditor
        ColumnLayout {
            spacing: 6
            Repeater {
                model: card.options
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "option_" + card.itemId + "_" + modelData.id
                    Layout.fillWidth: true
                    text: modelData.label
                    selected: card.hasValue && card.value === modelData.id
                    onClicked: card.session.setValue(card.itemId, modelData.id)
                }
            }
        }
    }

    Component {
        id: checklistEditor
        ColumnLayout {
            spacing: 0
            Repeater {
                model: card.options
                delegate: CheckBox {
                    required property var modelData
                    objectName: "check_" + card.itemId + "_" + modelData.id
                    Layout.fillWidth: true
                    implicitHeight: Theme.smallTouch
                    text: modelData.label
                    checked: card.hasValue && card.value.indexOf(modelData.id) >= 0
                    onToggled: {
                        const ticked = card.hasValue ? card.value.slice() : []
                        const at = ticked.indexOf(modelData.id)
                        if (checked && at < 0)
                            ticked.push(modelData.id)
                        if (!checked && at >= 0)
                            ticked.splice(at, 1)
                        card.session.setValue(card.itemId, ticked)
                    }
                }
            }
        }
    }

    Component {
        id: countEditor
        RowLayout {
            spacing: Theme.spacing
            ChoiceButton {
                objectName: "minus_" + card.itemId
                text: "−"
                Layout.preferredWidth: Theme.touch
                enabled: card.hasValue && card.value > 0
                onClicked: card.session.setValue(card.itemId, card.value - 1)
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: card.hasValue ? card.value : (card.isMetric ? card.measuredText : "–")
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
    }

    Component {
        id: numberEditor
        RowLayout {
            spacing: Theme.spacing
            TextField {
                id: numberField
                objectName: "number_" + card.itemId
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                text: card.hasValue ? String(card.value) : ""
                placeholderText: card.type === "duration" ? qsTr("Seconds") : qsTr("Number")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                validator: DoubleValidator { bottom: card.type === "duration" ? 0 : -1e12 }
                onEditingFinished: {
                    if (text.length === 0)
                        card.session.clearValue(card.itemId)
                    else
                        card.session.setValue(card.itemId, Number(text.replace(",", ".")))
                }
            }
            Label {
                text: card.type === "duration" ? qsTr("s") : card.unit
                color: Theme.muted
            }
        }
    }

    Component {
        id: textEditor
        SavingTextArea {
            objectName: "text_" + card.itemId
            readOnly: card.readOnly
            placeholderText: qsTr("Your answer")
            savedText: card.hasValue ? card.value : ""
            onSave: text => text.trim().length === 0 ? card.session.clearValue(card.itemId)
                                                     : card.session.setValue(card.itemId, text)
        }
    }
}
