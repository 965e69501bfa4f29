import QtQuick
import QtQuick.Controls
import Touchpoint.Controllers
import Touchpoint.Ui

// The score over time: one point per period (label, value, text, hasValue), joined by line
// segments (rotated rectangles: no Qt Shapes or Charts needed). The axis runs from a round
// number under the lowest score to 100. Points are named point_0, point_1, ... for tests.
Item {
    id: chart

    property ChartRowModel points: null
    property string emptyText: qsTr("No data for this selection.")
    readonly property int count: points ? points.count : 0
    readonly property int valuedCount: points ? points.valuedCount : 0
    readonly property int axisWidth: 34
    readonly property int labelHeight: 22
    readonly property real plotWidth: width - axisWidth - 12
    readonly property real plotHeight: height - labelHeight - 8
    readonly property real minY: valuedCount === 0 ? 0
        : Math.max(0, Math.floor((points.lowestValue - 5) / 10) * 10)
    readonly property real maxY: 100
    // Every n-th label, so that labels never overlap.
    readonly property int labelStep: Math.max(1, Math.ceil(count * 56 / Math.max(1, plotWidth)))

    function xAt(i: int): real {
        return axisWidth + 6 + (count <= 1 ? plotWidth / 2 : i * plotWidth / (count - 1))
    }
    function yAt(value: real): real {
        return 4 + plotHeight * (1 - (value - minY) / Math.max(1, maxY - minY))
    }

    width: parent ? parent.width : 0
    height: valuedCount === 0 ? 30 : 190

    Label {
        visible: chart.valuedCount === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    // Grid lines with their values: the bottom, the middle and the top of the axis.
    Repeater {
        model: chart.valuedCount === 0 ? 0 : 3
        delegate: Item {
            id: grid
            required property int index
            readonly property TrendChart chart: parent as TrendChart
            readonly property real level: chart ? chart.minY + index / 2 * (chart.maxY - chart.minY) : 0
            readonly property real lineY: chart ? chart.yAt(level) : 0
            Rectangle {
                x: grid.chart ? grid.chart.axisWidth : 0
                y: grid.lineY
                width: grid.chart ? grid.chart.plotWidth + 12 : 0
                height: 1
                color: Theme.outline
            }
            Label {
                x: 0
                y: grid.lineY - height / 2
                width: grid.chart ? grid.chart.axisWidth - 4 : 0
                horizontalAlignment: Text.AlignRight
                text: Math.round(grid.level)
                color: Theme.muted
                font.pixelSize: 12
            }
        }
    }

    // Line segments from each point back to its neighbour, where both have a value.
    Repeater {
        model: chart.points
        delegate: Rectangle {
            id: segment
            required property int index
            required property real value
            required property bool hasValue
            readonly property TrendChart chart: parent as TrendChart
            readonly property real x1: chart ? chart.xAt(index - 1) : 0
            readonly property real y1: chart ? chart.yAt(chart.points.valueAt(index - 1)) : 0
            readonly property real x2: chart ? chart.xAt(index) : 0
            readonly property real y2: chart ? chart.yAt(value) : 0
            visible: index > 0 && hasValue && chart !== null && chart.points.hasValueAt(index - 1)
            x: x1
            y: y1 - 1.5
            width: Math.hypot(x2 - x1, y2 - y1)
            height: 3
            color: Theme.accent
            antialiasing: true
            transformOrigin: Item.Left
            rotation: Math.atan2(y2 - y1, x2 - x1) * 180 / Math.PI
        }
    }

    // The points, and the period under every n-th of them.
    Repeater {
        model: chart.points
        delegate: Item {
            id: point
            required property int index
            required property real value
            required property bool hasValue
            required property string label
            readonly property TrendChart chart: parent as TrendChart
            readonly property real pointX: chart ? chart.xAt(index) : 0
            readonly property real pointY: chart ? chart.yAt(value) : 0
            Rectangle {
                objectName: "point_" + point.index
                visible: point.hasValue
                x: point.pointX - width / 2
                y: point.pointY - height / 2
                width: 10
                height: 10
                radius: 5
                color: Theme.scoreColor(point.value)
                border.color: Theme.card
                border.width: 2
            }
            Label {
                x: point.chart ? Math.max(0, Math.min(point.chart.width - width, point.pointX - width / 2)) : 0
                y: point.chart ? point.chart.height - height : 0
                text: point.chart && point.index % point.chart.labelStep === 0 ? point.label : ""
                color: Theme.muted
                font.pixelSize: 12
            }
        }
    }
}
