import QtQuick
import QtQuick.Controls
import Touchpoint.Controllers
import Touchpoint.Ui

// Promises kept and broken per store (label, kept, broken, open, overdue, keptText): one
// stacked bar per store, kept (green) then broken (red) then still open and not yet due (grey),
// in proportion to the store's actions. Kept parts are named kept_0, kept_1, ... for tests.
Column {
    id: chart

    property PromiseModel rows: null
    property string emptyText: qsTr("No corrective actions yet.")
    readonly property int labelWidth: Math.round(width * 0.3)
    readonly property int valueWidth: 104

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
            required property int kept
            required property int broken
            required property int open
            required property int overdue
            required property string keptText
            // The chart's settings: a delegate sees its chart as its parent.
            readonly property PromiseBars chart: parent as PromiseBars
            readonly property int labelWidth: chart ? chart.labelWidth : 0
            readonly property int valueWidth: chart ? chart.valueWidth : 0
            readonly property int pending: Math.max(0, row.open - row.overdue)
            readonly property int total: Math.max(1, row.kept + row.broken + row.pending)

            width: chart ? chart.width : 0
            height: 38

            Label {
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
                x: row.labelWidth + 6
                width: row.width - x - row.valueWidth - 6
                height: 20
                anchors.verticalCenter: parent.verticalCenter
                radius: 4
                color: Theme.background
                border.color: Theme.outline
                Row {
                    anchors.fill: parent
                    Rectangle {
                        objectName: "kept_" + row.index
                        width: track.width * row.kept / row.total
                        height: track.height
                        color: Theme.good
                    }
                    Rectangle {
                        width: track.width * row.broken / row.total
                        height: track.height
                        color: Theme.bad
                    }
                    Rectangle {
                        width: track.width * row.pending / row.total
                        height: track.height
                        color: Theme.outline
                    }
                }
            }
            Column {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: row.valueWidth
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: row.keptText
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("%1 kept · %2 broken").arg(row.kept).arg(row.broken)
                    color: Theme.muted
                    font.pixelSize: 12
                }
            }
        }
    }
}
