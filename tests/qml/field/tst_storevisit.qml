import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui
import ".."

// A whole mystery-shop store visit, tapped through the real screens: sign in as shopper1, open
// the Bend assignment, check in on the replayed GPS log, tap the five moments, answer every
// question, submit. Then the audit saved in the device database and its score are checked.
//
// The functions run in name order and continue one visit; the window lives for the whole file.
TestCase {
    id: test
    name: "StoreVisit"
    when: windowShown

    property var window: null
    property string uuid: ""
    property string systemLocale: ""
    // Each step continues an earlier one (by default the one before): a step whose
    // predecessor failed fails at once instead of waiting for screens that cannot come.
    property var stepsDone: ({})

    function begin(step, needs) {
        const before = needs === undefined ? step - 1 : needs
        verify(before === 0 || stepsDone[before] === true,
               "step " + step + " needs step " + before + ", which failed")
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
        // A shopper whose phone writes numbers the Dutch way: 12,5 and 97,8 %.
        systemLocale = TestProbe.setLocale("nl_BE")
        window = mainWindow.createObject(test)
        verify(window !== null, "Main.qml did not load")
        driver.window = window
        tryVerify(() => window.visible && window.active, 5000, "the app window is not shown")
    }

    // Any warning (a QML binding error, a failed component) fails the step that caused it.
    function cleanup() {
        compare(TestProbe.takeWarnings(), [], "warnings logged")
    }

    function cleanupTestCase() {
        if (window)
            window.destroy()
        TestProbe.setLocale(systemLocale)
    }

    function answerOf(stored, itemId) {
        return stored.audit.answers[itemId]
    }

    function test_1_signInAsShopper() {
        begin(1)
        driver.waitScreen("signInPage")
        driver.tap("demoUser_shopper1")
        driver.waitScreen("homePage")
        compare(FieldApp.session.username, "shopper1")
        // A hired shopper gets no self-audit buttons, only assignments.
        compare(driver.find("visitStoreButton"), null)
        driver.waitFor("assignment_demo-bend-visit")
        stepsDone[1] = true
    }

    function test_2_checkInOnTheReplayedFix() {
        begin(2)
        driver.tap("assignment_demo-bend-visit")
        driver.waitScreen("checkInPage")
        verify(FieldApp.audit !== null)
        uuid = FieldApp.audit.uuid
        verify(uuid.length === 36, "uuid " + uuid)
        // The NMEA log of a receiver at the Bend store gives a fix within about a second.
        const verdict = driver.waitFor("verdictText")
        tryVerify(() => verdict.text.indexOf("will be verified") >= 0, 10000,
                  "no verified fix: " + verdict.text)
        const button = driver.waitFor("checkInButton")
        compare(button.text, "Check in")
        driver.tap("checkInButton")
        driver.waitScreen("visitPage")
        const summary = driver.waitFor("checkInSummary")
        verify(summary.text.indexOf("Verified") === 0, summary.text)
        stepsDone[2] = true
    }

    function test_3_tapTheMoments() {
        begin(3)
        const moments = ["entered", "greeted", "served", "paid", "left"]
        for (const event of moments) {
            if (event === "greeted")
                wait(1200) // a greeting after 1.2 s: time to greet is measured, and under 30 s
            const button = driver.tap("moment_" + event)
            tryVerify(() => button.selected, 2000, event + " was not recorded")
            wait(30) // distinct elapsed times
        }
        compare(FieldApp.audit.hasMoment("left"), true)
        driver.tap("toQuestionsButton")
        driver.waitScreen("questionsPage")
        stepsDone[3] = true
    }

    // Answers the current section: `steps` is a list of functions, each tapping one answer.
    function answerSection(title, steps) {
        const label = driver.waitFor("sectionTitle")
        tryVerify(() => label.text === title, 3000, "section " + label.text + " instead of " + title)
        driver.waitQuestionsLoaded()
        for (const step of steps)
            step()
    }

    function tapYes(itemId) { return () => driver.tapAnswer(itemId, true) }
    function tapNo(itemId) { return () => driver.tapAnswer(itemId, false) }
    function tapScale(itemId, n) { return () => driver.tapAnswer(itemId, n) }
    function tapOption(itemId, option) { return () => driver.tapAnswer(itemId, option) }

    function next() {
        driver.tap("nextButton")
    }

    function test_4_answerEveryQuestion() {
        begin(4)
        // Storefront: the photo cannot come from a file dialog offscreen, so it is the one
        // answer not given by a tap: the file the dialog would return is added directly.
        answerSection("Storefront", [
            () => {
                const photo = TestProbe.makePhoto("storefront")
                verify(photo.toString().length > 0, "no test photo")
                verify(FieldApp.audit.addPhoto("storefront_photo", photo), FieldApp.audit.lastError)
                const card = driver.waitFor("question_storefront_photo")
                tryVerify(() => card.answered, 2000, "the photo does not count as an answer")
            },
            tapScale("window_display", 5),
            tapYes("hours_posted"),
            tapYes("entrance_clear"),
        ])
        next()

        answerSection("Store condition", [
            tapYes("floor_clean"),
            tapScale("shelves_stocked", 4),
            tapYes("prices_shown"),
            () => {
                const na = driver.tap("na_fitting_rooms_clean")
                tryVerify(() => na.checked, 2000, "N/A did not stick")
            },
            () => {
                for (let i = 0; i < 3; ++i)
                    driver.tap("plus_staff_on_floor")
            },
        ])
        next()

        answerSection("Greeting", [
            tapOption("greeting_manner", "polite"),
            tapYes("respectful"),
        ])
        next()

        answerSection("Product advice", [
            () => {
                // Both follow-up questions appear only once staff helped.
                compare(driver.find("question_product_knowledge"), null)
                driver.tapAnswer("helped_by_staff", true)
                driver.waitFor("question_needs_questions")
                driver.waitFor("question_product_knowledge")
            },
            () => {
                for (const option of ["activity", "conditions", "budget", "fit"]) {
                    driver.tapAnswer("needs_questions", option)
                    // Ticking rebuilds the boxes: look the box up again.
                    tryVerify(() => driver.findAnswer("needs_questions", option).checked, 2000,
                              option + " not ticked")
                }
            },
            () => {
                // A poor rating asks whether they looked the answer up; a good one does not.
                driver.tapAnswer("product_knowledge", 2)
                driver.waitFor("question_found_answer")
                driver.tapAnswer("product_knowledge", 5)
                driver.waitGone("question_found_answer")
            },
            tapYes("no_hoops"),
        ])
        next()

        answerSection("Checkout", [
            () => driver.tap("plus_queue_length"),
            tapYes("charge_correct"),
            tapNo("no_signup_pressure"),
            () => {
                const field = driver.type("number_receipt_total", "12,5")
                keyClick(Qt.Key_Return)
                tryVerify(() => TestProbe.storedAudit(uuid).audit.answers.receipt_total !== undefined,
                          3000, "the receipt total was not saved")
                compare(TestProbe.storedAudit(uuid).audit.answers.receipt_total.value, 12.5)
                // Shown back as typed; leaving the field must not save it again as 125.
                compare(field.text, "12,5")
            },
        ])
        next()

        answerSection("Farewell", [
            tapYes("thanked"),
            tapYes("invited_back"),
            () => {
                // A detractor's score asks why; changing it to a promoter's hides the question.
                driver.tapAnswer("nps", 6)
                driver.waitFor("question_nps_reason")
                driver.tapAnswer("nps", 9)
                driver.waitGone("question_nps_reason")
            },
            () => {
                driver.type("text_comments", "Quick and friendly.")
                // Text is saved a moment after typing stops.
                tryVerify(() => {
                    const answer = TestProbe.storedAudit(uuid).audit.answers.comments
                    return answer !== undefined && answer.value === "Quick and friendly."
                }, 3000, "the comment was not saved")
            },
        ])
        const unanswered = TestProbe.scoreJson(uuid).items.filter(i => i.state === "unanswered").map(i => i.item)
        compare(unanswered, [], "unanswered items")
        compare(FieldApp.audit.summary.answeredCount, FieldApp.audit.summary.shownCount)
        next()
        driver.waitScreen("summaryPage")
        stepsDone[4] = true
    }

    function test_5_submit() {
        begin(5)
        const submit = driver.waitFor("submitButton")
        verify(submit.enabled, "submit is disabled; items missing: " + FieldApp.audit.summary.missingRequired.count)
        compare(FieldApp.audit.summary.missingRequired.count, 0)
        compare(TestProbe.outboxCount(), 0)
        driver.tap("submitButton")
        driver.waitFor("submittedText")
        driver.waitFor("doneButton")
        compare(driver.find("submitButton"), null)
        stepsDone[5] = true
    }

    function test_6_savedAudit() {
        begin(6)
        const stored = TestProbe.storedAudit(uuid)
        verify(stored.audit !== undefined, "no stored audit " + uuid)
        const audit = stored.audit
        compare(stored.state, "submitted")
        compare(audit.mode, "mystery_shop")
        compare(audit.auditor, "shopper1")
        compare(audit.site, "store-bend")
        compare(audit.assignment, "demo-bend-visit")
        compare(audit.script.id, "store-visit")
        verify(audit.submittedAt !== undefined && audit.submittedAt.length > 0)

        // Checked in on a fix at the store.
        compare(stored.checkInStatus, "verified")
        verify(audit.checkIn !== undefined, "no check-in position")
        fuzzyCompare(audit.checkIn.latitude, 44.0688, 0.01)
        fuzzyCompare(audit.checkIn.longitude, -121.3142, 0.01)
        verify(stored.checkInDistance <= 100, "distance " + stored.checkInDistance)

        // The five moments, once each, in order.
        compare(audit.timeline.map(e => e.event), ["entered", "greeted", "served", "paid", "left"])
        for (let i = 1; i < audit.timeline.length; ++i)
            verify(audit.timeline[i].elapsedMs > audit.timeline[i - 1].elapsedMs, "moment " + i)
        const greetMs = audit.timeline[1].elapsedMs - audit.timeline[0].elapsedMs
        verify(greetMs >= 1100 && greetMs < 30000, "time to greet " + greetMs + " ms")

        // Every answer as tapped.
        const answers = audit.answers
        compare(answers.storefront_photo.photos.length, 1)
        verify(/^[0-9a-f]{64}$/.test(answers.storefront_photo.photos[0]))
        compare(answers.window_display.value, 5)
        compare(answers.hours_posted.value, true)
        compare(answers.entrance_clear.value, true)
        compare(answers.floor_clean.value, true)
        compare(answers.shelves_stocked.value, 4)
        compare(answers.prices_shown.value, true)
        compare(answers.fitting_rooms_clean.na, true)
        compare(answers.fitting_rooms_clean.value, undefined)
        compare(answers.staff_on_floor.value, 3)
        compare(answers.greeting_manner.value, "polite")
        compare(answers.respectful.value, true)
        compare(answers.helped_by_staff.value, true)
        compare(answers.needs_questions.value.slice().sort(), ["activity", "budget", "conditions", "fit"])
        compare(answers.product_knowledge.value, 5)
        compare(answers.no_hoops.value, true)
        compare(answers.queue_length.value, 1)
        compare(answers.charge_correct.value, true)
        compare(answers.no_signup_pressure.value, false)
        compare(answers.receipt_total.value, 12.5)
        compare(answers.thanked.value, true)
        compare(answers.invited_back.value, true)
        compare(answers.nps.value, 9)
        compare(answers.comments.value, "Quick and friendly.")
        // Measured from the moments, never typed; and nothing else was answered.
        for (const metricItem of ["time_to_greet", "wait_to_be_served", "time_to_pay", "visit_length"])
            compare(answers[metricItem], undefined, metricItem)
        compare(Object.keys(answers).sort(), [
            "charge_correct", "comments", "entrance_clear", "fitting_rooms_clean", "floor_clean",
            "greeting_manner", "helped_by_staff", "hours_posted", "invited_back", "needs_questions",
            "no_hoops", "no_signup_pressure", "nps", "prices_shown", "product_knowledge",
            "queue_length", "receipt_total", "respectful", "shelves_stocked", "staff_on_floor",
            "storefront_photo", "thanked", "window_display"])

        // Queued for the server in the same transaction as the submit.
        const outbox = TestProbe.outbox()
        compare(outbox.length, 1)
        compare(outbox[0].audit, uuid)
        compare(outbox[0].contentSha256, stored.contentSha256)
        stepsDone[6] = true
    }

    function test_7_score() {
        begin(7, 5) // the score needs the submitted audit only
        // Worked out by hand from assets/demo/scripts/store-visit.json (section weight in []):
        //   Storefront [1]:      photo unscored; display 5 of 1-5 = 2/2; hours 1/1; entrance 1/1 = 4/4 = 100
        //   Store condition [1]: floor 1/1; shelves 4 -> band 1/1; prices 1/1; fitting rooms N/A;
        //                        staff count unscored = 3/3 = 100
        //   Greeting [2]:        greeted after ~1.2 s (<= 30 s) 4/4; "polite" 2/3; respectful 2/2
        //                        = 8/9 = 88.888.. -> 88.89
        //   Product advice [3]:  served within 120 s 3/3; helped 2/2; all 4 needs 4/4;
        //                        knowledge 5 = 4/4; found_answer hidden; no hoops 2/2 = 15/15 = 100
        //   Checkout [2]:        1 ahead in the queue 2/2; paid within 600 s 2/2; charge 3/3;
        //                        no sign-up pressure ("no" is good) 1/1; total unscored = 8/8 = 100
        //   Farewell [1]:        thanked 1/1; invited back 1/1; length, NPS, comment unscored = 2/2 = 100
        //   Overall = (100 + 100 + 2 x 88.89 + 3 x 100 + 2 x 100 + 100) / 10 = 977.78 / 10 = 97.78
        //   Sales department = (2 x 88.89 + 3 x 100) / 5 = 95.556 -> 95.56
        const score = TestProbe.scoreJson(uuid)
        compare(score.overall, 97.78)
        compare(score.uncapped, 97.78)
        compare(score.passed, true)
        compare(score.complete, true)
        compare(score.criticalFailures, [])
        compare(score.sections.map(s => s.percent), [100, 100, 88.89, 100, 100, 100])
        compare(score.sections[2].earned, 8)
        compare(score.sections[2].possible, 9)
        const sales = score.departments.find(d => d.department === "sales")
        compare(sales.percent, 95.56)
        compare(score.nps.value, 9)
        compare(score.nps.category, "promoter")
        verify(score.metrics.timeToGreet >= 1.1 && score.metrics.timeToGreet < 30, score.metrics.timeToGreet)
        compare(score.timelineProblems, [])

        // The phone stored the same figure at submit, and the summary shows it.
        compare(TestProbe.storedAudit(uuid).overall, 97.78)
        compare(TestProbe.storedAudit(uuid).passed, true)
        const overall = driver.waitFor("overallText")
        compare(overall.text, "97,8 %") // in the phone's (Dutch) locale
        compare(driver.waitFor("passText").text, "Passes")
        stepsDone[7] = true
    }

    function test_8_doneShowsHistory() {
        begin(8, 5)
        driver.tap("doneButton")
        driver.waitScreen("homePage")
        // The assignment is done: it can no longer be opened.
        const assignment = driver.waitFor("assignment_demo-bend-visit")
        compare(assignment.enabled, false)
        driver.tap("historyTab")
        driver.waitFor("history_" + uuid)
        stepsDone[8] = true
    }
}
