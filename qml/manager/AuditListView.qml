import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A regional manager's review queue (the submitted audits of the region), or every audit of the
// period; a store manager's reviewed audits, with no shopper named. Tapping one opens it. At a
// desk (`table`) the rows are a table: a search field (Ctrl+F), columns to sort by, arrows to
// move, Enter to open.
ColumnLayout {
    id: view
    objectName: "auditListView"

    readonly property ManagerController manager: FieldApp.manager
    readonly property ReviewController review: manager.review
    property bool showAll: manager.isStoreManager
    property bool table: false

    spacing: Theme.spacing

    function openCurrent() {
        const uuid = rows.uuidAt(list.currentIndex)
        if (uuid !== "")
            view.review.openAudit(uuid)
    }
    // The pages not loaded yet come first: the rows sorted by another column than the date are
    // all of them, not those of the first pages.
    function sortBy(order) {
        rows.order = order
        if (order !== AuditFilterModel.Newest && list.hasMore)
            view.review.loadAll(view.showAll)
    }
    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    AuditFilterModel {
        id: rows
        audits: view.showAll ? view.review.audits : view.review.queue
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        visible: !view.manager.isStoreManager
        spacing: 8
        ChoiceButton {
            objectName: "waitingButton"
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            text: view.review.queueHasMore ? qsTr("To review (%1+)").arg(view.review.queue.count)
                                           : qsTr("To review (%1)").arg(view.review.queue.count)
            selected: !view.showAll
            onClicked: view.showAll = false
        }
        ChoiceButton {
            objectName: "allAuditsButton"
            Layout.fillWidth: true
            implicitHeight: Theme.smallTouch
            text: view.review.auditsHasMore ? qsTr("All (%1+)").arg(view.review.audits.count)
                                            : qsTr("All (%1)").arg(view.review.audits.count)
            selected: view.showAll
            onClicked: view.showAll = true
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        visible: list.count === 0
        text: view.showAll ? qsTr("No audits in this period.") : qsTr("Nothing waiting for review.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    TextField {
        id: search
        objectName: "auditSearch"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin
        visible: view.table
        placeholderText: qsTr("Search site, shopper or state (Ctrl+F)")
        onTextChanged: rows.searchText = text
        Keys.onDownPressed: list.forceActiveFocus()
        Keys.onEscapePressed: {
            text = ""
            list.forceActiveFocus()
        }
    }
    RowLayout {
        objectName: "auditColumns"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin
        visible: view.table
        spacing: 0
        SortHeader {
            Layout.fillWidth: true
            text: qsTr("Site")
            active: rows.order === AuditFilterModel.Site
            onClicked: view.sortBy(active ? AuditFilterModel.Newest : AuditFilterModel.Site)
        }
        SortHeader {
            Layout.preferredWidth: 165
            text: qsTr("Date")
            active: rows.order === AuditFilterModel.Newest
            onClicked: view.sortBy(AuditFilterModel.Newest)
        }
        SortHeader {
            Layout.preferredWidth: 150
            text: qsTr("State")
            active: rows.order === AuditFilterModel.State
            onClicked: view.sortBy(active ? AuditFilterModel.Newest : AuditFilterModel.State)
        }
        SortHeader {
            Layout.preferredWidth: 90
            text: rows.order === AuditFilterModel.HighestScore ? qsTr("Score ↓")
                  : rows.order === AuditFilterModel.LowestScore ? qsTr("Score ↑") : qsTr("Score")
            active: rows.order === AuditFilterModel.LowestScore
                    || rows.order === AuditFilterModel.HighestScore
            onClicked: view.sortBy(rows.order === AuditFilterModel.LowestScore
                                   ? AuditFilterModel.HighestScore : AuditFilterModel.LowestScore)
        }
    }
    Label {
        objectName: "sortingAllNotice"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.margin
        visible: view.table && rows.order !== AuditFilterModel.Newest && view.review.loadingMore
        text: qsTr("Loading every audit of the period to sort them all…")
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    ListView {
        id: list
        objectName: "auditList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: view.table ? 0 : Theme.spacing
        topMargin: view.manager.isStoreManager ? Theme.margin : 0
        bottomMargin: Theme.margin
        model: rows
        focus: true
        keyNavigationEnabled: true
        currentIndex: -1
        highlightMoveDuration: 0
        Keys.onReturnPressed: view.openCurrent()
        Keys.onEnterPressed: view.openCurrent()
        // The next page as the end comes into view (also when a short page leaves it in view).
        readonly property bool hasMore: view.showAll ? view.review.auditsHasMore
                                                     : view.review.queueHasMore
        function loadMoreAtEnd() {
            if (list.hasMore && list.atYEnd && !view.review.loadingMore)
                view.review.loadMore(view.showAll)
        }
        onAtYEndChanged: loadMoreAtEnd()
        onCountChanged: endCheck.restart()
        onHasMoreChanged: endCheck.restart()
        Timer {
            id: endCheck
            interval: 0 // once the list has laid out its new rows
            onTriggered: list.loadMoreAtEnd()
        }
        delegate: view.table ? tableRow : cardRow
        Component {
            id: tableRow
            AuditTableRow {}
        }
        Component {
            id: cardRow
            ItemDelegate {
                id: audit
                required property string uuid
                required property string siteLabel
                required property string modeText
                required property string auditorText
                required property string startedText
                required property string stateText
                required property int reviewState
                required property string overallText
                required property bool passed
                required property int criticalFailures

                objectName: "audit_" + uuid
                x: Theme.margin
                width: ListView.view.width - 2 * Theme.margin
                height: Math.max(Theme.touch + 24, contentItem.implicitHeight + 24)
                background: Rectangle {
                    radius: Theme.radius
                    color: audit.down ? Theme.selected : Theme.card
                    border.color: audit.reviewState === ReviewState.Submitted ? Theme.accent : Theme.outline
                    border.width: audit.reviewState === ReviewState.Submitted ? 2 : 1
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: audit.siteLabel
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            // Store managers never see who did the audit.
                            text: FieldApp.manager.isStoreManager ? audit.modeText
                                  : audit.modeText + " · " + audit.auditorText
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: audit.startedText + " · " + audit.stateText
                            color: audit.reviewState === ReviewState.Rejected ? Theme.bad : Theme.muted
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }
                    ColumnLayout {
                        spacing: 0
                        Label {
                            Layout.alignment: Qt.AlignRight
                            text: audit.overallText
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: audit.passed ? Theme.good : Theme.bad
                        }
                        Label {
                            Layout.alignment: Qt.AlignRight
                            visible: audit.criticalFailures > 0
                            text: qsTr("%1 critical").arg(audit.criticalFailures)
                            color: Theme.bad
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
                onClicked: FieldApp.manager.review.openAudit(audit.uuid)
            }
        }
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: view.review.loadingMore
        running: visible
    }
}
