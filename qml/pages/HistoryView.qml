import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// My audits on this phone, newest first, with their score and where they are. A ListView: a
// phone may hold a thousand audits, and only the visible ones get a delegate.
ColumnLayout {
    objectName: "historyList"

    spacing: Theme.spacing

        Label {
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            Layout.fillWidth: true
            text: FieldApp.history.model.count === 0 ? qsTr("No audits on this phone yet.") : qsTr("My audits")
            font.pixelSize: FieldApp.history.model.count === 0 ? Theme.fontSize : Theme.titleSize
            font.bold: FieldApp.history.model.count > 0
            color: FieldApp.history.model.count === 0 ? Theme.muted : Theme.text
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            bottomMargin: Theme.margin
            model: FieldApp.history.model
            delegate: ItemDelegate {
                id: audit
                required property string uuid
                required property string siteName
                required property string scriptTitle
                required property string startedText
                required property bool submitted
                required property string stateText
                required property string overallText
                required property bool passed
                required property string modeText

                objectName: "history_" + uuid
                x: Theme.margin
                width: ListView.view.width - 2 * Theme.margin
                height: Math.max(Theme.touch + 24, contentItem.implicitHeight + 24)
                background: Rectangle {
                    radius: Theme.radius
                    color: audit.down ? Theme.selected : Theme.card
                    border.color: Theme.outline
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: audit.siteName
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: audit.scriptTitle + " · " + audit.modeText
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: audit.startedText + " · " + audit.stateText
                            color: audit.submitted ? Theme.muted : Theme.accent
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Label {
                        visible: audit.overallText.length > 0
                        text: audit.overallText
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        color: audit.passed ? Theme.good : Theme.bad
                    }
                }
                onClicked: FieldApp.history.open(uuid)
            }
        }
    }
