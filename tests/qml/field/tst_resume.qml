import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui
import ".."

// Leaving an audit half done and coming back to it, by tapping: an unverified check-in (the
// replayed GPS log is in Bend, the store in Australia), a mistaken moment undone, a few
// answers, back to the home screen; the assignment is in progress and reopens on the section
// that was on screen, with the answers shown and nothing lost in the database. (Resuming after
// the app was killed is tested in C++, where the app can be opened again on the same files.)
TestCase {
    id: test
    name: "Resume"
    when: windowShown

    property var window: null
    property string uuid: ""
    property var stepsDone: ({})

    function begin(step) {
        verify(step === 1 || stepsDone[step - 1] === true,
               "step " + step + " needs step " + (step - 1) + ", which failed")
    }

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
        verify(window !== null, "Main.qml did not load")
        driver.window = window
        tryVerify(() => window.visible && window.active, 5000, "the app window is not shown")
    }

    function cleanup() {
        compare(TestProbe.takeWarnings(), [], "warnings logged")
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
    }

    function test_1_checkInFarAway() {
        begin(1)
        driver.waitScreen("signInPage")
        driver.tap("demoUser_shopper1")
        driver.waitScreen("homePage")
        driver.tap("assignment_demo-north-lakes-visit")
        driver.waitScreen("checkInPage")
        uuid = FieldApp.audit.uuid
        const verdict = driver.waitFor("verdictText")
        tryVerify(() => FieldApp.audit.checkIn.hasFix, 10000, "no fix from the replayed log")
        verify(verdict.text.indexOf("would be unverified") >= 0, verdict.text)
        verify(verdict.text.indexOf("km from the store") >= 0, verdict.text)
        compare(driver.waitFor("checkInButton").text, "Check in unverified")
        driver.tap("checkInButton")
        driver.waitScreen("visitPage")
        verify(driver.waitFor("checkInSummary").text.indexOf("Unverified") === 0)
        const stored = TestProbe.storedAudit(uuid)
        compare(stored.checkInStatus, "too-far")
        verify(stored.checkInDistance > 10000000, "distance " + stored.checkInDistance) // Bend to Brisbane
        stepsDone[1] = true
    }

    function test_2_undoAMistakenMoment() {
        begin(2)
        const entered = driver.tap("moment_entered")
        tryVerify(() => entered.selected, 2000, "entered was not recorded")
        wait(30)
        const served = driver.tap("moment_served")
        tryVerify(() => served.selected, 2000, "served was not recorded")
        driver.tap("undoMomentButton")
        tryVerify(() => !served.selected, 2000, "the undo did not remove served")
        verify(entered.selected)
        compare(TestProbe.storedAudit(uuid).audit.timeline.map(e => e.event), ["entered"])
        stepsDone[2] = true
    }

    function test_3_answerSomeAndLeave() {
        begin(3)
        driver.tap("toQuestionsButton")
        driver.waitScreen("questionsPage")
        tryVerify(() => driver.waitFor("sectionTitle").text === "Storefront", 3000)
        driver.waitQuestionsLoaded()
        driver.tapAnswer("hours_posted", true)
        driver.tapAnswer("window_display", 3)
        driver.tap("nextButton")
        tryVerify(() => driver.waitFor("sectionTitle").text === "Store condition", 3000)
        driver.waitQuestionsLoaded()
        driver.tapAnswer("floor_clean", false)
        // A note, typed and saved as it is typed.
        driver.tap("noteButton_floor_clean")
        driver.type("note_floor_clean", "Spilt drink by the till.")
        tryVerify(() => {
            const answer = TestProbe.storedAudit(uuid).audit.answers.floor_clean
            return answer !== undefined && answer.note === "Spilt drink by the till."
        }, 3000, "the note was not saved")

        driver.tap("backButton")
        driver.waitScreen("homePage")
        compare(FieldApp.audit, null)
        const assignment = driver.waitFor("assignment_demo-north-lakes-visit")
        compare(assignment.inProgress, true)
        stepsDone[3] = true
    }

    function test_4_reopenWhereItWas() {
        begin(4)
        driver.tap("assignment_demo-north-lakes-visit")
        driver.waitScreen("questionsPage")
        compare(FieldApp.audit.uuid, uuid) // the same audit, not a new one
        compare(FieldApp.audit.stage, Stage.Questions)
        compare(FieldApp.audit.currentSection, 1)
        tryVerify(() => driver.waitFor("sectionTitle").text === "Store condition", 3000,
                  "reopened on another section")
        driver.waitQuestionsLoaded()
        tryVerify(() => driver.findAnswer("floor_clean", false) !== null
                        && driver.findAnswer("floor_clean", false).selected, 3000,
                  "the saved No is not shown")
        verify(!driver.findAnswer("floor_clean", true).selected)
        driver.tap("previousButton")
        tryVerify(() => driver.waitFor("sectionTitle").text === "Storefront", 3000)
        driver.waitQuestionsLoaded()
        tryVerify(() => driver.findAnswer("hours_posted", true).selected, 3000)
        verify(driver.findAnswer("window_display", 3).selected)
        verify(!driver.findAnswer("window_display", 5).selected)

        const stored = TestProbe.storedAudit(uuid)
        compare(stored.state, "in_progress")
        compare(TestProbe.auditUuids("shopper1"), [uuid])
        const answers = stored.audit.answers
        compare(Object.keys(answers).sort(), ["floor_clean", "hours_posted", "window_display"])
        compare(answers.floor_clean.value, false)
        compare(answers.floor_clean.note, "Spilt drink by the till.")
        compare(answers.hours_posted.value, true)
        compare(answers.window_display.value, 3)
        compare(TestProbe.outboxCount(), 0) // nothing is sent before it is submitted
        stepsDone[4] = true
    }
}
