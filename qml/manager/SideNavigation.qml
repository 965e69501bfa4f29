import QtQuick
import QtQuick.Layouts
import Touchpoint.Ui

// The desk's navigation: the screens as a column on the left, the chosen one highlighted.
// Its entries are NavEntry items.
Rectangle {
    id: nav

    default property alias entries: column.data

    implicitWidth: 240
    color: Theme.card
    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.outline
    }
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        anchors.rightMargin: 1
        spacing: 2
    }
}
