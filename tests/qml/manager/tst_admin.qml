import QtQuick
import QtTest
import Touchpoint.Controllers
import Touchpoint.TestSupport
import Touchpoint.Ui
import ".."

// An admin runs the organisation from the app, against the real server tst_manager_setup.cpp
// starts: at a desk (1440 × 900) creates a regional manager with an initial password, stops and
// restores their sign-in, forgets their failed sign-ins; the new manager signs in with the
// initial password and must choose their own first. On a phone (412 × 915) the admin changes a
// store's check-in radius and the reports' setting. Regions are created at a desk and renamed
// on a phone.
Item {
    id: root
    width: 412
    height: 915

    TestCase {
        id: test
        name: "Admin"
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

        function test_1_usersAtADesk() {
            window.width = 1440
            window.height = 900
            signIn("admin", "touchpoint-demo", "adminPage")
            const admin = FieldApp.admin
            tryVerify(() => !admin.busy && admin.users.count > 0, 10000, "the users did not load")
            verify(driver.find("sideNavigation") !== null, "no side navigation at a desk")
            driver.waitFor("user_manager1")

            driver.tap("newUserButton")
            driver.waitFor("userForm")
            const initial = admin.user.initialPassword
            verify(initial.length >= 12, "no initial password to hand over")
            verify(driver.find("initialPasswordCard") !== null, "the initial password is not shown")
            driver.type("usernameInput", "kim")
            driver.type("displayNameInput", "Kim V.")
            const role = driver.find("roleInput")
            role.currentIndex = role.indexOfValue(Role.RegionalManager)
            role.activated(role.currentIndex)
            compare(admin.user.role, Role.RegionalManager)
            driver.tap("region_americas")
            compare(admin.user.regions, ["americas"])
            driver.tap("saveUserButton")
            tryVerify(() => !admin.busy && admin.notice.indexOf("kim") >= 0, 10000,
                      "the user was not created: " + admin.error)
            driver.waitFor("user_kim")
            compare(admin.user.isNew, false)
            // Found by the search field; the list then holds only them.
            driver.type("userSearch", "Kim V")
            tryVerify(() => driver.find("user_manager1") === null, 3000, "the search does not narrow the list")
            verify(driver.find("user_kim") !== null)

            driver.tap("disableUserButton")
            tryVerify(() => !admin.busy && admin.user.disabled, 10000, "the user was not disabled")
            driver.tap("enableUserButton")
            tryVerify(() => !admin.busy && !admin.user.disabled, 10000, "the user was not enabled")
            driver.tap("unlockUserButton")
            tryVerify(() => !admin.busy && admin.notice.indexOf("failed sign-ins") >= 0, 10000,
                      "the user was not unlocked: " + admin.error)
            compare(admin.error, "")
            driver.key(Qt.Key_Escape)
            tryVerify(() => !admin.user.open, 2000, "Escape does not close the form")
            signOut()

            // The new manager: their own password first, then their screens.
            signIn("kim", initial, "choosePasswordPage")
            driver.type("newPasswordField", "kims-own-pass-1")
            driver.type("repeatPasswordField", "kims-own-pass-1")
            driver.tap("choosePasswordButton")
            driver.waitScreen("managerPage")
            compare(FieldApp.session.displayName, "Kim V.")
            tryVerify(() => !FieldApp.manager.feed.loading, 10000)
            compare(FieldApp.manager.feed.error, "")
            signOut()
        }

        function test_2_sitesAndSettingsOnAPhone() {
            window.width = 412
            window.height = 915
            signIn("admin", "touchpoint-demo", "adminPage")
            const admin = FieldApp.admin
            tryVerify(() => !admin.busy && admin.sites.count > 0, 10000, "the sites did not load")
            compare(driver.find("sideNavigation"), null, "a phone has tabs, not a side navigation")
            driver.tap("sitesTab")
            driver.tap("site_store-portland")
            driver.waitFor("siteForm")
            compare(driver.find("siteList"), null, "on a phone the form covers the list")
            driver.find("siteRadiusInput").clear() // then typed, as a thumb would
            driver.type("siteRadiusInput", "175")
            compare(admin.site.checkInRadius, "175")
            driver.tap("saveSiteButton")
            tryVerify(() => !admin.busy && admin.notice.indexOf("saved") >= 0, 10000,
                      "the store was not saved: " + admin.error)
            driver.tap("closeSiteButton")
            driver.waitFor("siteList")
            admin.editSite("store-portland")
            compare(admin.site.checkInRadius, "175", "the server did not keep the radius")
            admin.closeSite()

            driver.tap("settingsTab")
            driver.tap("countNotRejected")
            tryVerify(() => !admin.busy && admin.countNotRejected, 10000, "the setting was not saved")
            driver.tap("countApproved")
            tryVerify(() => !admin.busy && !admin.countNotRejected, 10000, "the setting was not restored")
            signOut()
        }

        function test_3_regions() {
            window.width = 1440
            window.height = 900
            signIn("admin", "touchpoint-demo", "adminPage")
            const admin = FieldApp.admin
            tryVerify(() => !admin.busy && admin.regions.count > 0, 10000, "the regions did not load")
            driver.key(Qt.Key_2, Qt.ControlModifier)
            const list = driver.waitFor("regionList")
            const americas = driver.waitFor("regionRow_americas")
            verify(americas.sitesText.indexOf("store") >= 0, "the stores of a region are not counted: " + americas.sitesText)

            driver.tap("newRegionButton")
            driver.waitFor("regionForm")
            driver.type("regionIdInput", "americas")
            driver.type("regionNameInput", "Twice")
            driver.tap("saveRegionButton")
            tryVerify(() => admin.error.indexOf("already a region") >= 0, 3000, "a region id used twice is not refused")
            driver.find("regionIdInput").clear()
            driver.type("regionIdInput", "benelux")
            driver.find("regionNameInput").clear()
            driver.type("regionNameInput", "Benelux")
            driver.tap("saveRegionButton")
            tryVerify(() => !admin.busy && admin.notice.indexOf("Benelux") >= 0, 10000,
                      "the region was not created: " + admin.error)
            const benelux = driver.waitFor("regionRow_benelux")
            compare(benelux.sitesText, "No stores or support lines yet")
            compare(admin.region.isNew, false)
            verify(driver.find("regionList") !== null, "at a desk the list stays beside the form")
            driver.key(Qt.Key_Escape)
            tryVerify(() => !admin.region.open, 2000, "Escape does not close the form")

            // By keyboard: the search narrows the list, Down enters it, Enter opens the region.
            driver.type("regionSearch", "benel")
            tryVerify(() => driver.find("regionRow_americas") === null, 3000, "the search does not narrow the list")
            driver.key(Qt.Key_Down)
            tryVerify(() => list.activeFocus, 2000, "Down does not move into the list")
            // Regions come by name: Americas (hidden by the search), Benelux, International.
            driver.key(Qt.Key_Down)
            driver.key(Qt.Key_Down)
            compare(admin.regions.regionIdAt(list.currentIndex), "benelux")
            driver.key(Qt.Key_Return)
            tryVerify(() => admin.region.open && admin.region.regionId === "benelux", 2000, "Enter does not open the region")
            driver.find("regionSearch").clear()

            // On a phone: renamed from its form, which covers the list.
            window.width = 412
            window.height = 915
            driver.tap("closeRegionButton")
            driver.tap("regionsTab")
            driver.tap("regionRow_benelux")
            driver.waitFor("regionForm")
            compare(driver.find("regionList"), null, "on a phone the form covers the list")
            compare(driver.find("regionIdInput"), null, "an existing region's id cannot be changed")
            driver.find("regionNameInput").clear()
            driver.type("regionNameInput", "Belgium, Netherlands and Luxembourg")
            driver.tap("saveRegionButton")
            tryVerify(() => !admin.busy && admin.notice.indexOf("saved") >= 0, 10000,
                      "the region was not renamed: " + admin.error)
            const regionName = id => {
                for (let i = 0; i < admin.regions.count; ++i) {
                    if (admin.regions.regionIdAt(i) === id)
                        return admin.regions.data(admin.regions.index(i, 0), AdminRegionModel.NameRole)
                }
                return undefined
            }
            tryVerify(() => regionName("benelux") === "Belgium, Netherlands and Luxembourg", 10000,
                      "the list does not show the server's new name")
            signOut()
        }
    }
}
