#include "export/ReportCharts.h"

#include "export/PdfCanvas.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>

namespace tp::exporting {

namespace {

QString figure(std::optional<double> value, const QString &unit)
{
    return value ? QString::number(*value, 'f', 2)
                           .remove(QRegularExpression(QStringLiteral("\\.?0+$"))) +
                       unit
                 : QStringLiteral("n/a");
}

// Red (0) through amber (50) to green (100).
QColor scoreColour(double value)
{
    const double t = std::clamp(value, 0.0, 100.0) / 100.0;
    if (t < 0.5)
        return QColor::fromRgbF(0.85, 0.25 + 1.1 * t, 0.2);
    return QColor::fromRgbF(0.85 - 1.3 * (t - 0.5), 0.8, 0.25);
}

} // namespace

void drawBars(PdfCanvas &pdf, const QList<ChartValue> &bars, double low, double high,
              const QString &unit)
{
    QPainter &p = pdf.painter();
    const QFont font = PdfCanvas::font(8);
    const double rowHeight = QFontMetricsF(font).height() + 5;
    const double labelWidth = pdf.width() * 0.36;
    const double valueWidth = 50;
    const double plotWidth = pdf.width() - labelWidth - valueWidth;
    const double span = high - low;
    const double zeroX = labelWidth + plotWidth * (0 - low) / span;
    for (const ChartValue &bar : bars) {
        pdf.need(rowHeight);
        const double y = pdf.top();
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelWidth - 6, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                   QFontMetricsF(font).elidedText(bar.label, Qt::ElideRight, labelWidth - 6));
        if (bar.value) {
            const double v = std::clamp(*bar.value, low, high);
            const double x = labelWidth + plotWidth * (v - low) / span;
            const QRectF rect(std::min(zeroX, x), y + 2, std::abs(x - zeroX), rowHeight - 4);
            p.fillRect(rect, low < 0 ? (v < 0 ? QColor(0xd9, 0x53, 0x4f) : QColor(0x4c, 0xae, 0x4f))
                                     : QColor(0x3b, 0x6e, 0xa8));
        }
        p.drawText(QRectF(labelWidth + plotWidth + 4, y, valueWidth - 4, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, figure(bar.value, unit));
        pdf.advance(rowHeight);
    }
    p.setPen(QColor(0x66, 0x66, 0x66));
    const double bottom = pdf.top();
    const double top = bottom - rowHeight * double(bars.size());
    p.drawLine(QPointF(zeroX, std::max(0.0, top)), QPointF(zeroX, bottom));
    pdf.advance(8);
}

void drawLine(PdfCanvas &pdf, const QList<ChartValue> &points)
{
    QPainter &p = pdf.painter();
    const QFont font = PdfCanvas::font(7.5);
    const double height = 150;
    const double labelHeight = QFontMetricsF(font).height() + 4;
    pdf.need(height + labelHeight + 10);
    const double top = pdf.top();
    const double left = 30;
    const double plotWidth = pdf.width() - left - 10;
    p.setFont(font);
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    for (int level = 0; level <= 100; level += 25) {
        const double y = top + height * (1 - level / 100.0);
        p.drawLine(QPointF(left, y), QPointF(left + plotWidth, y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 6, left - 4, 12), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(level));
        p.setPen(QColor(0xbb, 0xbb, 0xbb));
    }
    const double step = points.size() > 1 ? plotWidth / double(points.size() - 1) : 0;
    QPainterPath path;
    bool started = false;
    QList<QPointF> dots;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double x = left + (points.size() > 1 ? step * double(i) : plotWidth / 2);
        p.setPen(Qt::black);
        p.drawText(QRectF(x - 40, top + height + 2, 80, labelHeight), Qt::AlignCenter,
                   points[i].label);
        if (!points[i].value)
            continue;
        const QPointF point(x, top + height * (1 - std::clamp(*points[i].value, 0.0, 100.0) / 100));
        if (!started)
            path.moveTo(point);
        else
            path.lineTo(point);
        started = true;
        dots.append(point);
    }
    p.setPen(QPen(QColor(0x3b, 0x6e, 0xa8), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(QColor(0x3b, 0x6e, 0xa8));
    for (const QPointF &dot : std::as_const(dots))
        p.drawEllipse(dot, 2.5, 2.5);
    p.setBrush(Qt::NoBrush);
    p.setPen(Qt::black);
    pdf.advance(height + labelHeight + 10);
}

void drawHeatMap(PdfCanvas &pdf, const QStringList &rows, const QStringList &columns,
                 const QList<QList<std::optional<double>>> &cells)
{
    QPainter &p = pdf.painter();
    const QFont font = PdfCanvas::font(7);
    const double labelWidth = pdf.width() * 0.3;
    const double cellWidth =
        columns.isEmpty() ? 0 : (pdf.width() - labelWidth) / double(columns.size());
    const double rowHeight = 18;
    p.setFont(font);
    pdf.need(rowHeight * 2);
    p.setPen(Qt::black);
    for (qsizetype c = 0; c < columns.size(); ++c)
        p.drawText(QRectF(labelWidth + cellWidth * double(c), pdf.top(), cellWidth, rowHeight),
                   Qt::AlignCenter | Qt::TextWrapAnywhere, columns[c]);
    pdf.advance(rowHeight);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        pdf.need(rowHeight);
        const double y = pdf.top();
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelWidth - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetricsF(font).elidedText(rows[r], Qt::ElideRight, labelWidth - 4));
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QRectF cell(labelWidth + cellWidth * double(c) + 1, y + 1, cellWidth - 2,
                              rowHeight - 2);
            const std::optional<double> value =
                r < cells.size() && c < cells[r].size() ? cells[r][c] : std::nullopt;
            p.fillRect(cell, value ? scoreColour(*value) : QColor(0xee, 0xee, 0xee));
            p.drawText(cell, Qt::AlignCenter, figure(value, QString()));
        }
        pdf.advance(rowHeight);
    }
    pdf.advance(8);
}

} // namespace tp::exporting
