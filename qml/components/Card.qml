import QtQuick
import Touchpoint.Ui

// A plain surface for one thing: an assignment, a question, a score.
Rectangle {
    id: card

    default property alias content: inner.data
    property int padding: Theme.margin

    implicitHeight: inner.childrenRect.height + 2 * card.padding
    radius: Theme.radius
    color: Theme.card
    border.color: Theme.outline
    border.width: 1

    Item {
        id: inner
        anchors.fill: parent
        anchors.margins: card.padding
    }
}
