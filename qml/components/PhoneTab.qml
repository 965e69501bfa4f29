import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// A tab of a phone's tab bar when four or five share its width: the words whole, in mixed case,
// a thumb's height.
TabButton {
    height: Theme.touch
    leftPadding: 2
    rightPadding: 2
    font.pixelSize: Theme.smallSize - 1
    font.capitalization: Font.MixedCase
}
