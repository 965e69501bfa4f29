import QtQuick
import Touchpoint.Ui

// A full-width button a thumb cannot miss; `primary` for the one action the screen is for.
ChoiceButton {
    font.bold: primary
}
