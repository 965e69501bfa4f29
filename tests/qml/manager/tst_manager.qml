import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui
import ".."

Item {
    id: root
    width: 412
    height: 915

    // The sample rows (ChartSamples, set up by tst_manager_setup.cpp): typed models, as the
    // controllers hand them to the screens.
    readonly property var samples: ChartSamples

    Component {
        id: chartsBox
        Column {
            width: 400
            BarChart {
                objectName: "bars"
                rows: root.samples.bars
            }
            NpsChart {
                objectName: "nps"
                rows: root.samples.nps
            }
            SpreadChart {
                objectName: "spread"
                rows: root.samples.spread
            }
            TrendChart {
                objectName: "trend"
                points: root.samples.trend
            }
            HeatMap {
                objectName: "heat"
                grid: root.samples.heat
            }
            NpsChart {
                objectName: "gaps"
                maxValue: 20
                rows: root.samples.gaps
            }
            CallBars {
                objectName: "calls"
                rows: root.samples.calls
            }
            ExecutiveVisits {
                objectName: "executives"
                rows: root.samples.executives
            }
            PromiseBars {
                objectName: "promises"
                rows: root.samples.promises
            }
        }
    }

    // The charts' geometry for a known data set: bar lengths in proportion to the scores, NPS
    // bars either side of the centre, the spread from the lowest to the highest site, the trend
    // rising with the score, the heat map's cells, promises kept in proportion.
    TestCase {
        id: charts
        name: "Charts"
        when: windowShown

        property Item box: null
        property Item bars: null
        property Item nps: null
        property Item spread: null
        property Item trend: null
        property Item heat: null
        property Item gaps: null
        property Item calls: null
        property Item executives: null
        property Item promises: null

        function initTestCase() {
            box = chartsBox.createObject(root)
            verify(box !== null, "the charts were not created")
            bars = findChild(box, "bars")
            nps = findChild(box, "nps")
            spread = findChild(box, "spread")
            trend = findChild(box, "trend")
            heat = findChild(box, "heat")
            gaps = findChild(box, "gaps")
            calls = findChild(box, "calls")
            executives = findChild(box, "executives")
            promises = findChild(box, "promises")
            waitForRendering(box)
        }

        function test_barsInProportion() {
            const track = findChild(bars, "track_0")
            verify(track && track.width > 100, "the bar chart has no track")
            fuzzyCompare(findChild(bars, "bar_0").width, track.width * 0.9, 0.5)
            fuzzyCompare(findChild(bars, "bar_1").width, track.width * 0.45, 0.5)
            compare(findChild(bars, "bar_2").width, 0) // no data: no bar
            fuzzyCompare(findChild(bars, "bar_0").width / findChild(bars, "bar_1").width, 2, 0.01)
        }

        function test_npsEitherSideOfCentre() {
            const positive = findChild(nps, "nps_0")
            const negative = findChild(nps, "nps_1")
            const half = positive.parent.width / 2
            fuzzyCompare(positive.x, half, 0.5)
            fuzzyCompare(positive.width, half * 0.5, 0.5)
            fuzzyCompare(negative.x + negative.width, half, 0.5)
            fuzzyCompare(negative.width, half * 0.25, 0.5)
        }

        function test_spreadFromLowestToHighest() {
            const range = findChild(spread, "range_0")
            const width = range.parent.width
            fuzzyCompare(range.x, width * 0.6, 0.5)
            fuzzyCompare(range.width, width * 0.3, 0.5)
        }

        function test_trendRisesWithTheScore() {
            const p0 = findChild(trend, "point_0"), p1 = findChild(trend, "point_1"), p2 = findChild(trend, "point_2")
            verify(p0.y > p1.y && p1.y > p2.y, "a higher score is drawn higher")
            fuzzyCompare(p1.y - p0.y, p2.y - p1.y, 0.5) // equal steps for equal differences
            fuzzyCompare(p1.x - p0.x, p2.x - p1.x, 0.5) // periods equally spaced
        }

        function test_heatMapCells() {
            const strong = findChild(heat, "cell_0_0")
            const weak = findChild(heat, "cell_0_1")
            verify(strong && weak && findChild(heat, "cell_1_1"), "a cell per touchpoint and site")
            verify(strong.color.g > weak.color.g && strong.color.r < weak.color.r, "95 is greener than 55")
        }

        // The executives' gap: on a scale of ±20 points, +10 fills half the right side, -5 a
        // quarter of the left; no gap, no bar.
        function test_gapsEitherSideOfZero() {
            const above = findChild(gaps, "nps_0")
            const below = findChild(gaps, "nps_1")
            const half = above.parent.width / 2
            verify(half > 50, "the gap chart has no track")
            fuzzyCompare(above.x, half, 0.5)
            fuzzyCompare(above.width, half * 0.5, 0.5)
            fuzzyCompare(below.x + below.width, half, 0.5)
            fuzzyCompare(below.width, half * 0.25, 0.5)
            fuzzyCompare(above.width / below.width, 2, 0.01)
            compare(findChild(gaps, "nps_2").width, 0)
        }

        // Support lines: answer, menus and hold on one scale (the longest mean, 40 s); a moment no
        // call measured has no bar.
        function test_callBarsOnOneScale() {
            const line = findChild(calls, "line_0")
            const track = findChild(line, "track_0")
            verify(track && track.width > 100, "the call bars have no track")
            fuzzyCompare(findChild(line, "bar_0").width, track.width * 0.25, 0.5)
            fuzzyCompare(findChild(line, "bar_1").width, track.width * 0.5, 0.5)
            fuzzyCompare(findChild(line, "bar_2").width, track.width, 0.5)
            const other = findChild(calls, "line_1")
            fuzzyCompare(findChild(other, "bar_0").width, findChild(other, "track_0").width * 0.125, 0.5)
            compare(findChild(other, "bar_1").width, 0)
        }

        function test_lateExecutiveHighlighted() {
            const visit = findChild(executives, "visit_exec1")
            const call = findChild(executives, "call_exec1")
            verify(visit && call, "a figure per visit and call")
            compare(visit.late, false)
            compare(call.late, true)
            verify(Qt.colorEqual(call.color, Theme.bad), "never is highlighted")
            verify(call.x + call.width <= executives.width + 0.5, "the figure is not clipped")
        }

        function test_promisesKeptInProportion() {
            const kept = findChild(promises, "kept_0")
            fuzzyCompare(kept.width, kept.parent.width * 0.75, 0.5)
        }
    }

    // A regional manager reviews two audits (approves one, rejects the other with a reason) and
    // follows the approved one up with a corrective action owned by the store manager; the store
    // manager sees it, with no shopper named, and marks it done. Against the real server that
    // tst_manager_setup.cpp starts.
    TestCase {
        id: test
        name: "ManagerReview"
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

        // One role of every row of a list model.
        function column(model, role) {
            const values = []
            for (let i = 0; i < model.count; ++i)
                values.push(model.data(model.index(i, 0), role))
            return values
        }

        function signIn(user, page) {
            driver.waitScreen("signInPage")
            driver.type("usernameField", user)
            driver.type("passwordField", "touchpoint-demo")
            driver.tap("signInButton")
            driver.waitScreen(page)
            tryVerify(() => !FieldApp.manager.feed.loading && FieldApp.manager.feed.dataTimeText.indexOf("Data from") === 0,
                      10000, "the manager's data did not load")
        }

        function test_1_reviewAndAct() {
            signIn("manager1", "managerPage")
            const m = FieldApp.manager
            const feed = m.feed
            const review = m.review
            // The region filter: manager1 has one region; choosing it keeps it chosen after the reload.
            const regions = driver.waitFor("regionBox")
            compare(regions.count, 2)
            regions.currentIndex = 1
            regions.activated(1)
            tryVerify(() => !feed.loading && m.reports.region === "americas", 8000, "the region was not applied")
            compare(regions.currentText, "Americas")
            compare(column(m.reports.ranking, ChartRowModel.LabelRole).every(
                        label => ["Bend", "Portland Downtown", "Seattle Pine Street"].indexOf(label) >= 0
                                 || label.indexOf("Americas") >= 0), true)
            driver.tap("period_365") // the seeded visits are from March
            tryVerify(() => !feed.loading && review.audits.count === 2, 8000, "the audits of the year did not load")
            // Regional managers see the executives' own visits (the demo has two executives).
            verify(column(m.reports.executives, ExecutiveModel.LabelRole).indexOf("Eleanor Whitfield") >= 0, "exec1 is listed")
            verify(driver.find("executivesCard").visible, "the executives card is shown")
            compare(review.queue.count, 2, "the two seeded audits wait for review")
            const approve = column(review.queue, AuditListModel.UuidRole)[0]
            const reject = column(review.queue, AuditListModel.UuidRole)[1]

            // Reject one: the reason is required, the shopper reads it.
            driver.tap("reviewTab")
            driver.tap("audit_" + reject)
            driver.waitFor("reviewCard")
            compare(driver.find("rejectButton").enabled, false, "no rejection without a reason")
            driver.type("reviewReason", "The visit lasted 40 s.")
            driver.tap("rejectButton")
            tryVerify(() => review.audit.reviewState === ReviewState.Rejected, 8000, "the audit was not rejected")
            verify(review.audit.reviewText.indexOf("The visit lasted 40 s.") >= 0)
            driver.waitGone("reviewCard")
            driver.tap("backButton")
            tryVerify(() => !review.auditOpen)

            // Approve the other; then follow up its first failed or low item.
            tryVerify(() => !feed.loading && review.queue.count === 1, 8000, "the rejected audit left the queue")
            driver.tap("audit_" + approve)
            driver.waitFor("approveButton")
            driver.tap("approveButton")
            tryVerify(() => review.audit.reviewState === ReviewState.Approved && !feed.loading, 8000, "the audit was not approved")
            compare(review.audit.reviewText.indexOf("40 s"), -1, "the other audit's reason is not reused")
            const acting = column(review.audit.items, AuditItemModel.CanActRole).indexOf(true)
            verify(acting >= 0, "the approved audit has a failed or low item")
            const item = column(review.audit.items, AuditItemModel.ItemIdRole)[acting]
            driver.tap("act_" + item)
            driver.tap("ownerUser")
            driver.type("ownerField", "store1")
            driver.type("actionNote", "Fix this before the next visit.")
            driver.tap("createActionButton")
            tryVerify(() => !feed.loading && review.audit.actions.count === 1, 8000, "the action was not created")
            const actionId = column(review.audit.actions, ActionListModel.ActionIdRole)[0]
            compare(column(review.audit.actions, ActionListModel.OpenRole)[0], true)
            compare(column(review.audit.actions, ActionListModel.OwnerTextRole)[0], "Jordan Reyes")
            compare(feed.error, "")

            // Exports land in the app's data folder and say where.
            const exports = m.exports
            exports.exportAuditPdf()
            tryVerify(() => !exports.exporting && String(exports.exportUrl).endsWith(".pdf"), 10000, "no audit PDF")
            exports.exportAuditsCsv()
            tryVerify(() => String(exports.exportUrl).endsWith(".csv"), 5000, "no audits CSV")
            verify(exports.exportText.indexOf("exports") > 0, "the screen says where the file is")
            exports.exportAnswersCsv() // fetches every audit of the list whole, with progress
            tryVerify(() => !exports.exporting && String(exports.exportUrl).indexOf("answers-") > 0, 10000, "no answers CSV")
            exports.exportReportPdf()
            tryVerify(() => !exports.exporting && String(exports.exportUrl).indexOf("report-") > 0, 10000, "no report PDF")
            compare(feed.error, "")

            // The actions tab lists it, open.
            driver.tap("backButton")
            driver.tap("actionsTab")
            driver.waitFor("action_" + actionId)
            driver.tap("menuButton")
            const signOut = driver.findWhere(i => i.text === "Sign out" && i.triggered !== undefined)
            driver.tapItem(signOut, "Sign out")

            // The store manager sees the approved audit, nobody named, and closes the action.
            signIn("store1", "storePage")
            compare(m.isStoreManager, true)
            driver.tap("period_365") // the seeded visits are from March
            tryVerify(() => !feed.loading && review.audits.count > 0, 8000, "the store's audits did not load")
            verify(column(review.audits, AuditListModel.UuidRole).indexOf(approve) >= 0, "the store manager sees the approved audit")
            verify(column(review.audits, AuditListModel.UuidRole).indexOf(reject) < 0, "and not the rejected one")
            // Not the executives report (the server refuses it to store managers), and no error for it.
            compare(m.reports.executives.count, 0)
            compare(feed.error, "")
            for (const auditor of column(review.audits, AuditListModel.AuditorTextRole))
                verify(auditor.indexOf("exec1") < 0 && auditor.indexOf("Eleanor") < 0, "no auditor named")
            driver.tap("actionsTab")
            driver.tap("markDone_" + actionId)
            driver.type("doneNote", "Done with the team.")
            driver.tap("confirmDone")
            const actions = m.actions.actions
            const rowOf = () => column(actions, ActionListModel.ActionIdRole).indexOf(actionId)
            tryVerify(() => !feed.loading && rowOf() >= 0 && column(actions, ActionListModel.DoneRole)[rowOf()], 8000,
                      "the action is not done")
            compare(column(actions, ActionListModel.KeptRole)[rowOf()], true)
            compare(feed.error, "")
        }

        // At a desk: the same regional manager in a 1440 × 900 window. A side navigation
        // instead of tabs, the reports side by side, the audits as a table searched with
        // Ctrl+F, moved through with the arrows, opened with Enter beside the table and closed
        // with Escape; Ctrl+1/2/3 switch screens.
        function test_2_deskByKeyboard() {
            window.width = 1440
            window.height = 900
            if (FieldApp.session.signedIn)
                FieldApp.signOut()
            signIn("manager1", "managerPage")
            const m = FieldApp.manager
            const review = m.review
            verify(driver.find("sideNavigation") !== null, "no side navigation at a desk")
            compare(driver.find("reviewTab"), null, "the phone's tabs are hidden at a desk")
            compare(driver.find("reportsView").columns, 3, "the reports are three cards wide")
            driver.tap("period_365")
            tryVerify(() => !m.feed.loading && review.audits.count === 2, 8000, "the audits of the year did not load")

            driver.key(Qt.Key_2, Qt.ControlModifier)
            driver.waitFor("auditColumns")
            driver.tap("allAuditsButton")
            const list = driver.waitFor("auditList")
            tryCompare(list, "count", 2)
            waitForRendering(list)
            driver.key(Qt.Key_F, Qt.ControlModifier)
            const search = driver.find("auditSearch")
            tryVerify(() => search.activeFocus, 2000, "Ctrl+F does not reach the search field")
            // Each change waits for the table to settle, as a person's typing does: a list
            // changed while it still makes rows warns (DelegateModel::cancel).
            search.text = "Portland"
            tryCompare(list, "count", 0) // both audits are of the Bend store
            waitForRendering(list)
            search.text = "bend"
            tryCompare(list, "count", 2)
            waitForRendering(list)
            driver.key(Qt.Key_Down) // from the search field into the table
            tryVerify(() => list.activeFocus, 2000, "Down does not move into the table")
            driver.key(Qt.Key_Down)
            compare(list.currentIndex, 0)
            driver.key(Qt.Key_Down)
            compare(list.currentIndex, 1)
            driver.key(Qt.Key_Return)
            tryVerify(() => review.auditOpen && !m.feed.loading, 8000, "Enter did not open the audit")
            const detail = driver.waitFor("auditDetail")
            verify(detail.mapToItem(null, 0, 0).x >= list.mapToItem(null, 0, 0).x + list.width,
                   "the audit opens beside the table")
            compare(driver.find("backButton"), null, "no back button beside the table")
            verify(driver.find("auditList") !== null, "the table stays on screen")
            driver.key(Qt.Key_Escape)
            tryVerify(() => !review.auditOpen, 2000, "Escape did not close the audit")
            driver.waitFor("noAuditOpen")

            // The actions: a list, and the chosen action beside it.
            driver.key(Qt.Key_3, Qt.ControlModifier)
            driver.waitFor("actionMasterDetail")
            const actionList = driver.waitFor("actionList")
            tryVerify(() => !m.feed.loading && actionList.count > 0, 8000, "no actions in the list")
            tryVerify(() => actionList.activeFocus, 2000, "Ctrl+3 does not put the keys in the list")
            compare(actionList.currentIndex, 0, "the first action is not chosen")
            const actionDetail = driver.waitFor("actionDetail")
            compare(actionDetail.actionId, column(m.actions.actions, ActionListModel.ActionIdRole)[0])
            verify(actionDetail.mapToItem(null, 0, 0).x >= actionList.mapToItem(null, 0, 0).x + actionList.width,
                   "the action shows beside the list")
            compare(driver.find("actionCardList"), null, "no cards at a desk")

            // Their regions' stores and support lines, and no other region's, from the server.
            driver.key(Qt.Key_5, Qt.ControlModifier)
            driver.waitFor("sitesView")
            driver.waitFor("site_store-portland")
            driver.waitFor("site_support-americas")
            compare(driver.find("site_store-eindhoven"), null, "another region's store is listed")
            driver.key(Qt.Key_1, Qt.ControlModifier)
            driver.waitFor("reportsView")

            // Narrow again: the phone's layout comes back as it was.
            window.width = 412
            window.height = 915
            driver.waitFor("reviewTab")
            compare(driver.find("sideNavigation"), null)
            compare(driver.find("reportsView").columns, 1)
            driver.tap("actionsTab")
            driver.waitFor("actionCardList")
            compare(driver.find("actionList"), null, "a phone shows the actions as cards")
            // The stores from the menu; a tab leaves them.
            driver.tap("menuButton")
            driver.tap("storesItem")
            tryVerify(() => driver.find("storesItem") === null, 3000, "the menu does not close")
            driver.waitFor("site_store-seattle")
            compare(driver.find("site_store-north-lakes"), null, "another region's store is listed")
            driver.tap("site_store-seattle")
            tryVerify(() => driver.find("siteForm") !== null, 5000,
                      "the store does not open: " + FieldApp.admin.error)
            compare(FieldApp.admin.site.siteId, "store-seattle")
            FieldApp.admin.closeSite()
            driver.tap("reportsTab")
            driver.waitFor("reportsView")
        }
    }
}
