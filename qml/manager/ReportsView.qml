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
    readonly property ReportsController reports: manager.reports
    readonly property bool store: manager.isStoreManager
    // The gap chart's half-track: the widest gap, rounded up to 10 points.
    readonly property real gapScale: Math.max(10, Math.ceil(reports.executiveGaps.widestValue / 10) * 10)

    // Cards side by side at a desk (2 or 3), one under the other on a phone.
    property int columns: 1
    readonly property real cardWidth: (width - 2 * Theme.margin - (columns - 1) * Theme.spacing) / columns

    clip: true
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds

    GridLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: view.width - 2 * Theme.margin
        columns: view.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        FilterBar {
            Layout.fillWidth: true
            Layout.columnSpan: view.columns
        }

        Card {
            objectName: "storeScoreCard"
            visible: view.store
            Layout.fillWidth: true
            Layout.columnSpan: view.columns
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
                        text: view.reports.storeScoreAudits >= 0 ? qsTr("Mean of %1 reviewed audits").arg(view.reports.storeScoreAudits)
                                                                 : qsTr("No reviewed audits in this period")
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    objectName: "storeScoreText"
                    text: view.reports.storeScoreText
                    font.pixelSize: Theme.hugeSize * 0.8
                    font.bold: true
                    color: view.reports.storeScoreValue >= 0 ? Theme.scoreColor(view.reports.storeScoreValue) : Theme.muted
                }
            }
        }

        ChartCard {
            objectName: "rankingCard"
            visible: !view.store
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Stores by score")
            subtitle: qsTr("Mean overall score, best first")
            BarChart {
                objectName: "rankingChart"
                rows: view.reports.ranking
            }
        }
        ChartCard {
            objectName: "trendCard"
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            title: qsTr("Trend")
            subtitle: qsTr("Mean score %1").arg(view.reports.trendByText)
            TrendChart {
                objectName: "trendChart"
                points: view.reports.trend
            }
        }
        ChartCard {
            objectName: "heatmapCard"
            visible: !view.store
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Touchpoints by store")
            subtitle: qsTr("Mean touchpoint score; red is weak, green strong")
            HeatMap {
                objectName: "heatmapChart"
                grid: view.reports.heatmap
            }
        }
        ChartCard {
            objectName: "lineHeatmapCard"
            visible: !view.store && view.reports.lineHeatmap.count > 0
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Touchpoints by support line")
            subtitle: qsTr("Mean touchpoint score of the calls")
            HeatMap {
                grid: view.reports.lineHeatmap
            }
        }
        ChartCard {
            objectName: "touchpointCard"
            visible: view.store
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Touchpoints")
            subtitle: qsTr("Mean score of each touchpoint")
            BarChart {
                rows: view.reports.touchpoints
            }
        }
        ChartCard {
            objectName: "departmentsCard"
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            title: qsTr("Departments")
            subtitle: qsTr("Score of the touchpoints each department owns")
            BarChart {
                objectName: "departmentsChart"
                rows: view.reports.departments
            }
        }
        ChartCard {
            objectName: "npsCard"
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            title: qsTr("Net promoter score")
            subtitle: qsTr("% promoters (9–10) minus % detractors (0–6)")
            NpsChart {
                objectName: "npsChart"
                rows: view.reports.nps
            }
        }
        ChartCard {
            objectName: "consistencyCard"
            visible: !view.store
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Consistency across stores")
            subtitle: qsTr("Lowest to highest store, mean marked; σ is the standard deviation")
            SpreadChart {
                objectName: "spreadChart"
                rows: view.reports.consistency
            }
        }
        ChartCard {
            objectName: "phoneCard"
            // A store has no support line: a store manager sees the card only if it has calls.
            visible: !view.store || view.reports.phoneLines.count > 0
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Support lines")
            subtitle: qsTr("Mean per call, for each line")
            CallBars {
                objectName: "callBars"
                rows: view.reports.phoneLines
            }
        }
        ChartCard {
            objectName: "executivesCard"
            visible: view.manager.isRegionalManager
            Layout.fillWidth: true
            Layout.preferredWidth: view.cardWidth
            Layout.alignment: Qt.AlignTop
            Layout.preferredHeight: visible ? implicitHeight : 0
            title: qsTr("Executives")
            subtitle: qsTr("Own visits and calls; over 30 days ago in red")
            Column {
                width: parent ? parent.width : 0
                spacing: 12
                ExecutiveVisits {
                    objectName: "executiveVisits"
                    rows: view.reports.executives
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
                    rows: view.reports.executiveGaps
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
