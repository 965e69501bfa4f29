import QtQuick
import QtQuick.Controls
import Touchpoint.Controllers
import Touchpoint.Ui

// Touchpoint (rows) by site (columns): each cell coloured from red to green by its score, with
// the score written in it. Wider than the screen when there are many sites: it then scrolls
// sideways. Cells are named cell_<row>_<column> for tests.
Flickable {
    id: chart

    property HeatmapModel grid: null
    property string emptyText: qsTr("No data for this selection.")
    readonly property var columns: grid ? grid.columns : []
    readonly property int rowCount: grid ? grid.count : 0
    readonly property int labelWidth: Math.round(width * 0.32)
    readonly property int cellWidth: Math.max(56, Math.floor((width - labelWidth) / Math.max(1, columns.length)))
    readonly property int cellHeight: 44

    width: parent ? parent.width : 0
    height: rowCount === 0 ? 30 : table.height
    contentWidth: labelWidth + cellWidth * columns.length
    contentHeight: height
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Label {
        visible: chart.rowCount === 0
        text: chart.emptyText
        color: Theme.muted
        font.pixelSize: Theme.smallSize
    }

    Column {
        id: table
        visible: chart.rowCount > 0
        spacing: 2
        Row {
            Item { width: chart.labelWidth; height: 1 }
            Repeater {
                model: chart.columns.length
                delegate: Label {
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.text
                    font.pixelSize: 13
                    font.bold: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    bottomPadding: 4
                }
                // The column's site and width come from the chart.
                onItemAdded: (index, item) => {
                    const label = item as Label
                    label.width = Qt.binding(() => chart.cellWidth)
                    label.text = Qt.binding(() => chart.columns[index] || "")
                }
            }
        }
        Repeater {
            model: chart.grid
            delegate: HeatRow {
                required property int index
                required property string label
                required property HeatCellModel cells
                rowIndex: index
                rowLabel: label
                cellModel: cells
            }
            // The row's sizes come from the chart.
            onItemAdded: (index, item) => {
                const row = item as HeatRow
                row.labelWidth = Qt.binding(() => chart.labelWidth)
                row.cellWidth = Qt.binding(() => chart.cellWidth)
                row.cellHeight = Qt.binding(() => chart.cellHeight)
            }
        }
    }
}
