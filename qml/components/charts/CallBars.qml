import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Ui

// Calls to support lines, one block per line ({label, callsText, answer, menus, hold (seconds, -1
// when not measured), answerText, menusText, holdText, transfersText, resolvedText}): time to
// answer, time in menus and hold time as bars on one scale (the longest mean of all lines), then
// transfers per call and first-contact resolution as figures. Blocks are named line_0, line_1,
// ...; their bar charts the same as BarChart (bar_0 answer, bar_1 menus, bar_2 hold).
Column {
    id: chart

    property var rows: []
    property string emptyText: qsTr("No calls to support lines in this selection.")
    // Seconds of a full track: the longest mean, rounded up to 10 s.
    readonly property real maxSeconds: Math.max(10, Math.ceil(Math.max(0, ...chart.rows.map(
        r => Math.max(r.answer, r.menus, r.hold))) / 10) * 10)

    width: parent ? parent.width : 0
    spacing: 20

    Label {
        visible: chart.rows.length === 0
        width: chart.width
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Repeater {
        // Everything a block needs is in its model data: delegates read no outer ids.
        model: chart.rows.map(line => ({
            label: line.label, callsText: line.callsText || "", maxSeconds: chart.maxSeconds,
            transfersText: line.transfersText, resolvedText: line.resolvedText,
            bars: [
                { label: qsTr("Time to answer"), value: Math.max(0, line.answer), text: line.answerText,
                  hasValue: line.answer >= 0 },
                { label: qsTr("Time in menus"), value: Math.max(0, line.menus), text: line.menusText,
                  hasValue: line.menus >= 0 },
                { label: qsTr("Hold time"), value: Math.max(0, line.hold), text: line.holdText,
                  hasValue: line.hold >= 0 }
            ]
        }))
        delegate: Column {
            id: block
            required property var modelData
            required property int index

            objectName: "line_" + block.index
            width: parent ? parent.width : 0
            spacing: 8

            RowLayout {
                width: block.width
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    text: block.modelData.label
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    text: block.modelData.callsText
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                }
            }
            BarChart {
                rows: block.modelData.bars
                maxValue: block.modelData.maxSeconds
                scoreColours: false
            }
            RowLayout {
                width: block.width
                spacing: 12
                Repeater {
                    model: [
                        { figure: block.modelData.transfersText, caption: qsTr("transfers per call") },
                        { figure: block.modelData.resolvedText, caption: qsTr("resolved first time") }
                    ]
                    delegate: Column {
                        id: figure
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Label {
                            width: figure.width
                            text: figure.modelData.figure
                            color: Theme.text
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                        }
                        Label {
                            width: figure.width
                            text: figure.modelData.caption
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
