import QtQuick
import QtQuick.Controls
import Touchpoint.Ui

// "Saved 10:42": shown only after the device database has committed the change.
Label {
    color: Theme.textOnAccent
    opacity: 0.85
    font.pixelSize: Theme.smallSize
    rightPadding: Theme.spacing
}
