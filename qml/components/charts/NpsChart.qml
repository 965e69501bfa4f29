import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// Net promoter score (-100..100) per site or region: bars grow right of the centre line for a
// positive score (green) and left of it for a negative one (red), with the score and the
// promoters / detractors counted beside. Bars are named nps_0, nps_1, ... for tests. Also draws
// other figures around zero (the executives' score gap): `maxValue` is the full half-track, and a
// row's `detail` replaces the counts.
Column {
    id: chart

    property var rows: []
    property string emptyText: qsTr("No NPS answers for this selection.")
    property real maxValue: 100
    property color aboveColour: Theme.good
    property color belowColour: Theme.bad
    readonly property int labelWidth: Math.round(width * 0.3)
    readonly property int valueWidth: 92

    width: parent ? parent.width : 0
    spacing: 8

    Label {
        visible: chart.rows.length === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    Repeater {
        model: chart.rows.map(row => ({
            label: row.label, text: row.hasValue ? (row.value > 0 ? "+" : "") + row.text : "–",
            counts: row.detail !== undefined ? row.detail
                    : row.hasValue ? qsTr("%1 ▲ %2 ▼").arg(row.promoters).arg(row.detractors) : "",
            fraction: Math.max(-1, Math.min(1, (row.value || 0) / chart.maxValue)),
            colour: (row.value || 0) >= 0 ? chart.aboveColour : chart.belowColour,
            bold: row.bold === true,
            labelWidth: chart.labelWidth, valueWidth: chart.valueWidth
        }))
        delegate: Item {
            id: row
            required property var modelData
            required property int index

            width: parent ? parent.width : 0
            height: 34

            Label {
                width: row.modelData.labelWidth
                anchors.verticalCenter: parent.verticalCenter
                text: row.modelData.label
                color: Theme.text
                font.pixelSize: Theme.smallSize
                font.bold: row.modelData.bold
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Item {
                id: track
                x: row.modelData.labelWidth + 6
                width: row.width - x - row.modelData.valueWidth - 6
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
                    x: row.modelData.fraction >= 0 ? half : half * (1 + row.modelData.fraction)
                    width: half * Math.abs(row.modelData.fraction)
                    height: parent.height
                    radius: 3
                    color: row.modelData.colour
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
                width: row.modelData.valueWidth
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: row.modelData.text
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: row.modelData.counts
                    color: Theme.muted
                    font.pixelSize: 12
                }
            }
        }
    }
}
