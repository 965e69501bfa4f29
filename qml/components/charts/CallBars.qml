import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// Calls to support lines, one block per line (label, callsText, bars, transfersText,
// resolvedText): time to answer, time in menus and hold time as bars on one scale (the longest
// mean of all lines), then transfers per call and first-contact resolution as figures. Blocks
// are named line_0, line_1, ...; their bar charts the same as BarChart (bar_0 answer, bar_1
// menus, bar_2 hold).
Column {
    id: chart

    property PhoneLineModel rows: null
    property string emptyText: qsTr("No calls to support lines in this selection.")
    // Seconds of a full track: the longest mean, rounded up to 10 s.
    readonly property real maxSeconds: Math.max(10, Math.ceil((rows ? rows.longestSeconds : 0) / 10) * 10)

    component Figure: Column {
        id: figure
        property string figureText
        property string caption
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Label {
            width: figure.width
            text: figure.figureText
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Label {
            width: figure.width
            text: figure.caption
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }

    width: parent ? parent.width : 0
    spacing: 20

    Label {
        visible: !chart.rows || chart.rows.count === 0
        width: chart.width
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Repeater {
        model: chart.rows
        delegate: Column {
            id: block
            required property int index
            required property string label
            required property string callsText
            required property string transfersText
            required property string resolvedText
            required property ChartRowModel bars
            readonly property CallBars chart: parent as CallBars

            objectName: "line_" + block.index
            width: chart ? chart.width : 0
            spacing: 8

            RowLayout {
                width: block.width
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    text: block.label
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    text: block.callsText
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
            }
            BarChart {
                rows: block.bars
                maxValue: block.chart ? block.chart.maxSeconds : 10
                scoreColours: false
            }
            RowLayout {
                width: block.width
                spacing: 12
                Figure {
                    figureText: block.transfersText
                    caption: qsTr("transfers per call")
                }
                Figure {
                    figureText: block.resolvedText
                    caption: qsTr("resolved first time")
                }
            }
        }
    }
}
