// The region report: the report API's responses for one region and period, with charts drawn
// with QPainter (ranking bars, trend line, department bars, heat map, NPS) and tables for
// consistency, phone and executives. Site ids are shown by their names where a report gives them.

#include "export/PdfExport.h"

#include "export/ExportText.h"
#include "export/PdfCanvas.h"
#include "export/ReportCharts.h"

#include <QHash>
#include <QJsonArray>

namespace tp::exporting {

namespace {

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QString figure(const QJsonValue &value, const char *unit = "")
{
    return value.isDouble() ? numberText(value) + QLatin1String(unit) : QStringLiteral("n/a");
}

class RegionReport
{
public:
    RegionReport(const QJsonObject &reports, PdfCanvas &pdf)
        : m_reports(reports)
        , m_pdf(pdf)
    {
        for (const char *report : {"ranking", "nps", "phone", "executives"}) {
            for (const QJsonValue &site : part(report).value(QLatin1String("sites")).toArray()) {
                const QString name = site.toObject().value(QLatin1String("name")).toString();
                if (!name.isEmpty())
                    m_siteNames.insert(site.toObject().value(QLatin1String("site")).toString(),
                                       name);
            }
        }
    }

    void write()
    {
        header();
        ranking();
        trend();
        departments();
        nps();
        heatmap();
        consistency();
        phone();
        executives();
    }

private:
    QJsonObject part(const char *name) const
    {
        return m_reports.value(QLatin1String(name)).toObject();
    }
    QJsonArray list(const char *report, const char *key) const
    {
        return part(report).value(QLatin1String(key)).toArray();
    }
    bool has(const char *report) const { return m_reports.value(QLatin1String(report)).isObject(); }
    QString siteName(const QString &site) const { return m_siteNames.value(site, site); }

    void header()
    {
        const QJsonValue region = m_reports.value(QLatin1String("region"));
        QString regionName = region.isObject()
                                 ? region.toObject().value(QLatin1String("name")).toString()
                                 : region.toString();
        if (regionName.isEmpty())
            regionName = QStringLiteral("all regions");
        m_pdf.heading(QStringLiteral("Region report: %1").arg(regionName));
        const QString from = m_reports.value(QLatin1String("from")).toString();
        const QString to = m_reports.value(QLatin1String("to")).toString();
        m_pdf.paragraph(QStringLiteral("Period: %1 to %2\nData as of: %3")
                            .arg(from.isEmpty() ? QStringLiteral("the beginning") : from,
                                 to.isEmpty() ? QStringLiteral("today") : to,
                                 m_reports.value(QLatin1String("generatedAt")).toString()));
    }

    void ranking()
    {
        if (!has("ranking"))
            return;
        m_pdf.heading(QStringLiteral("Ranking: sites by mean score"), 2);
        QList<ChartValue> bars;
        QList<QStringList> rows;
        for (const QJsonValue &entry : list("ranking", "sites")) {
            const QJsonObject site = entry.toObject();
            const QString name = siteName(site.value(QLatin1String("site")).toString());
            bars.append({name, optionalNumber(site.value(QLatin1String("score")))});
            rows.append({numberText(site.value(QLatin1String("rank"))), name,
                         numberText(site.value(QLatin1String("audits"))),
                         figure(site.value(QLatin1String("score"))),
                         figure(site.value(QLatin1String("passRate")), " %"),
                         figure(site.value(QLatin1String("standardDeviation")))});
        }
        if (bars.isEmpty()) {
            m_pdf.paragraph(QStringLiteral("No audits counted in this period."));
            return;
        }
        drawBars(m_pdf, bars, 0, 100);
        m_pdf.table({QStringLiteral("Rank"), QStringLiteral("Site"), QStringLiteral("Audits"),
                     QStringLiteral("Score"), QStringLiteral("Passed"), QStringLiteral("Spread")},
                    rows, {0.08, 0.42, 0.1, 0.14, 0.13, 0.13});
    }

    void trend()
    {
        if (!has("trend"))
            return;
        m_pdf.heading(
            QStringLiteral("Trend: mean score by %1")
                .arg(part("trend").value(QLatin1String("by")).toString(QStringLiteral("month"))),
            2);
        QList<ChartValue> points;
        for (const QJsonValue &entry : list("trend", "points"))
            points.append({entry.toObject().value(QLatin1String("period")).toString(),
                           optionalNumber(entry.toObject().value(QLatin1String("score")))});
        if (points.isEmpty())
            m_pdf.paragraph(QStringLiteral("No audits counted in this period."));
        else
            drawLine(m_pdf, points);
    }

    void departments()
    {
        if (!has("departments"))
            return;
        m_pdf.heading(QStringLiteral("Departments: mean score of what each owns"), 2);
        QList<ChartValue> bars;
        for (const QJsonValue &entry : list("departments", "departments"))
            bars.append({entry.toObject().value(QLatin1String("department")).toString(),
                         optionalNumber(entry.toObject().value(QLatin1String("score")))});
        if (bars.isEmpty())
            m_pdf.paragraph(QStringLiteral("No audits counted in this period."));
        else
            drawBars(m_pdf, bars, 0, 100);
    }

    void nps()
    {
        if (!has("nps"))
            return;
        m_pdf.heading(QStringLiteral("Net Promoter Score per site"), 2);
        QList<ChartValue> bars;
        for (const QJsonValue &entry : list("nps", "sites")) {
            const QJsonObject site = entry.toObject();
            bars.append({siteName(site.value(QLatin1String("site")).toString()),
                         optionalNumber(site.value(QLatin1String("nps")))});
        }
        for (const QJsonValue &entry : list("nps", "regions")) {
            const QJsonObject region = entry.toObject();
            bars.append(
                {QStringLiteral("Region %1").arg(region.value(QLatin1String("region")).toString()),
                 optionalNumber(region.value(QLatin1String("nps")))});
        }
        if (bars.isEmpty()) {
            m_pdf.paragraph(QStringLiteral("No NPS answers in this period."));
            return;
        }
        drawBars(m_pdf, bars, -100, 100);
        const QJsonObject overall = part("nps").value(QLatin1String("overall")).toObject();
        m_pdf.paragraph(QStringLiteral("Overall NPS %1 from %2 answers (%3 promoters, %4 "
                                       "passives, %5 detractors).")
                            .arg(figure(overall.value(QLatin1String("nps"))),
                                 numberText(overall.value(QLatin1String("answers"))),
                                 numberText(overall.value(QLatin1String("promoters"))),
                                 numberText(overall.value(QLatin1String("passives"))),
                                 numberText(overall.value(QLatin1String("detractors")))),
                        true);
    }

    void heatmap()
    {
        if (!has("heatmap"))
            return;
        m_pdf.heading(QStringLiteral("Heat map: touchpoint scores per site"), 2);
        QStringList sites;
        for (const QJsonValue &site : list("heatmap", "sites"))
            sites.append(site.toString());
        QStringList touchpoints;
        for (const QJsonValue &touchpoint : list("heatmap", "touchpoints"))
            touchpoints.append(touchpoint.toString());
        QList<QList<std::optional<double>>> cells(sites.size(),
                                                  QList<std::optional<double>>(touchpoints.size()));
        for (const QJsonValue &entry : list("heatmap", "cells")) {
            const QJsonObject cell = entry.toObject();
            const qsizetype r = sites.indexOf(cell.value(QLatin1String("site")).toString());
            const qsizetype c =
                touchpoints.indexOf(cell.value(QLatin1String("touchpoint")).toString());
            if (r >= 0 && c >= 0)
                cells[r][c] = optionalNumber(cell.value(QLatin1String("score")));
        }
        if (sites.isEmpty()) {
            m_pdf.paragraph(QStringLiteral("No audits counted in this period."));
            return;
        }
        QStringList names;
        for (const QString &site : std::as_const(sites))
            names.append(siteName(site));
        drawHeatMap(m_pdf, names, touchpoints, cells);
    }

    void consistency()
    {
        if (!has("consistency"))
            return;
        m_pdf.heading(QStringLiteral("Consistency across sites, per touchpoint"), 2);
        QList<QStringList> rows;
        for (const QJsonValue &entry : list("consistency", "touchpoints")) {
            const QJsonObject t = entry.toObject();
            rows.append({t.value(QLatin1String("touchpoint")).toString(),
                         numberText(t.value(QLatin1String("sites"))),
                         figure(t.value(QLatin1String("mean"))),
                         figure(t.value(QLatin1String("standardDeviation"))),
                         figure(t.value(QLatin1String("min"))),
                         figure(t.value(QLatin1String("max")))});
        }
        if (rows.isEmpty())
            m_pdf.paragraph(QStringLiteral("No audits counted in this period."));
        else
            m_pdf.table({QStringLiteral("Touchpoint"), QStringLiteral("Sites"),
                         QStringLiteral("Mean"), QStringLiteral("Std dev"), QStringLiteral("Min"),
                         QStringLiteral("Max")},
                        rows, {0.3, 0.1, 0.15, 0.15, 0.15, 0.15});
    }

    void phone()
    {
        if (!has("phone"))
            return;
        m_pdf.heading(QStringLiteral("Support lines: calls"), 2);
        const auto mean = [](const QJsonObject &row, const char *key) {
            return figure(row.value(QLatin1String(key)).toObject().value(QLatin1String("mean")),
                          qstrcmp(key, "transfers") == 0 ? "" : " s");
        };
        QList<QStringList> rows;
        for (const QJsonValue &entry : list("phone", "sites")) {
            const QJsonObject site = entry.toObject();
            rows.append({siteName(site.value(QLatin1String("site")).toString()),
                         numberText(site.value(QLatin1String("calls"))), mean(site, "timeToAnswer"),
                         mean(site, "timeInMenus"), mean(site, "holdTime"), mean(site, "transfers"),
                         figure(site.value(QLatin1String("firstContactResolution"))
                                    .toObject()
                                    .value(QLatin1String("rate")),
                                " %")});
        }
        if (rows.isEmpty())
            m_pdf.paragraph(QStringLiteral("No calls counted in this period."));
        else
            m_pdf.table({QStringLiteral("Support line"), QStringLiteral("Calls"),
                         QStringLiteral("Answer"), QStringLiteral("Menus"), QStringLiteral("Hold"),
                         QStringLiteral("Transfers"), QStringLiteral("Resolved first time")},
                        rows, {0.3, 0.08, 0.11, 0.11, 0.11, 0.12, 0.17});
    }

    void executives()
    {
        if (!has("executives"))
            return;
        m_pdf.heading(QStringLiteral("Executives: own visits and calls"), 2);
        const auto days = [](const QJsonValue &value) {
            return value.isDouble() ? numberText(value) : QStringLiteral("never");
        };
        QList<QStringList> rows;
        for (const QJsonValue &entry : list("executives", "executives")) {
            const QJsonObject e = entry.toObject();
            rows.append({e.value(QLatin1String("name")).toString(),
                         days(e.value(QLatin1String("daysSinceSelfVisit"))),
                         days(e.value(QLatin1String("daysSinceSelfCall"))),
                         numberText(e.value(QLatin1String("selfAudits")))});
        }
        if (!rows.isEmpty())
            m_pdf.table({QStringLiteral("Executive"), QStringLiteral("Days since own visit"),
                         QStringLiteral("Days since own call"), QStringLiteral("Self-audits")},
                        rows, {0.4, 0.2, 0.2, 0.2});
        QList<QStringList> gaps;
        for (const QJsonValue &entry : list("executives", "sites")) {
            const QJsonObject s = entry.toObject();
            gaps.append({siteName(s.value(QLatin1String("site")).toString()),
                         figure(s.value(QLatin1String("selfScore"))),
                         figure(s.value(QLatin1String("shopperScore"))),
                         figure(s.value(QLatin1String("gap")))});
        }
        if (!gaps.isEmpty())
            m_pdf.table({QStringLiteral("Site"), QStringLiteral("Executives' score"),
                         QStringLiteral("Shoppers' score"), QStringLiteral("Gap")},
                        gaps, {0.4, 0.2, 0.2, 0.2});
    }

    const QJsonObject &m_reports;
    PdfCanvas &m_pdf;
    QHash<QString, QString> m_siteNames;
};

} // namespace

bool writeRegionReportPdf(const QJsonObject &reports, const QString &fileName, QString *error)
{
    PdfCanvas pdf;
    const QJsonValue region = reports.value(QLatin1String("region"));
    if (!pdf.begin(fileName,
                   QStringLiteral("Region report %1")
                       .arg(region.isObject()
                                ? region.toObject().value(QLatin1String("id")).toString()
                                : region.toString()),
                   error))
        return false;
    RegionReport(reports, pdf).write();
    return pdf.finish(error);
}

} // namespace tp::exporting
