import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui
import ".."

// The site form's tools, against the real server tst_manager_setup.cpp starts. On a phone
// (412 × 915) an admin edits the Portland store's week by taps: the day names show whole, a
// closing time before the opening time comes back from the server as words under its day, and
// the corrected week is stored in its canonical form; the store's position comes from the
// device (the NMEA log the test app replays). At a desk (1440 × 900) the North Lakes store is
// opened and its week edited by keys, and its check-ins are drawn to scale: two inside its
// circle, one outside.
Item {
    id: root
    width: 412
    height: 915

    TestCase {
        id: test
        name: "AdminSites"
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

        function signIn(user, password, page) {
            driver.waitScreen("signInPage")
            driver.type("usernameField", user)
            driver.type("passwordField", password)
            driver.tap("signInButton")
            driver.waitScreen(page)
        }

        function signOut() {
            driver.tap("menuButton")
            const item = driver.findWhere(i => i.text === "Sign out" && i.triggered !== undefined)
            driver.tapItem(item, "Sign out")
        }

        function retype(objectName, text) {
            driver.find(objectName).clear()
            driver.type(objectName, text)
        }

        function test_1_hoursAndPositionOnAPhone() {
            window.width = 412
            window.height = 915
            signIn("admin", "touchpoint-demo", "adminPage")
            const admin = FieldApp.admin
            tryVerify(() => !admin.busy && admin.sites.count > 0, 10000, "the sites did not load")
            driver.tap("sitesTab")
            driver.tap("site_store-portland")
            driver.waitFor("siteForm")
            const week = admin.site.openingHours
            compare(week.count, 7)

            // Every day's name whole, on one line, at 412 px.
            for (let day = 1; day <= 7; ++day) {
                const name = driver.find("hoursDayName_" + day)
                verify(name !== null, "no name for day " + day)
                driver.scrollIntoView(name)
                compare(name.text, Qt.locale().standaloneDayName(day % 7, Locale.LongFormat))
                verify(!name.truncated, name.text + " is cut")
                compare(name.lineCount, 1, name.text + " wraps")
                verify(name.contentWidth <= name.width + 0.5, name.text + " is wider than its place")
            }

            // Monday to Saturday 09:00-18:00 (Tuesday mistyped as closing at 08:00), Sunday closed.
            for (let day = 1; day <= 6; ++day) {
                driver.type("hoursOpens_" + day, "09:00")
                driver.type("hoursCloses_" + day, day === 2 ? "08:00" : "18:00")
            }
            driver.tap("hoursClosed_7")
            verify(driver.find("hoursClosed_7").checked, "the switch does not close Sunday")
            verify(!driver.find("hoursOpens_7").enabled, "a closed day's times can still be typed")
            driver.tap("saveSiteButton")
            tryVerify(() => !admin.busy && admin.error !== "", 10000, "the bad week was not refused")
            const problem = driver.waitFor("hoursProblem_2")
            compare(problem.text, "It closes before it opens.")
            verify(week.hasProblems)
            compare(driver.find("hoursProblem_1"), null, "Monday is shown as wrong too")

            retype("hoursCloses_2", "18:00")
            verify(!problem.visible, "the problem stays once the day is changed")
            driver.tap("saveSiteButton")
            tryVerify(() => !admin.busy && admin.notice.indexOf("saved") >= 0, 10000,
                      "the week was not saved: " + admin.error)
            driver.tap("closeSiteButton")
            driver.waitFor("siteList")
            admin.editSite("store-portland")
            // As stored: the server's canonical form, read back into the week.
            compare(driver.waitFor("hoursOpens_3").text, "09:00")
            compare(driver.find("hoursCloses_6").text, "18:00")
            verify(driver.find("hoursClosed_7").checked)

            // The device's position, from the log the test app replays.
            const latitude = admin.site.latitude
            driver.tap("usePositionButton")
            tryVerify(() => !admin.sitePosition.busy && admin.sitePosition.status !== "", 20000,
                      "no answer from the position source")
            verify(!admin.sitePosition.failed, admin.sitePosition.status)
            verify(admin.sitePosition.status.indexOf("within") >= 0,
                   "the accuracy is not shown: " + admin.sitePosition.status)
            verify(admin.site.latitude !== latitude, "the latitude was not filled in")
            compare(driver.find("siteLatitudeInput").text, admin.site.latitude)
            verify(driver.find("positionStatus").visible)
            admin.closeSite() // not saved: Portland keeps its own position
            signOut()
        }

        function test_2_weekByKeysAndCheckInsAtADesk() {
            window.width = 1440
            window.height = 900
            signIn("admin", "touchpoint-demo", "adminPage")
            const admin = FieldApp.admin
            tryVerify(() => !admin.busy && admin.sites.count > 0, 10000, "the sites did not load")
            driver.key(Qt.Key_3, Qt.ControlModifier)
            const list = driver.waitFor("siteList")
            driver.type("siteSearch", "North Lakes")
            tryVerify(() => driver.find("site_store-bend") === null, 3000, "the search does not narrow the list")
            driver.key(Qt.Key_Down)
            tryVerify(() => list.activeFocus, 2000, "Down does not move into the list")
            // Down walks the rows in their order, the ones the search hides included.
            for (let i = 0; i < admin.sites.count && admin.sites.siteIdAt(list.currentIndex) !== "store-north-lakes"; ++i)
                driver.key(Qt.Key_Down)
            compare(admin.sites.siteIdAt(list.currentIndex), "store-north-lakes")
            driver.key(Qt.Key_Return)
            tryVerify(() => admin.site.open && admin.site.siteId === "store-north-lakes", 2000,
                      "Enter does not open the store")

            // The drawing: the radius to scale, two check-ins inside, one outside.
            const checkIns = admin.siteCheckIns
            tryVerify(() => !checkIns.loading && checkIns.count === 3, 10000,
                      "the check-ins did not load: " + checkIns.summary)
            compare(checkIns.insideCount, 2)
            compare(checkIns.outsideCount, 1)
            compare(checkIns.radius, 120)
            const drawing = driver.waitFor("checkInDrawing")
            driver.scrollIntoView(drawing)
            const canvas = driver.find("checkInCanvas")
            verify(canvas.visible && canvas.width > 0 && canvas.height > 0)
            // The farthest check-in (222 m) and the circle fit in the drawing.
            verify(checkIns.farthest > 215 && checkIns.farthest < 230, "farthest " + checkIns.farthest)
            const half = Math.min(canvas.width, canvas.height) / 2
            verify(checkIns.farthest / drawing.metresPerPixel <= half, "the outside check-in is off the drawing")
            verify(checkIns.radius / drawing.metresPerPixel > 20, "the circle is too small to see")
            const scaleText = driver.find("checkInScaleLabel").text
            verify(/^\d+ (m|km)$/.test(scaleText), "scale bar label " + scaleText)
            compare(driver.find("checkInSummary").text, "2 check-in(s) inside the circle, 1 outside.")
            waitForRendering(canvas)
            verify(canvas.available, "the canvas cannot paint")

            // Saturday by keys: focus its opening time, type, Tab to the closing time, type.
            const saturdayOpens = driver.find("hoursOpens_6")
            driver.scrollIntoView(saturdayOpens)
            saturdayOpens.forceActiveFocus()
            for (const c of "10:00")
                keyClick(c)
            driver.key(Qt.Key_Tab)
            tryVerify(() => driver.find("hoursCloses_6").activeFocus, 2000, "Tab does not reach the closing time")
            for (const c of "16:00")
                keyClick(c)
            // Sunday closed by the keyboard: Tab moves on to its switch, Space turns it on.
            driver.key(Qt.Key_Tab)
            tryVerify(() => driver.find("hoursClosed_7").activeFocus, 2000, "Tab does not reach Sunday's switch")
            driver.key(Qt.Key_Space)
            verify(driver.find("hoursClosed_7").checked, "Space does not close Sunday")
            driver.tap("saveSiteButton")
            tryVerify(() => !admin.busy && admin.notice.indexOf("saved") >= 0, 10000,
                      "the week was not saved: " + admin.error)
            compare(driver.find("hoursOpens_6").text, "10:00")
            verify(driver.find("hoursClosed_7").checked)
            driver.key(Qt.Key_Escape)
            tryVerify(() => !admin.site.open, 2000, "Escape does not close the form")
            driver.find("siteSearch").clear()
            signOut()
        }
    }
}
