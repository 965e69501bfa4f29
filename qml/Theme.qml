pragma Singleton
import QtQuick
import Touchpoint.Controllers

// Sizes and colours for people in a shop or on a call: big targets, readable text, and a
// discreet palette (dark, dim, low contrast) that does not light up a face in a shop.
QtObject {
    readonly property bool discreet: FieldApp.discreet
    readonly property int touch: 64
    readonly property int smallTouch: 52
    readonly property int margin: 16
    readonly property int spacing: 12
    readonly property int fontSize: 18
    readonly property int smallSize: 15
    readonly property int titleSize: 24
    readonly property int hugeSize: 44
    readonly property int radius: 12
    readonly property color primary: discreet ? "#202020" : "#00695c"
    readonly property color accent: discreet ? "#5f8f86" : "#00897b"
    readonly property color background: discreet ? "#050505" : "#f4f6f5"
    readonly property color card: discreet ? "#121212" : "#ffffff"
    readonly property color text: discreet ? "#8c8c8c" : "#1b1f1e"
    readonly property color muted: discreet ? "#5c5c5c" : "#5d6664"
    // Disabled controls: still readable (4.5:1 on a card), dimmer than enabled ones.
    readonly property color disabledText: discreet ? "#7d7d7d" : "#6b7472"
    readonly property color textOnAccent: discreet ? "#9a9a9a" : "#ffffff"
    readonly property color good: discreet ? "#4d7153" : "#2e7d32"
    readonly property color bad: discreet ? "#82504d" : "#c62828"
    readonly property color warn: discreet ? "#7d6a45" : "#b26a00"
    readonly property color selected: discreet ? "#2c3d3a" : "#b2dfdb"
    readonly property color outline: discreet ? "#2a2a2a" : "#cfd8d6"

    // Scores on charts: good from 85 %, warning from 70 %, bad below.
    function scoreColor(value: real): color {
        return value >= 85 ? good : value >= 70 ? warn : bad
    }
    // Heat map cells: red (50 % and less) through amber to green (100 %).
    function heatColor(value: real): color {
        const t = Math.max(0, Math.min(1, (value - 50) / 50))
        return Qt.hsla(t * 0.33, discreet ? 0.25 : 0.6, discreet ? 0.25 : 0.42, 1)
    }
}
