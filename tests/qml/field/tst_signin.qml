import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui
import ".."

// Signing in by typing, a wrong password, the demo users, and signing out through the menu.
TestCase {
    id: test
    name: "SignIn"
    when: windowShown

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
    }

    function init() {
        window = mainWindow.createObject(test)
        verify(window !== null, "Main.qml did not load")
        driver.window = window
        tryVerify(() => window.visible && window.active, 5000, "the app window is not shown")
    }

    function cleanup() {
        compare(TestProbe.takeWarnings(), [], "warnings logged")
        if (FieldApp.session.signedIn)
            FieldApp.signOut() // the next function starts signed out, whatever failed here
        if (window)
            window.destroy()
        window = null
    }

    function signOutItem() {
        return driver.findWhere(i => i.text === "Sign out" && i.triggered !== undefined)
    }

    function signOutByMenu() {
        driver.tap("menuButton")
        tryVerify(() => signOutItem() !== null, 3000, "the menu has no Sign out")
        driver.tapItem(signOutItem(), "Sign out")
        driver.waitScreen("signInPage")
        compare(FieldApp.session.signedIn, false)
    }

    function test_1_wrongPasswordShowsAnError() {
        driver.waitScreen("signInPage")
        compare(driver.find("signInError"), null) // no error before trying
        driver.type("usernameField", "shopper1")
        driver.type("passwordField", "not-the-password")
        driver.tap("signInButton")
        const error = driver.waitFor("signInError")
        compare(error.text, "Unknown user or wrong password.")
        compare(FieldApp.session.signedIn, false)
        compare(driver.find("homePage"), null)
    }

    function test_2_typedPasswordSignsIn() {
        driver.waitScreen("signInPage")
        driver.type("usernameField", "shopper1")
        driver.type("passwordField", "touchpoint-demo")
        keyClick(Qt.Key_Return) // Enter in the password field signs in
        driver.waitScreen("homePage")
        compare(FieldApp.session.username, "shopper1")
        compare(FieldApp.session.role, Role.Shopper)
        // A shopper sees their assignments, and no self-audit.
        driver.waitFor("assignment_demo-bend-visit")
        compare(driver.find("callLineButton"), null)
        signOutByMenu()
        // Signing out leaves no error and no password behind.
        compare(driver.find("signInError"), null)
        compare(driver.waitFor("passwordField").text, "")
    }

    function test_3_demoUserSignsIn() {
        driver.waitScreen("signInPage")
        driver.tap("demoUser_exec1")
        driver.waitScreen("homePage")
        compare(FieldApp.session.username, "exec1")
        compare(FieldApp.session.role, Role.Executive)
        compare(FieldApp.session.isExecutive, true)
        driver.waitFor("callLineButton")
        driver.waitFor("visitStoreButton")
        signOutByMenu()
        driver.tap("demoUser_shopper2")
        driver.waitScreen("homePage")
        compare(FieldApp.session.username, "shopper2")
        driver.waitFor("assignment_demo-brussels-visit")
        compare(driver.find("assignment_demo-bend-visit"), null) // shopper1's work is not shown
        signOutByMenu()
    }
}
