import QtQuick
import QtQuick.Controls
import Touchpoint.Controllers
import Touchpoint.Ui

// Consistency across sites, one row per touchpoint (label, min, max, mean, sd, text): on a
// 0..100 track, a bar from the lowest to the highest site's score, a tick at the mean, and the
// range with the standard deviation in words. A long bar means uneven service. Ranges are named
// range_0, range_1, ... for tests.
Column {
    id: chart

    property SpreadModel rows: null
    property string emptyText: qsTr("Needs audits of at least two sites.")

    width: parent ? parent.width : 0
    spacing: 10

    Label {
        visible: !chart.rows || chart.rows.count === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    Repeater {
        model: chart.rows
        delegate: Column {
            id: row
            required property int index
            required property string label
            required property string text
            required property real min
            required property real max
            required property real mean
            required property real sd
            readonly property real from: Math.max(0, Math.min(100, row.min)) / 100
            readonly property real to: Math.max(0, Math.min(100, row.max)) / 100

            width: parent ? parent.width : 0
            spacing: 4

            Item {
                width: row.width
                height: name.implicitHeight
                Label {
                    id: name
                    anchors.left: parent.left
                    text: row.label
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    anchors.right: parent.right
                    text: row.text
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
            }
            Rectangle {
                id: track
                width: row.width
                height: 18
                radius: 4
                color: Theme.background
                border.color: Theme.outline
                Rectangle {
                    objectName: "range_" + row.index
                    x: track.width * row.from
                    width: Math.max(4, track.width * (row.to - row.from))
                    height: parent.height
                    radius: 4
                    color: row.sd >= 10 ? Theme.bad : row.sd >= 5 ? Theme.warn : Theme.good
                    opacity: 0.8
                }
                Rectangle {
                    x: track.width * Math.max(0, Math.min(100, row.mean)) / 100 - 1
                    y: -3
                    width: 3
                    height: parent.height + 6
                    color: Theme.text
                }
            }
        }
    }
}
