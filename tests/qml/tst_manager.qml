import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui

Item {
    id: root
    width: 412
    height: 915

    Item {
        id: box
        width: 400
        height: 900
        Column {
            width: parent.width
            BarChart {
                id: bars
                rows: [{ label: "Bend", value: 90, text: "90.0", hasValue: true },
                       { label: "Portland", value: 45, text: "45.0", hasValue: true },
                       { label: "Seattle", value: 0, text: "–", hasValue: false }]
            }
            NpsChart {
                id: nps
                rows: [{ label: "Bend", value: 50, text: "50", hasValue: true, promoters: 6, detractors: 1 },
                       { label: "Portland", value: -25, text: "-25", hasValue: true, promoters: 1, detractors: 3 }]
            }
            SpreadChart {
                id: spread
                rows: [{ label: "Greeting", min: 60, max: 90, mean: 75, sd: 12, text: "60–90 · σ 12" }]
            }
            TrendChart {
                id: trend
                points: [{ label: "Jan", value: 70, text: "70", hasValue: true },
                         { label: "Feb", value: 80, text: "80", hasValue: true },
                         { label: "Mar", value: 90, text: "90", hasValue: true }]
            }
            HeatMap {
                id: heat
                grid: ({ columns: ["Bend", "Portland"],
                         rows: [{ label: "Greeting", cells: [{ value: 95, text: "95", hasValue: true },
                                                             { value: 55, text: "55", hasValue: true }] },
                                { label: "Checkout", cells: [{ value: 80, text: "80", hasValue: true },
                                                             { value: 0, text: "–", hasValue: false }] }] })
            }
            NpsChart {
                id: gaps
                maxValue: 20
                rows: [{ label: "Bend", value: 10, text: "10.0", hasValue: true, detail: "90 vs 80" },
                       { label: "Portland", value: -5, text: "-5.0", hasValue: true, detail: "70 vs 75" },
                       { label: "Seattle", value: 0, text: "–", hasValue: false, detail: "88 vs –" }]
            }
            CallBars {
                id: calls
                rows: [{ label: "Support", callsText: "3 calls", answer: 10, menus: 20, hold: 40,
                         answerText: "10 s", menusText: "20 s", holdText: "40 s",
                         transfersText: "0.5", resolvedText: "67 %" },
                       { label: "Returns", callsText: "1 call", answer: 5, menus: -1, hold: -1,
                         answerText: "5.0 s", menusText: "–", holdText: "–",
                         transfersText: "–", resolvedText: "–" }]
            }
            ExecutiveVisits {
                id: executives
                rows: [{ user: "exec1", label: "Eleanor", visitText: "3 days ago", visitLate: false,
                         callText: "never", callLate: true }]
            }
            PromiseBars {
                id: promises
                rows: [{ label: "Bend", kept: 3, broken: 1, open: 0, overdue: 0, actions: 4, keptText: "75 % kept" }]
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
    // manager sees it, with no shopper named, and marks it done. Against the real server
    // (tst_manager); tst_qml has no server, so there this case is optional and does not run.
    TestCase {
        id: test
        name: "ManagerReview"
        when: windowShown && FieldApp.sync.enabled
        optional: true

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
            if (FieldApp.signedIn)
                FieldApp.signOut()
            window.destroy()
        }

        function signIn(user, page) {
            driver.waitScreen("signInPage")
            driver.type("usernameField", user)
            driver.type("passwordField", "touchpoint-demo")
            driver.tap("signInButton")
            driver.waitScreen(page)
            tryVerify(() => !FieldApp.manager.loading && FieldApp.manager.dataTimeText.indexOf("Data from") === 0,
                      10000, "the manager's data did not load")
        }

        function test_1_reviewAndAct() {
            signIn("manager1", "managerPage")
            const m = FieldApp.manager
            // The region filter: manager1 has one region; choosing it keeps it chosen after the reload.
            const regions = driver.waitFor("regionBox")
            compare(regions.count, 2)
            regions.currentIndex = 1
            regions.activated(1)
            tryVerify(() => !m.loading && m.region === "americas", 8000, "the region was not applied")
            compare(regions.currentText, "Americas")
            compare(m.ranking.every(r => ["Bend", "Portland Downtown", "Seattle Pine Street"].indexOf(r.label) >= 0
                                         || r.label.indexOf("Americas") >= 0), true)
            driver.tap("period_365") // the seeded visits are from March
            tryVerify(() => !m.loading && m.audits.length === 2, 8000, "the audits of the year did not load")
            // Regional managers see the executives' own visits (the demo has two executives).
            verify(m.executiveRows.some(e => e.label === "Eleanor Whitfield"), "exec1 is listed")
            verify(driver.find("executivesCard").visible, "the executives card is shown")
            compare(m.reviewQueue.length, 2, "the two seeded audits wait for review")
            const approve = m.reviewQueue[0].uuid
            const reject = m.reviewQueue[1].uuid

            // Reject one: the reason is required, the shopper reads it.
            driver.tap("reviewTab")
            driver.tap("audit_" + reject)
            driver.waitFor("reviewCard")
            compare(driver.find("rejectButton").enabled, false, "no rejection without a reason")
            driver.type("reviewReason", "The visit lasted 40 s.")
            driver.tap("rejectButton")
            tryVerify(() => m.audit.state === "rejected", 8000, "the audit was not rejected")
            verify(m.audit.reviewText.indexOf("The visit lasted 40 s.") >= 0)
            driver.waitGone("reviewCard")
            driver.tap("backButton")
            tryVerify(() => !m.auditOpen)

            // Approve the other; then follow up its first failed or low item.
            tryVerify(() => !m.loading && m.reviewQueue.length === 1, 8000, "the rejected audit left the queue")
            driver.tap("audit_" + approve)
            driver.waitFor("approveButton")
            driver.tap("approveButton")
            tryVerify(() => m.audit.state === "approved" && !m.loading, 8000, "the audit was not approved")
            compare(m.audit.reviewText.indexOf("40 s"), -1, "the other audit's reason is not reused")
            const item = m.audit.items.filter(i => i.canAct)[0]
            verify(item !== undefined, "the approved audit has a failed or low item")
            driver.tap("act_" + item.item)
            driver.tap("ownerUser")
            driver.type("ownerField", "store1")
            driver.type("actionNote", "Fix this before the next visit.")
            driver.tap("createActionButton")
            tryVerify(() => !m.loading && (m.audit.actions || []).length === 1, 8000, "the action was not created")
            const action = m.audit.actions[0]
            compare(action.state, "open")
            compare(action.ownerText, "Jordan Reyes")
            compare(m.error, "")

            // Exports land in the app's data folder and say where.
            m.exportAuditPdf()
            tryVerify(() => !m.exporting && String(m.exportUrl).endsWith(".pdf"), 10000, "no audit PDF")
            m.exportAuditsCsv()
            tryVerify(() => String(m.exportUrl).endsWith(".csv"), 5000, "no audits CSV")
            verify(m.exportText.indexOf("exports") > 0, "the screen says where the file is")
            m.exportAnswersCsv() // fetches every audit of the list whole, with progress
            tryVerify(() => !m.exporting && String(m.exportUrl).indexOf("answers-") > 0, 10000, "no answers CSV")
            m.exportReportPdf()
            tryVerify(() => !m.exporting && String(m.exportUrl).indexOf("report-") > 0, 10000, "no report PDF")
            compare(m.error, "")

            // The actions tab lists it, open.
            driver.tap("backButton")
            driver.tap("actionsTab")
            driver.waitFor("action_" + action.id)
            driver.tap("menuButton")
            const signOut = driver.findWhere(i => i.text === "Sign out" && i.triggered !== undefined)
            driver.tapItem(signOut, "Sign out")

            // The store manager sees the approved audit, nobody named, and closes the action.
            signIn("store1", "storePage")
            compare(m.isStoreManager, true)
            driver.tap("period_365") // the seeded visits are from March
            tryVerify(() => !m.loading && m.audits.length > 0, 8000, "the store's audits did not load")
            verify(m.audits.some(a => a.uuid === approve), "the store manager sees the approved audit")
            verify(!m.audits.some(a => a.uuid === reject), "and not the rejected one")
            // Not the executives report (the server refuses it to store managers), and no error for it.
            compare(m.executiveRows.length, 0)
            compare(m.error, "")
            for (const a of m.audits)
                verify(a.auditorText.indexOf("exec1") < 0 && a.auditorText.indexOf("Eleanor") < 0, "no auditor named")
            driver.tap("actionsTab")
            driver.tap("markDone_" + action.id)
            driver.type("doneNote", "Done with the team.")
            driver.tap("confirmDone")
            tryVerify(() => !m.loading && m.actions.some(a => a.id === action.id && a.state === "done"), 8000,
                      "the action is not done")
            compare(m.actions.filter(a => a.id === action.id)[0].outcome, "kept")
            compare(m.error, "")
        }
    }
}
