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
    readonly property string screen: !FieldApp.signedIn ? "signin"
                                     : FieldApp.role === "regional_manager" || FieldApp.role === "store_manager" ? "manager"
                                     : !audit ? "home"
                                     : audit.readOnly ? "summary"
                                     : audit.stage

    padding: 0
    background: Rectangle { color: Theme.background }
    font.pixelSize: Theme.fontSize
    Material.theme: Theme.discreet ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.text

    contentItem: Loader {
        objectName: "screenLoader"
        sourceComponent: {
            switch (root.screen) {
            case "signin": return signInScreen
            case "home": return homeScreen
            case "manager": return managerScreen
            case "checkin": return checkInScreen
            case "moments": return root.audit.isPhone ? callScreen : visitScreen
            case "questions": return questionsScreen
            default: return summaryScreen
            }
        }
    }

    Component { id: signInScreen; SignInPage {} }
    Component { id: homeScreen; HomePage {} }
    Component { id: managerScreen; ManagerHome {} }
    Component { id: checkInScreen; CheckInPage {} }
    Component { id: visitScreen; VisitPage {} }
    Component { id: callScreen; CallPage {} }
    Component { id: questionsScreen; QuestionsPage {} }
    Component { id: summaryScreen; SummaryPage {} }
}
