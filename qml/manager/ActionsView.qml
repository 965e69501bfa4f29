import QtQuick
import Touchpoint.Ui

// Corrective actions: cards one under another on a phone, a list with the chosen action beside
// it at a desk.
Item {
    id: view
    objectName: "actionsView"

    property bool wide: false

    function focusList() {
        if (view.wide && content.item)
            (content.item as ActionMasterDetail).focusList()
    }

    Loader {
        id: content
        anchors.fill: parent
        sourceComponent: view.wide ? masterDetail : cards
    }
    Component {
        id: cards
        ActionCardList {}
    }
    Component {
        id: masterDetail
        ActionMasterDetail {}
    }
}
