import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Touchpoint.Controllers
import Touchpoint.Ui

// Every screen. The one shown follows the app's state (who is signed in, which audit is open
// and at which stage), so an audit reopened after the app was killed lands where it was.
// Screens are created by a Loader, so they reach the app through the FieldApp singleton rather
// than through ids of this file.
Pane {
    id: root

    readonly property AuditSession audit: FieldApp.audit
    readonly property AccountSession session: FieldApp.session
    readonly property bool managerScreens: session.role === Role.RegionalManager
                                           || session.role === Role.StoreManager
    readonly property bool wholeWindow: managerScreens || session.role === Role.Admin

    padding: 0
    background: Rectangle { color: Theme.background }
    font.pixelSize: Theme.fontSize
    Material.theme: Theme.discreet ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.text

    // The field screens are made for one hand: at a desk they keep a phone's width, centred;
    // the manager screens use the whole window.
    contentItem: Item {
        Loader {
            objectName: "screenLoader"
            width: root.wholeWindow || !root.session.signedIn ? parent.width : Math.min(parent.width, 720)
            height: parent.height
            anchors.horizontalCenter: parent.horizontalCenter
            sourceComponent: {
                if (!root.session.signedIn)
                    return root.session.mustChoosePassword ? choosePasswordScreen : signInScreen
                if (root.managerScreens)
                    return managerScreen
                if (root.session.role === Role.Admin)
                    return adminScreen
                if (!root.audit)
                    return homeScreen
                if (root.audit.readOnly)
                    return summaryScreen
                switch (root.audit.stage) {
                case Stage.CheckIn: return checkInScreen
                case Stage.Moments: return root.audit.isPhone ? callScreen : visitScreen
                case Stage.Questions: return questionsScreen
                default: return summaryScreen
                }
            }
        }
    }

    Component { id: signInScreen; SignInPage {} }
    Component { id: choosePasswordScreen; ChoosePasswordPage {} }
    Component { id: homeScreen; HomePage {} }
    Component { id: managerScreen; ManagerHome {} }
    Component { id: adminScreen; AdminHome {} }
    Component { id: checkInScreen; CheckInPage {} }
    Component { id: visitScreen; VisitPage {} }
    Component { id: callScreen; CallPage {} }
    Component { id: questionsScreen; QuestionsPage {} }
    Component { id: summaryScreen; SummaryPage {} }
}
