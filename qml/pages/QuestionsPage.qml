import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The script's questions, one section (touchpoint) at a time.
Page {
    id: page
    objectName: "questionsPage"

    readonly property AuditSession session: FieldApp.audit

    background: Rectangle { color: Theme.background }
    header: AuditHeader { session: page.session }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            text: page.session.lastError
        }
        ItemDelegate {
            id: sectionButton
            objectName: "sectionButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onClicked: sectionDrawer.open()
            contentItem: RowLayout {
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        objectName: "sectionTitle"
                        Layout.fillWidth: true
                        text: page.session.sectionTitle
                        font.pixelSize: Theme.fontSize
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        text: qsTr("Section %1 of %2 · %3 of %4 answered").arg(page.session.currentSection + 1)
                              .arg(page.session.sectionCount).arg(page.session.summary.answeredCount).arg(page.session.summary.shownCount)
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                    }
                }
                Label {
                    text: "☰"
                    font.pixelSize: Theme.titleSize
                    color: Theme.muted
                }
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, page.session.summary.shownCount)
            value: page.session.summary.answeredCount
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.spacing
            visible: text.length > 0
            text: page.session.sectionDescription
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        ListView {
            id: questions
            objectName: "questionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            topMargin: Theme.spacing
            bottomMargin: Theme.spacing
            cacheBuffer: 4000
            model: page.session.items
            delegate: QuestionCard {
                width: ListView.view.width - 2 * Theme.margin
                x: Theme.margin
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing
            BigButton {
                objectName: "previousButton"
                Layout.fillWidth: true
                text: page.session.currentSection === 0 ? (page.session.isPhone ? qsTr("Call") : qsTr("Moments"))
                                                         : qsTr("Previous")
                onClicked: {
                    if (!page.session.previousSection())
                        page.session.stage = Stage.Moments
                    questions.positionViewAtBeginning()
                }
            }
            BigButton {
                objectName: "nextButton"
                Layout.fillWidth: true
                primary: true
                text: page.session.currentSection + 1 < page.session.sectionCount ? qsTr("Next") : qsTr("Summary")
                onClicked: {
                    page.session.nextSection()
                    questions.positionViewAtBeginning()
                }
            }
        }
    }

    Drawer {
        id: sectionDrawer
        width: page.width * 0.85
        height: page.height
        edge: Qt.RightEdge
        Connections {
            target: page.session
            function onPositionChanged() { sectionDrawer.close() }
        }
        ListView {
            anchors.fill: parent
            model: page.session.sections
            delegate: ItemDelegate {
                id: sectionRow
                required property int index
                required property string title
                required property string touchpoint
                required property int answered
                required property int shown
                width: ListView.view.width
                height: Theme.touch + 8
                highlighted: index === FieldApp.audit.currentSection
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: sectionRow.title
                        color: Theme.text
                        font.bold: sectionRow.highlighted
                    }
                    Label {
                        text: qsTr("%1 · %2 of %3 answered").arg(sectionRow.touchpoint).arg(sectionRow.answered).arg(sectionRow.shown)
                        color: sectionRow.answered === sectionRow.shown ? Theme.good : Theme.muted
                        font.pixelSize: Theme.smallSize
                    }
                }
                onClicked: FieldApp.audit.currentSection = index
            }
        }
    }
}
