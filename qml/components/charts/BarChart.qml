import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// Horizontal bars, one per row ({label, value, text, hasValue, detail}): each bar's length is
// value / maxValue of the track, coloured by score. Used for sites by score, departments and an
// audit's sections. Bars are named bar_0, bar_1, ... for tests.
Column {
    id: chart

    property var rows: []
    property real maxValue: 100
    property bool scoreColours: true
    property string emptyText: qsTr("No data for this selection.")
    readonly property int labelWidth: Math.round(width * 0.36)
    readonly property int valueWidth: 56

    width: parent ? parent.width : 0
    spacing: 8

    Label {
        visible: chart.rows.length === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    Repeater {
        // Everything a row needs is put into its model data: delegates read no outer ids.
        model: chart.rows.map(row => ({
            label: row.label, text: row.text, detail: row.detail || "",
            hasValue: row.hasValue !== false,
            fraction: Math.max(0, Math.min(1, (row.value || 0) / chart.maxValue)),
            colour: !chart.scoreColours ? Theme.accent
                    : row.hasValue === false ? Theme.outline : Theme.scoreColor(row.value),
            labelWidth: chart.labelWidth, valueWidth: chart.valueWidth
        }))
        delegate: Item {
            id: row
            required property var modelData
            required property int index

            width: parent ? parent.width : 0
            height: Math.max(28, name.implicitHeight)

            Label {
                id: name
                width: row.modelData.labelWidth
                anchors.verticalCenter: parent.verticalCenter
                text: row.modelData.label
                color: Theme.text
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Rectangle {
                id: track
                objectName: "track_" + row.index
                x: row.modelData.labelWidth + 8
                width: row.width - x - row.modelData.valueWidth
                height: 20
                anchors.verticalCenter: parent.verticalCenter
                radius: 4
                color: Theme.background
                border.color: Theme.outline
                Rectangle {
                    objectName: "bar_" + row.index
                    width: track.width * row.modelData.fraction
                    height: parent.height
                    radius: 4
                    color: row.modelData.colour
                }
            }
            Label {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: row.modelData.valueWidth
                horizontalAlignment: Text.AlignRight
                text: row.modelData.text
                color: Theme.text
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }
    }
}
