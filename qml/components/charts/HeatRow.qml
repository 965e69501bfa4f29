import QtQuick
import QtQuick.Controls
import Touchpoint.Controllers
import Touchpoint.Ui

// One touchpoint of a HeatMap: its label, then a cell per site coloured from red to green by
// the score written in it. Cells are named cell_<row>_<column> for tests.
Row {
    id: heatRow

    property int rowIndex
    property string rowLabel
    property HeatCellModel cellModel: null
    property int labelWidth
    property int cellWidth
    property int cellHeight

    spacing: 2

    Label {
        width: heatRow.labelWidth - 2
        height: heatRow.cellHeight
        verticalAlignment: Text.AlignVCenter
        text: heatRow.rowLabel
        color: Theme.text
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
    Repeater {
        model: heatRow.cellModel
        delegate: Rectangle {
            id: cell
            required property int index
            required property real value
            required property bool hasValue
            required property string text
            // The row's sizes: a cell sees its row as its parent.
            readonly property HeatRow row: parent as HeatRow
            objectName: row ? "cell_" + row.rowIndex + "_" + index : ""
            width: row ? row.cellWidth - 2 : 0
            height: row ? row.cellHeight : 0
            radius: 4
            color: cell.hasValue ? Theme.heatColor(cell.value) : Theme.background
            border.color: Theme.outline
            Label {
                anchors.centerIn: parent
                text: cell.text
                color: cell.hasValue ? "white" : Theme.muted
                font.pixelSize: Theme.fontSize
                font.bold: true
            }
        }
    }
}
