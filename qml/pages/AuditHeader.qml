import QtQuick
import Touchpoint.Controllers
import Touchpoint.Ui

// The header of every audit screen: back to home (the audit stays saved), the site, the clock
// and the last save.
AppHeader {
    id: header

    required property AuditSession session

    title: session ? session.siteName : ""
    subtitle: session ? (session.elapsedText.length > 0 ? session.title + " · " + session.elapsedText
                                                        : session.title) : ""
    showBack: true
    onBackClicked: FieldApp.closeAudit()

    SavedLabel {
        objectName: "savedText"
        text: header.session ? header.session.savedText : ""
    }
}
