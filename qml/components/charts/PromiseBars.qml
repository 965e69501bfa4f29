import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// Promises kept and broken per store ({label, kept, broken, open, keptText}): one stacked bar
// per store, kept (green) then broken (red) then still open and not yet due (grey), in
// proportion to the store's actions. Kept parts are named kept_0, kept_1, ... for tests.
Column {
    id: chart

    property var rows: []
    property string emptyText: qsTr("No corrective actions yet.")
    readonly property int labelWidth: Math.round(width * 0.3)
    readonly property int valueWidth: 104

    width: parent ? parent.width : 0
    spacing: 8

    Label {
        visible: chart.rows.length === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    Repeater {
        model: chart.rows.map(row => {
            const pending = Math.max(0, row.open - row.overdue)
            const total = Math.max(1, row.kept + row.broken + pending)
            return { label: row.label, keptText: row.keptText,
                     counts: qsTr("%1 kept · %2 broken").arg(row.kept).arg(row.broken),
                     kept: row.kept / total, broken: row.broken / total, pending: pending / total,
                     labelWidth: chart.labelWidth, valueWidth: chart.valueWidth }
        })
        delegate: Item {
            id: row
            required property var modelData
            required property int index

            width: parent ? parent.width : 0
            height: 38

            Label {
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
                x: row.modelData.labelWidth + 6
                width: row.width - x - row.modelData.valueWidth - 6
                height: 20
                anchors.verticalCenter: parent.verticalCenter
                radius: 4
                color: Theme.background
                border.color: Theme.outline
                Row {
                    anchors.fill: parent
                    Rectangle {
                        objectName: "kept_" + row.index
                        width: track.width * row.modelData.kept
                        height: track.height
                        color: Theme.good
                    }
                    Rectangle {
                        width: track.width * row.modelData.broken
                        height: track.height
                        color: Theme.bad
                    }
                    Rectangle {
                        width: track.width * row.modelData.pending
                        height: track.height
                        color: Theme.outline
                    }
                }
            }
            Column {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: row.modelData.valueWidth
                Label {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: row.modelData.keptText
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
