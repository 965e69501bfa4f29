import QtQuick
import QtQuick.Controls
import Touchpoint.Controllers
import Touchpoint.Ui

// Horizontal bars, one per row (label, value, text, hasValue): each bar's length is
// value / maxValue of the track, coloured by score. Used for sites by score, departments, an
// audit's sections and a support line's waits. Bars are named bar_0, bar_1, ... for tests.
Column {
    id: chart

    property ChartRowModel rows: null
    property real maxValue: 100
    property bool scoreColours: true
    property string emptyText: qsTr("No data for this selection.")
    readonly property int labelWidth: Math.round(width * 0.36)
    readonly property int valueWidth: 56

    width: parent ? parent.width : 0
    spacing: 8

    Label {
        visible: !chart.rows || chart.rows.count === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    Repeater {
        model: chart.rows
        delegate: Item {
            id: row
            required property int index
            required property string label
            required property real value
            required property bool hasValue
            required property string text
            // The chart's settings: a delegate sees its chart as its parent.
            readonly property BarChart chart: parent as BarChart
            readonly property int labelWidth: chart ? chart.labelWidth : 0
            readonly property int valueWidth: chart ? chart.valueWidth : 0

            width: row.chart ? row.chart.width : 0
            height: Math.max(28, name.implicitHeight)

            Label {
                id: name
                width: row.labelWidth
                anchors.verticalCenter: parent.verticalCenter
                text: row.label
                color: Theme.text
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Rectangle {
                id: track
                objectName: "track_" + row.index
                x: row.labelWidth + 8
                width: row.width - x - row.valueWidth
                height: 20
                anchors.verticalCenter: parent.verticalCenter
                radius: 4
                color: Theme.background
                border.color: Theme.outline
                Rectangle {
                    objectName: "bar_" + row.index
                    width: track.width * Math.max(0, Math.min(1, row.value / (row.chart ? row.chart.maxValue : 100)))
                    height: parent.height
                    radius: 4
                    color: (row.chart && !row.chart.scoreColours) ? Theme.accent
                           : !row.hasValue ? Theme.outline : Theme.scoreColor(row.value)
                }
            }
            Label {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: row.valueWidth
                horizontalAlignment: Text.AlignRight
                text: row.text
                color: Theme.text
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }
    }
}
