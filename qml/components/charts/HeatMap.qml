import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// Touchpoint (rows) by site (columns): each cell coloured from red to green by its score, with
// the score written in it. Wider than the screen when there are many sites: it then scrolls
// sideways. Cells are named cell_<row>_<column> for tests.
Flickable {
    id: chart

    property var grid: ({ columns: [], rows: [] })
    property string emptyText: qsTr("No data for this selection.")
    readonly property var columns: grid.columns || []
    readonly property var rows: grid.rows || []
    readonly property int labelWidth: Math.round(width * 0.32)
    readonly property int cellWidth: Math.max(56, Math.floor((width - labelWidth) / Math.max(1, columns.length)))
    readonly property int cellHeight: 44

    width: parent ? parent.width : 0
    height: rows.length === 0 ? 30 : table.height
    contentWidth: labelWidth + cellWidth * columns.length
    contentHeight: height
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Label {
        visible: chart.rows.length === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    Column {
        id: table
        visible: chart.rows.length > 0
        spacing: 2
        Row {
            Item { width: chart.labelWidth; height: 1 }
            Repeater {
                model: chart.columns.map(c => ({ label: c, width: chart.cellWidth }))
                delegate: Label {
                    required property var modelData
                    width: modelData.width
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData.label
                    color: Theme.text
                    font.pixelSize: 13
                    font.bold: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    bottomPadding: 4
                }
            }
        }
        Repeater {
            model: chart.rows.map((r, i) => ({
                label: r.label, labelWidth: chart.labelWidth, height: chart.cellHeight,
                cells: r.cells.map((c, j) => ({
                    text: c.text, width: chart.cellWidth - 2, height: chart.cellHeight,
                    name: "cell_" + i + "_" + j,
                    colour: c.hasValue ? Theme.heatColor(c.value) : Theme.background,
                    textColour: c.hasValue ? "white" : Theme.muted
                }))
            }))
            delegate: Row {
                id: heatRow
                required property var modelData
                spacing: 2
                Label {
                    width: heatRow.modelData.labelWidth - 2
                    height: heatRow.modelData.height
                    verticalAlignment: Text.AlignVCenter
                    text: heatRow.modelData.label
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Repeater {
                    model: heatRow.modelData.cells
                    delegate: Rectangle {
                        id: cell
                        required property var modelData
                        objectName: modelData.name
                        width: modelData.width
                        height: modelData.height
                        radius: 4
                        color: modelData.colour
                        border.color: Theme.outline
                        Label {
                            anchors.centerIn: parent
                            text: cell.modelData.text
                            color: cell.modelData.textColour
                            font.pixelSize: Theme.fontSize
                            font.bold: true
                        }
                    }
                }
            }
        }
    }
}
