import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A regional manager's assignments: filtered by state, site and shopper, searched by text,
// loaded page by page as the list scrolls. At a desk (`wide`) a table sorted by a click on a
// column's header, moved through with the arrows, Enter shows the assignment beside it and
// Escape closes it; on a phone cards, and the assignment tapped over them.
Item {
    id: view
    objectName: "assignmentsView"

    readonly property AssignmentsController assignments: FieldApp.manager.assignments
    property bool wide: false

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }
    function focusList() {
        list.forceActiveFocus()
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
    }
    function openCurrent() {
        const id = rows.idAt(list.currentIndex)
        if (id !== "")
            view.assignments.choose(id)
    }
    // Another order than the server's, or one shopper, covers every page, not the first ones.
    function loadAllWhenNeeded() {
        if ((!rows.serverOrder || rows.shopper !== "") && view.assignments.hasMore)
            view.assignments.loadAll()
    }
    function sortBy(column) {
        rows.sortBy(column)
        view.loadAllWhenNeeded()
    }
    function arrow(column) {
        return rows.order !== column ? "" : rows.descending ? " ↓" : " ↑"
    }

    AssignmentFilterModel {
        id: rows
        assignments: view.assignments.assignments
        searchText: search.text
    }
    Connections {
        target: rows
        // A list fetched again keeps the row chosen in view.
        function onModelReset() {
            list.currentIndex = rows.rowOf(view.assignments.chosen.assignmentId)
        }
    }
    Shortcut {
        enabled: view.visible && view.assignments.chosenShown && !FieldApp.manager.review.auditOpen
        sequence: "Escape"
        onActivated: {
            view.assignments.closeChosen()
            if (view.wide)
                list.forceActiveFocus()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            id: master
            visible: view.wide || !view.assignments.chosenShown
            Layout.fillHeight: true
            Layout.fillWidth: !view.wide
            Layout.preferredWidth: view.wide ? Math.max(760, view.width * 0.62) : -1
            spacing: 8

            GridLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                columns: view.wide ? 3 : 2
                columnSpacing: 8
                rowSpacing: 8
                ComboBox {
                    id: stateBox
                    objectName: "assignmentStateBox"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.smallTouch
                    model: view.assignments.states
                    textRole: "label"
                    valueRole: "value"
                    currentIndex: Math.max(0, indexOfValue(view.assignments.stateFilter))
                    onActivated: view.assignments.stateFilter = currentValue
                    Accessible.name: qsTr("State")
                }
                ComboBox {
                    objectName: "assignmentSiteBox"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.smallTouch
                    model: view.assignments.sites
                    textRole: "label"
                    valueRole: "value"
                    currentIndex: Math.max(0, indexOfValue(view.assignments.siteFilter))
                    onActivated: view.assignments.siteFilter = currentValue
                    Accessible.name: qsTr("Site")
                }
                ComboBox {
                    objectName: "assignmentShopperBox"
                    Layout.fillWidth: true
                    Layout.columnSpan: view.wide ? 1 : 2
                    Layout.preferredHeight: Theme.smallTouch
                    model: view.assignments.shoppers
                    textRole: "label"
                    valueRole: "value"
                    currentIndex: Math.max(0, indexOfValue(rows.shopper))
                    onActivated: {
                        rows.shopper = currentValue
                        view.loadAllWhenNeeded()
                    }
                    Accessible.name: qsTr("Shopper")
                }
            }
            TextField {
                id: search
                objectName: "assignmentSearch"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.smallTouch
                placeholderText: view.wide ? qsTr("Search site, shopper, kind or state (Ctrl+F)")
                                           : qsTr("Search site, shopper or state")
                Keys.onDownPressed: view.focusList()
                Keys.onEscapePressed: {
                    text = ""
                    list.forceActiveFocus()
                }
            }
            RowLayout {
                objectName: "assignmentColumns"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: view.wide
                spacing: 0
                SortHeader {
                    objectName: "sortSite"
                    Layout.fillWidth: true
                    text: qsTr("Site") + view.arrow(AssignmentFilterModel.Site)
                    active: rows.order === AssignmentFilterModel.Site
                    onClicked: view.sortBy(AssignmentFilterModel.Site)
                }
                SortHeader {
                    objectName: "sortShopper"
                    Layout.preferredWidth: 120
                    text: qsTr("Shopper") + view.arrow(AssignmentFilterModel.Shopper)
                    active: rows.order === AssignmentFilterModel.Shopper
                    onClicked: view.sortBy(AssignmentFilterModel.Shopper)
                }
                SortHeader {
                    objectName: "sortKind"
                    Layout.preferredWidth: 64
                    text: qsTr("Kind") + view.arrow(AssignmentFilterModel.Kind)
                    active: rows.order === AssignmentFilterModel.Kind
                    onClicked: view.sortBy(AssignmentFilterModel.Kind)
                }
                SortHeader {
                    objectName: "sortStart"
                    Layout.preferredWidth: 116
                    text: qsTr("Starts") + view.arrow(AssignmentFilterModel.Start)
                    active: rows.order === AssignmentFilterModel.Start
                    onClicked: view.sortBy(AssignmentFilterModel.Start)
                }
                SortHeader {
                    objectName: "sortDue"
                    Layout.preferredWidth: 116
                    text: qsTr("Due") + view.arrow(AssignmentFilterModel.Due)
                    active: rows.order === AssignmentFilterModel.Due
                    onClicked: view.sortBy(AssignmentFilterModel.Due)
                }
                SortHeader {
                    objectName: "sortState"
                    Layout.preferredWidth: 130
                    text: qsTr("State") + view.arrow(AssignmentFilterModel.State)
                    active: rows.order === AssignmentFilterModel.State
                    onClicked: view.sortBy(AssignmentFilterModel.State)
                }
            }
            ListView {
                id: list
                objectName: "assignmentList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: view.wide ? 0 : Theme.spacing
                bottomMargin: Theme.margin
                // Rows only while the screen is shown: a list nobody sees makes no delegates, and
                // none is cut short when the list is filled again after a sign-in or a refresh.
                model: view.visible ? rows : null
                onModelChanged: list.currentIndex = rows.rowOf(view.assignments.chosen.assignmentId)
                focus: true
                keyNavigationEnabled: true
                currentIndex: -1
                highlightMoveDuration: 0
                Keys.onReturnPressed: view.openCurrent()
                Keys.onEnterPressed: view.openCurrent()
                // The next page as the end comes into view (also when a short page leaves it
                // in view).
                function loadMoreAtEnd() {
                    if (view.assignments.hasMore && list.atYEnd && !view.assignments.loadingMore)
                        view.assignments.loadMore()
                }
                onAtYEndChanged: loadMoreAtEnd()
                onCountChanged: endCheck.restart()
                Connections {
                    target: view.assignments
                    function onPagingChanged() {
                        endCheck.restart()
                    }
                }
                Timer {
                    id: endCheck
                    interval: 0 // once the list has laid out its new rows
                    onTriggered: list.loadMoreAtEnd()
                }
                // In the list, not in the layout above it: a layout's row that comes and goes
                // while the screen is hidden leaves a gap when it is shown again.
                Label {
                    objectName: "noAssignments"
                    x: Theme.margin
                    width: list.width - 2 * Theme.margin
                    visible: rows.count === 0 && !FieldApp.manager.feed.loading
                    text: qsTr("No assignments match these filters.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
                delegate: view.wide ? tableRow : cardRow
                Component {
                    id: tableRow
                    AssignmentTableRow {}
                }
                Component {
                    id: cardRow
                    AssignmentCard {}
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: view.assignments.loadingMore
                running: visible
            }
        }
        Rectangle {
            visible: view.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.outline
        }
        AssignmentDetailPane {
            visible: view.wide || view.assignments.chosenShown
            Layout.fillWidth: true
            Layout.fillHeight: true
            wide: view.wide
        }
    }
}
