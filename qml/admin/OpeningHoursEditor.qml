import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A site's week: one row per day, Monday first, with a "Closed" switch and the opening and
// closing times (both empty: not known). On a phone the day and its switch share a line above
// the times; on a desk each day is one line, the day names in a column as wide as the longest.
ColumnLayout {
    id: editor
    objectName: "openingHoursEditor"

    readonly property OpeningHoursModel week: FieldApp.admin.site.openingHours

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        text: qsTr("Opening hours")
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Times as HH:MM, such as 08:30. Leave both empty when the hours are not known.")
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: editor.week
        delegate: ColumnLayout {
            id: dayRow
            required property int index
            required property int day
            required property string dayName
            required property bool closed
            required property string opens
            required property string closes
            required property string moreHours
            required property string problem

            // A delegate sees only its own properties (and singletons): it works out the layout
            // from its width, and changes the week through the site editor.
            readonly property bool wide: width > 560
            // The longest day name in this language, so that no name is cut ("Wednes…").
            readonly property real dayColumnWidth: {
                let widest = 0
                for (let d = 0; d < 7; ++d)
                    widest = Math.max(widest, dayFont.advanceWidth(
                                          Qt.locale().standaloneDayName(d, Locale.LongFormat)))
                return Math.ceil(widest) + Theme.spacing
            }

            Layout.fillWidth: true
            spacing: 2

            FontMetrics {
                id: dayFont
                font.pixelSize: Theme.fontSize
                font.bold: true
            }
            GridLayout {
                Layout.fillWidth: true
                columns: dayRow.wide ? 4 : 2
                columnSpacing: Theme.spacing
                rowSpacing: 0

                Label {
                    objectName: "hoursDayName_" + dayRow.day
                    Layout.preferredWidth: dayRow.wide ? dayRow.dayColumnWidth : -1
                    Layout.fillWidth: !dayRow.wide
                    Layout.alignment: Qt.AlignVCenter
                    text: dayRow.dayName
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Switch {
                    objectName: "hoursClosed_" + dayRow.day
                    Layout.minimumHeight: Theme.smallTouch
                    text: qsTr("Closed")
                    checked: dayRow.closed
                    Accessible.name: qsTr("%1 closed").arg(dayRow.dayName)
                    onToggled: FieldApp.admin.site.openingHours.setClosed(dayRow.index, checked)
                }
                LabelledField {
                    inputName: "hoursOpens_" + dayRow.day
                    label: qsTr("Opens")
                    Layout.fillWidth: true
                    enabled: !dayRow.closed
                    placeholderText: qsTr("HH:MM")
                    text: dayRow.opens
                    inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                    onEdited: (text) => FieldApp.admin.site.openingHours.setOpens(dayRow.index, text)
                }
                LabelledField {
                    inputName: "hoursCloses_" + dayRow.day
                    label: qsTr("Closes")
                    Layout.fillWidth: true
                    enabled: !dayRow.closed
                    placeholderText: qsTr("HH:MM")
                    text: dayRow.closes
                    inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                    onEdited: (text) => FieldApp.admin.site.openingHours.setCloses(dayRow.index, text)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: dayRow.moreHours.length > 0 && !dayRow.closed
                text: qsTr("Also open %1").arg(dayRow.moreHours)
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "hoursProblem_" + dayRow.day
                Layout.fillWidth: true
                visible: dayRow.problem.length > 0
                text: dayRow.problem
                color: Theme.bad
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
    }
}
