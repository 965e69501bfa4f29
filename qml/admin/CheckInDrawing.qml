import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// A store's check-in circle to scale, without a map: the radius around the store's point, a
// scale bar, and where its last audits checked in (inside the circle in the good colour,
// outside in the bad one), with the counts in words underneath.
ColumnLayout {
    id: drawing
    objectName: "checkInDrawing"

    required property SiteCheckInModel checkIns

    // Metres per pixel: the circle and the farthest check-in fit, with a margin.
    readonly property real reach: Math.max(checkIns.radius * 1.2, checkIns.farthest * 1.1, 10)
    readonly property real metresPerPixel: reach / (Math.min(canvas.width, canvas.height) / 2 - 8)
    // A round length (1, 2 or 5 × 10^n metres) at most a third of the width.
    readonly property real scaleMetres: {
        const most = metresPerPixel * canvas.width / 3
        const power = Math.pow(10, Math.floor(Math.log(most) / Math.LN10))
        return most >= 5 * power ? 5 * power : most >= 2 * power ? 2 * power : power
    }

    spacing: Theme.spacing / 2

    Label {
        Layout.fillWidth: true
        text: qsTr("Check-ins of the last audits")
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    Canvas {
        id: canvas
        objectName: "checkInCanvas"
        Layout.fillWidth: true
        Layout.preferredHeight: 300
        visible: drawing.checkIns.hasPlace
        Accessible.role: Accessible.Graphic
        Accessible.name: summary.text

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = Theme.card
            ctx.fillRect(0, 0, width, height)
            const cx = width / 2
            const cy = height / 2
            const perMetre = 1 / drawing.metresPerPixel
            ctx.beginPath()
            ctx.arc(cx, cy, drawing.checkIns.radius * perMetre, 0, 2 * Math.PI)
            ctx.fillStyle = Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12)
            ctx.fill()
            ctx.lineWidth = 2
            ctx.strokeStyle = Theme.accent
            ctx.stroke()
            // The store's point.
            ctx.fillStyle = Theme.text
            ctx.fillRect(cx - 1, cy - 8, 2, 16)
            ctx.fillRect(cx - 8, cy - 1, 16, 2)
            for (let i = 0; i < dots.count; ++i) {
                const dot = dots.itemAt(i)
                if (!dot)
                    continue
                ctx.beginPath()
                ctx.arc(cx + dot.eastMetres * perMetre, cy - dot.northMetres * perMetre, 6, 0,
                        2 * Math.PI)
                ctx.fillStyle = dot.withinRadius ? Theme.good : Theme.bad
                ctx.fill()
                ctx.lineWidth = 1.5
                ctx.strokeStyle = Theme.card
                ctx.stroke()
            }
            // The scale bar, bottom left.
            const bar = drawing.scaleMetres * perMetre
            ctx.fillStyle = Theme.text
            ctx.fillRect(8, height - 14, bar, 3)
            ctx.fillRect(8, height - 20, 2, 9)
            ctx.fillRect(8 + bar - 2, height - 20, 2, 9)
        }
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()

        Label {
            objectName: "checkInScaleLabel"
            x: 8
            y: canvas.height - 22 - height
            text: drawing.scaleMetres >= 1000 ? qsTr("%L1 km").arg(drawing.scaleMetres / 1000)
                                              : qsTr("%L1 m").arg(drawing.scaleMetres)
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
    }
    // The rows the canvas paints, one invisible item each, so that the drawing repaints when
    // they change and a test can read them.
    Repeater {
        id: dots
        model: drawing.checkIns
        onItemAdded: canvas.requestPaint()
        onItemRemoved: canvas.requestPaint()
        delegate: Item {
            required property string audit
            required property real eastMetres
            required property real northMetres
            required property bool withinRadius
            required property string text
            objectName: "checkInDot_" + audit
            visible: false
        }
    }
    Label {
        id: summary
        objectName: "checkInSummary"
        Layout.fillWidth: true
        text: drawing.checkIns.summary
        color: Theme.muted
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Connections {
        target: drawing.checkIns
        function onSummaryChanged() { canvas.requestPaint() }
    }
}
