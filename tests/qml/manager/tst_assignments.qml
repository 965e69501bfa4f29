import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui
import ".."

// A regional manager's assignments against the real server that tst_manager_setup.cpp starts
// (the demo's two in manager1's region, and 112 seeded: one overdue at Portland, one later at
// Bend, 110 at Seattle, so more than one page). At a desk by the keyboard: the next page as the
// table scrolls, sorted by a click on a header (both ways, ties by id), moved through with the
// arrows, opened with Enter, closed with Escape; the overdue one withdrawn, the server asked
// for its state, the table filtered by state and by site on the server. On a phone by taps:
// filtered by state, a card opened over the list, withdrawn, gone from the offered ones. A
// store manager never sees the screen.
Item {
    id: root
    width: 412
    height: 915

    TestCase {
        id: test
        name: "ManagerAssignments"
        when: windowShown && FieldApp.sync.enabled

        property var window: null

        Component {
            id: mainWindow
            Main {}
        }

        TapDriver {
            id: driver
            testCase: test
        }

        function initTestCase() {
            TestProbe.collectWarnings()
            window = mainWindow.createObject(test)
            driver.window = window
            tryVerify(() => window.visible, 5000, "the app window is not shown")
        }

        function cleanupTestCase() {
            compare(TestProbe.takeWarnings(), [], "warnings logged")
            if (FieldApp.session.signedIn)
                FieldApp.signOut()
            window.destroy()
        }

        function signIn(user, page) {
            if (FieldApp.session.signedIn)
                FieldApp.signOut()
            driver.waitScreen("signInPage")
            driver.type("usernameField", user)
            driver.type("passwordField", "touchpoint-demo")
            driver.tap("signInButton")
            driver.waitScreen(page)
            tryVerify(() => !FieldApp.manager.feed.loading && FieldApp.manager.feed.dataTimeText.indexOf("Data from") === 0,
                      10000, "the manager's data did not load")
        }

        function ids(model, first) {
            const list = []
            for (let i = 0; i < Math.min(first, model.count); ++i)
                list.push(model.idAt(i))
            return list
        }

        // Chooses a filter's value the way a person does: opens the box and taps the entry.
        function choose(boxName, label) {
            const box = driver.tap(boxName)
            tryVerify(() => box.popup.opened, 2000, "the " + boxName + " did not open")
            const entry = driver.findWhere(i => i.text === label && i.clicked !== undefined && i !== box,
                                           box.popup.contentItem)
            driver.tapItem(entry, label)
            tryVerify(() => !box.popup.visible, 2000, "the " + boxName + " did not close")
            compare(box.currentText, label)
        }

        function waitLoaded() {
            tryVerify(() => !FieldApp.manager.feed.loading, 8000, "the assignments did not load")
        }

        function test_1_deskByKeyboard() {
            window.width = 1440
            window.height = 900
            signIn("manager1", "managerPage")
            const a = FieldApp.manager.assignments
            compare(FieldApp.manager.feed.error, "")
            compare(a.assignments.count, 100, "the first page of the server's 114")
            verify(a.hasMore, "the server has a second page")

            driver.key(Qt.Key_4, Qt.ControlModifier)
            driver.waitFor("assignmentColumns")
            const list = driver.waitFor("assignmentList")
            tryVerify(() => list.activeFocus, 2000, "Ctrl+4 does not put the keys in the table")
            const rows = list.model
            compare(rows.serverOrder, true)
            compare(rows.idAt(0), "qa-portland-late", "the server's order: the earliest window first")
            // The second page as the end of the table comes into view.
            waitForRendering(list)
            list.positionViewAtEnd()
            tryVerify(() => a.assignments.count === 114 && !a.hasMore, 8000, "the next page did not load as the table scrolled")
            compare(rows.count, 114)
            list.positionViewAtBeginning()
            waitForRendering(list)

            // Sorted by the due date, then the other way; equal dates in the order of the ids.
            driver.tap("sortDue")
            tryCompare(rows, "order", AssignmentFilterModel.Due)
            compare(ids(rows, 4), ["qa-portland-late", "demo-bend-visit", "demo-us-care-call", "qa-bend-later"])
            verify(driver.find("sortDue").text.indexOf("↑") > 0, "the header shows the order")
            driver.tap("sortDue")
            compare(rows.descending, true)
            compare(ids(rows, 2), ["qa-seattle-110", "qa-seattle-109"])
            driver.tap("sortSite")
            compare(ids(rows, 4), ["demo-bend-visit", "qa-bend-later", "demo-us-care-call", "qa-portland-late"])
            waitForRendering(list)

            // The overdue one stands out.
            const late = driver.find("assignmentRow_qa-portland-late")
            verify(late !== null && late.overdue, "the Portland assignment is overdue")
            verify(Qt.colorEqual(driver.find("assignmentState_qa-portland-late").color, Theme.bad), "in red")
            compare(driver.find("assignmentRow_qa-bend-later").overdue, false)

            // Arrows move, Enter opens beside the table, Escape closes.
            list.forceActiveFocus()
            driver.key(Qt.Key_Down)
            compare(list.currentIndex, 0)
            driver.key(Qt.Key_Down)
            compare(list.currentIndex, 1)
            driver.key(Qt.Key_Return)
            tryVerify(() => a.chosenShown, 2000, "Enter did not open the assignment")
            compare(a.chosen.assignmentId, "qa-bend-later")
            const detail = driver.waitFor("assignmentDetail")
            verify(detail.mapToItem(null, 0, 0).x >= list.mapToItem(null, 0, 0).x + list.width,
                   "the assignment shows beside the table")
            compare(a.chosen.shopperName, "Robin T.")
            compare(a.chosen.shopper, "shopper2")
            compare(a.chosen.site, "store-bend")
            compare(a.chosen.stateName, "offered")
            verify(a.chosen.scriptText.length > 0, "the script is named")
            driver.key(Qt.Key_Escape)
            tryVerify(() => !a.chosenShown, 2000, "Escape did not close the assignment")
            driver.waitFor("noAssignmentChosen")
            compare(list.currentIndex, 1, "the row stays current")

            driver.key(Qt.Key_Down)
            driver.key(Qt.Key_Down)
            compare(list.currentIndex, 3)
            driver.key(Qt.Key_Enter)
            tryVerify(() => a.chosen.assignmentId === "qa-portland-late", 2000, "Enter did not open the overdue one")
            verify(driver.find("assignmentDetailState").text.indexOf("overdue") > 0, "the detail says it is overdue")

            // Withdrawn after a confirmation, with a reason; the server has it withdrawn.
            driver.tap("withdrawButton")
            driver.waitFor("confirmWithdraw")
            driver.tap("cancelWithdraw")
            driver.waitGone("confirmWithdraw")
            compare(ServerSide.assignmentState("qa-portland-late"), "offered", "kept when the manager changes their mind")
            driver.tap("withdrawButton")
            driver.type("withdrawReason", "The store is closed for works.")
            driver.tap("confirmWithdraw")
            tryVerify(() => a.chosen.state === AssignmentState.Withdrawn && !FieldApp.manager.feed.loading, 8000,
                      "the assignment was not withdrawn")
            compare(ServerSide.assignmentState("qa-portland-late"), "withdrawn")
            compare(a.chosen.reason, "The store is closed for works.")
            compare(a.error, "")
            verify(FieldApp.manager.feed.notice.indexOf("withdrawn") >= 0, "the screen says what happened")
            driver.waitGone("withdrawButton") // a withdrawn assignment cannot be withdrawn again
            tryCompare(driver.find("assignmentState_qa-portland-late"), "text", "Withdrawn")
            compare(driver.find("assignmentRow_qa-portland-late").overdue, false, "no longer overdue")

            // Filtered by state and by site on the server.
            choose("assignmentStateBox", "Withdrawn")
            waitLoaded()
            compare(a.stateFilter, "withdrawn")
            tryCompare(rows, "count", 1)
            compare(rows.idAt(0), "qa-portland-late")
            compare(a.chosenShown, true, "the assignment stays chosen")
            choose("assignmentStateBox", "All states")
            waitLoaded()
            choose("assignmentSiteBox", "Bend")
            waitLoaded()
            compare(a.siteFilter, "store-bend")
            tryCompare(rows, "count", 2)
            compare(ids(rows, 2), ["demo-bend-visit", "qa-bend-later"])
            // Withdrawn meanwhile by someone else: the screen says so in words and shows it as the
            // server has it.
            list.forceActiveFocus()
            list.currentIndex = 1
            driver.key(Qt.Key_Return)
            tryVerify(() => a.chosen.assignmentId === "qa-bend-later", 2000)
            compare(ServerSide.withdrawAssignment("qa-bend-later"), 200)
            driver.tap("withdrawButton")
            driver.tap("confirmWithdraw")
            const error = driver.waitFor("assignmentError", 8000)
            verify(error.text.indexOf("not withdrawn") >= 0 && error.text.indexOf("withdrawn;") > 0,
                   "the server's reason in words: " + error.text)
            tryVerify(() => a.chosen.state === AssignmentState.Withdrawn && !FieldApp.manager.feed.loading, 8000,
                      "the detail does not show the server's state")
            compare(a.error, error.text, "the refresh keeps the reason on screen")
            // Searched with Ctrl+F, within the site.
            driver.key(Qt.Key_F, Qt.ControlModifier)
            const search = driver.find("assignmentSearch")
            tryVerify(() => search.activeFocus, 2000, "Ctrl+F does not reach the search field")
            search.text = "robin"
            tryCompare(rows, "count", 1)
            compare(rows.idAt(0), "qa-bend-later")
            search.text = ""
            waitForRendering(list)
            choose("assignmentSiteBox", "All sites")
            waitLoaded()
            tryVerify(() => rows.count === 100 && a.hasMore, 8000, "all sites again, a page at a time")
            driver.key(Qt.Key_Escape)
            tryVerify(() => !a.chosenShown, 2000)
            compare(FieldApp.manager.feed.error, "")
        }

        function test_2_phoneByTaps() {
            window.width = 412
            window.height = 915
            signIn("manager1", "managerPage")
            const a = FieldApp.manager.assignments
            compare(a.stateFilter, "", "a new sign-in starts without filters")
            driver.tap("assignmentsTab")
            const list = driver.waitFor("assignmentList")
            compare(driver.find("assignmentColumns"), null, "no table on a phone")
            waitForRendering(list)
            choose("assignmentStateBox", "Offered")
            waitLoaded()
            compare(a.stateFilter, "offered")
            const rows = list.model
            tryVerify(() => rows.count > 0 && rows.idAt(0) === "demo-bend-visit", 8000,
                      "the offered ones, the earliest first (the withdrawn one is gone)")
            waitForRendering(list)

            driver.tap("assignmentCard_demo-bend-visit")
            tryVerify(() => a.chosen.assignmentId === "demo-bend-visit", 2000, "the tap did not open it")
            driver.waitFor("assignmentDetail")
            compare(driver.find("assignmentList"), null, "the detail is over the list")
            driver.tap("withdrawButton")
            driver.tap("confirmWithdraw")
            tryVerify(() => a.chosen.state === AssignmentState.Withdrawn && !FieldApp.manager.feed.loading, 8000,
                      "the assignment was not withdrawn")
            compare(ServerSide.assignmentState("demo-bend-visit"), "withdrawn")
            compare(ServerSide.assignmentState("demo-us-care-call"), "offered", "only the one chosen")
            driver.tap("assignmentBack")
            driver.waitFor("assignmentList")
            tryVerify(() => rows.rowOf("demo-bend-visit") < 0, 8000, "the withdrawn one is still among the offered")
            compare(rows.idAt(0), "demo-us-care-call")
            compare(FieldApp.manager.feed.error, "")
            driver.tap("reportsTab")
        }

        function test_3_storeManagerSeesNone() {
            signIn("store1", "storePage")
            compare(FieldApp.manager.assignments.assignments.count, 0)
            compare(driver.find("assignmentsTab"), null, "no assignments tab for a store")
            driver.tap("actionsTab")
            const tab = driver.find("actionsTab")
            verify(tab.width > window.width / 3 - 2, "three tabs share the bar")
            window.width = 1440
            window.height = 900
            driver.waitFor("sideNavigation")
            compare(driver.find("assignmentsNav"), null, "no assignments in the side navigation")
            driver.key(Qt.Key_4, Qt.ControlModifier)
            compare(driver.find("assignmentsView"), null, "Ctrl+4 shows nothing to a store")
            compare(FieldApp.manager.feed.error, "")
            window.width = 412
            window.height = 915
        }
    }
}
