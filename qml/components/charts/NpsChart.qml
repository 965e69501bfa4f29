import QtQuick
import QtQuick.Controls
import Touchpoint.Controllers
import Touchpoint.Ui

// Net promoter score (-100..100) per site or region: bars grow right of the centre line for a
// positive score (green) and left of it for a negative one (red), with the score and the
// promoters / detractors counted beside. Bars are named nps_0, nps_1, ... for tests. Also draws
// other figures around zero (the executives' score gap): `maxValue` is the full half-track, and a
// row's `detail` replaces the counts.
Column {
    id: chart

    property ChartRowModel rows: null
    property string emptyText: qsTr("No NPS answers for this selection.")
    property real maxValue: 100
    property color aboveColour: Theme.good
    property color belowColour: Theme.bad
    readonly property int labelWidth: Math.round(width * 0.3)
    readonly property int valueWidth: 92

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
            required property string detail
            required property int promoters
            required property int detractors
            required property bool bold
            // The chart's settings: a delegate sees its chart as its parent.
            readonly property NpsChart chart: parent as NpsChart
            readonly property int labelWidth: chart ? chart.labelWidth : 0
            readonly property int valueWidth: chart ? chart.valueWidth : 0
            readonly property real fraction: Math.max(-1, Math.min(1, row.value / (chart ? chart.maxValue : 100)))

            width: chart ? chart.width : 0
            height: 34

            Label {
                width: row.labelWidth
                anchors.verticalCenter: parent.verticalCenter
                text: row.label
                color: Theme.text
                font.pixelSize: Theme.smallSize
                font.bold: row.bold
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Item {
                id: track
                x: row.labelWidth + 6
                width: row.width - x - row.valueWidth - 6
                height: 20
                anchors.verticalCenter: parent.verticalCenter
                Rectangle {
                    anchors.fill: parent
                    radius: 4
                    color: Theme.background
                    border.color: Theme.outline
                }
                Rectangle {
                    objectName: "nps_" + row.index
                    readonly property real half: track.width / 2
                    x: row.fraction >= 0 ? half : half * (1 + row.fraction)
                    width: half * Math.abs(row.fraction)
                    height: parent.height
                    radius: 3
                    color: !row.chart ? Theme.outline : row.value >= 0 ? row.chart.aboveColour : row.chart.belowColour
                }
                Rectangle {
                    x: track.width / 2
                    width: 2
                    height: parent.height + 6
                    y: -3
                    color: Theme.text
                }
            }
            Column {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: row.valueWidth
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: row.hasValue ? (row.value > 0 ? "+" : "") + row.text : "–"
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: row.detail.length > 0 ? row.detail
                          : row.hasValue ? qsTr("%1 ▲ %2 ▼").arg(row.promoters).arg(row.detractors) : ""
                    color: Theme.muted
                    font.pixelSize: 12
                }
            }
        }
    }
}
