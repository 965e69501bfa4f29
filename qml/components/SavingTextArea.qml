import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// A text field that saves itself: shortly after typing stops, and when it loses focus, so a
// note survives the app being killed mid-sentence.
TextArea {
    id: area

    property string savedText

    signal save(string text)

    function flush() {
        saveTimer.stop()
        if (text !== savedText)
            area.save(text)
    }

    implicitHeight: Math.max(Theme.touch * 1.5, contentHeight + topPadding + bottomPadding)
    wrapMode: TextEdit.Wrap
    text: savedText
    onTextChanged: if (activeFocus) saveTimer.restart()
    onActiveFocusChanged: if (!activeFocus) flush()
    onSavedTextChanged: if (!activeFocus) text = savedText

    Timer {
        id: saveTimer
        interval: 700
        onTriggered: area.flush()
    }
}
