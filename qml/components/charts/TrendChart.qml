import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// The score over time: one point per period ({label, value, text, hasValue}), joined by line
// segments (rotated rectangles: no Qt Shapes or Charts needed). The axis runs from a round
// number under the lowest score to 100. Points are named point_0, point_1, ... for tests.
Item {
    id: chart

    property var points: []
    property string emptyText: qsTr("No data for this selection.")
    readonly property int axisWidth: 34
    readonly property int labelHeight: 22
    readonly property real plotWidth: width - axisWidth - 12
    readonly property real plotHeight: height - labelHeight - 8
    readonly property var valued: points.filter(p => p.hasValue !== false)
    readonly property real minY: valued.length === 0 ? 0
        : Math.max(0, Math.floor((Math.min.apply(null, valued.map(p => p.value)) - 5) / 10) * 10)
    readonly property real maxY: 100
    // Every n-th label, so that labels never overlap.
    readonly property int labelStep: Math.max(1, Math.ceil(points.length * 56 / Math.max(1, plotWidth)))

    function xAt(i: int): real {
        return axisWidth + 6 + (points.length <= 1 ? plotWidth / 2 : i * plotWidth / (points.length - 1))
    }
    function yAt(value: real): real {
        return 4 + plotHeight * (1 - (value - minY) / Math.max(1, maxY - minY))
    }

    width: parent ? parent.width : 0
    height: valued.length === 0 ? 30 : 190

    Label {
        visible: chart.valued.length === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    // Grid lines with their values.
    Repeater {
        model: chart.valued.length === 0 ? [] : [0, 0.5, 1].map(f => ({
            value: Math.round(chart.minY + f * (chart.maxY - chart.minY)),
            y: chart.yAt(chart.minY + f * (chart.maxY - chart.minY)),
            x: chart.axisWidth, width: chart.plotWidth + 12
        }))
        delegate: Item {
            id: grid
            required property var modelData
            Rectangle {
                x: grid.modelData.x
                y: grid.modelData.y
                width: grid.modelData.width
                height: 1
                color: Theme.outline
            }
            Label {
                x: 0
                y: grid.modelData.y - height / 2
                width: grid.modelData.x - 4
                horizontalAlignment: Text.AlignRight
                text: grid.modelData.value
                color: Theme.muted
                font.pixelSize: 12
            }
        }
    }

    // Line segments between neighbouring points that both have a value.
    Repeater {
        model: chart.points.slice(1).map((p, i) => {
            const a = chart.points[i]
            const x1 = chart.xAt(i), y1 = chart.yAt(a.value || 0)
            const x2 = chart.xAt(i + 1), y2 = chart.yAt(p.value || 0)
            return { show: a.hasValue !== false && p.hasValue !== false, x: x1, y: y1,
                     length: Math.hypot(x2 - x1, y2 - y1),
                     angle: Math.atan2(y2 - y1, x2 - x1) * 180 / Math.PI }
        })
        delegate: Rectangle {
            required property var modelData
            visible: modelData.show
            x: modelData.x
            y: modelData.y - 1.5
            width: modelData.length
            height: 3
            color: Theme.accent
            antialiasing: true
            transformOrigin: Item.Left
            rotation: modelData.angle
        }
    }

    // The points, and the period under every n-th of them.
    Repeater {
        model: chart.points.map((p, i) => ({
            x: chart.xAt(i), y: chart.yAt(p.value || 0), show: p.hasValue !== false,
            label: i % chart.labelStep === 0 ? p.label : "", bottom: chart.height, right: chart.width,
            colour: Theme.scoreColor(p.value || 0)
        }))
        delegate: Item {
            id: point
            required property var modelData
            required property int index
            Rectangle {
                objectName: "point_" + point.index
                visible: point.modelData.show
                x: point.modelData.x - width / 2
                y: point.modelData.y - height / 2
                width: 10
                height: 10
                radius: 5
                color: point.modelData.colour
                border.color: Theme.card
                border.width: 2
            }
            Label {
                x: Math.max(0, Math.min(point.modelData.right - width, point.modelData.x - width / 2))
                y: point.modelData.bottom - height
                text: point.modelData.label
                color: Theme.muted
                font.pixelSize: 12
            }
        }
    }
}
