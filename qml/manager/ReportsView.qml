import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Touchpoint.Controllers
import Touchpoint.Ui

// The reports of the region (or the own store) for the period, as charts: sites by score, the
// trend, touchpoint by site, departments, NPS, consistency across sites, calls to support lines,
// executives' own visits and calls.
Flickable {
    id: view
    objectName: "reportsView"

    readonly property ManagerController manager: FieldApp.manager
    readonly property bool store: manager.isStoreManager
    readonly property var heat: manager.heatmap
    readonly property var lineHeat: manager.lineHeatmap
    readonly property var npsData: manager.nps
    readonly property var spreadRows: manager.consistency
    readonly property var phoneLines: manager.phoneRows
    readonly property var gaps: manager.executiveGaps
    // The gap chart's half-track: the widest gap, rounded up to 10 points.
    readonly property real gapScale: Math.max(10, Math.ceil(Math.max(0, ...gaps.map(g => Math.abs(g.value))) / 10) * 10)
    readonly property var ownScore: manager.ranking.length > 0 ? manager.ranking[0] : null
    // A store manager's heat map has one column: shown as bars per touchpoint.
    readonly property var touchpointRows: (heat.rows || []).map(r => ({
        label: r.label, value: r.cells[0].value, hasValue: r.cells[0].hasValue,
        text: r.cells[0].hasValue ? Number(r.cells[0].value).toFixed(1) : "–"
    }))

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: view.width - 2 * Theme.margin
        spacing: Theme.spacing

        FilterBar {
            Layout.fillWidth: true
        }

        Card {
            objectName: "storeScoreCard"
            visible: view.store
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            RowLayout {
                width: parent.width
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("Store score")
                        font.pixelSize: Theme.fontSize + 2
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: view.ownScore ? qsTr("Mean of %1 reviewed audits").arg(view.ownScore.audits)
                                            : qsTr("No reviewed audits in this period")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    objectName: "storeScoreText"
                    text: view.ownScore ? view.ownScore.text + " %" : "–"
                    font.pixelSize: Theme.hugeSize * 0.8
                    font.bold: true
                    color: view.ownScore && view.ownScore.hasValue ? Theme.scoreColor(view.ownScore.value) : Theme.muted
                }
            }
        }

        ChartCard {
            objectName: "rankingCard"
            visible: !view.store
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Stores by score")
            subtitle: qsTr("Mean overall score, best first")
            BarChart {
                objectName: "rankingChart"
                rows: view.manager.ranking
            }
        }
        ChartCard {
            objectName: "trendCard"
            Layout.fillWidth: true
            title: qsTr("Trend")
            subtitle: qsTr("Mean score %1").arg(view.manager.trendByText)
            TrendChart {
                objectName: "trendChart"
                points: view.manager.trend
            }
        }
        ChartCard {
            objectName: "heatmapCard"
            visible: !view.store
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Touchpoints by store")
            subtitle: qsTr("Mean touchpoint score; red is weak, green strong")
            HeatMap {
                objectName: "heatmapChart"
                grid: view.manager.heatmap
            }
        }
        ChartCard {
            objectName: "lineHeatmapCard"
            visible: !view.store && (view.lineHeat.rows || []).length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Touchpoints by support line")
            subtitle: qsTr("Mean touchpoint score of the calls")
            HeatMap {
                grid: view.lineHeat
            }
        }
        ChartCard {
            objectName: "touchpointCard"
            visible: view.store
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Touchpoints")
            subtitle: qsTr("Mean score of each touchpoint")
            BarChart {
                rows: view.touchpointRows
            }
        }
        ChartCard {
            objectName: "departmentsCard"
            Layout.fillWidth: true
            title: qsTr("Departments")
            subtitle: qsTr("Score of the touchpoints each department owns")
            BarChart {
                objectName: "departmentsChart"
                rows: view.manager.departments
            }
        }
        ChartCard {
            objectName: "npsCard"
            Layout.fillWidth: true
            title: qsTr("Net promoter score")
            subtitle: qsTr("% promoters (9–10) minus % detractors (0–6)")
            NpsChart {
                objectName: "npsChart"
                rows: (view.npsData.sites || []).concat(
                          view.store ? [] : (view.npsData.regions || []).map(r => Object.assign({ bold: true }, r)))
            }
        }
        ChartCard {
            objectName: "consistencyCard"
            visible: !view.store
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Consistency across stores")
            subtitle: qsTr("Lowest to highest store, mean marked; σ is the standard deviation")
            SpreadChart {
                objectName: "spreadChart"
                rows: view.spreadRows.filter(r => r.sites >= 2)
            }
        }
        ChartCard {
            objectName: "phoneCard"
            // A store has no support line: a store manager sees the card only if it has calls.
            visible: !view.store || view.phoneLines.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Support lines")
            subtitle: qsTr("Mean per call, for each line")
            CallBars {
                objectName: "callBars"
                rows: view.phoneLines
            }
        }
        ChartCard {
            objectName: "executivesCard"
            visible: view.manager.isRegionalManager
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Executives")
            subtitle: qsTr("Own visits and calls; over 30 days ago in red")
            Column {
                width: parent ? parent.width : 0
                spacing: 12
                ExecutiveVisits {
                    objectName: "executiveVisits"
                    rows: view.manager.executiveRows
                }
                Rectangle {
                    width: parent.width
                    height: 1
                    color: Theme.outline
                }
                Label {
                    width: parent.width
                    text: qsTr("Executives' score minus the shoppers'")
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: qsTr("Per store they audited, in points (their score vs the shoppers' below it); right of the line: they scored it higher")
                    color: Theme.muted
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                NpsChart {
                    objectName: "gapChart"
                    rows: view.gaps
                    maxValue: view.gapScale
                    // Neither side is good news: higher than the shoppers is generous, lower strict.
                    aboveColour: Theme.warn
                    belowColour: Theme.accent
                    emptyText: qsTr("No store with both an executive's and a shopper's score.")
                }
            }
        }
    }
}
