#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tp::exporting {

class PdfCanvas;

struct ChartValue
{
    QString label;
    std::optional<double> value; // empty: no figure (drawn as "n/a")
};

// Horizontal bars from `low` to `high` (a bar starts at 0, so negative values, such as an NPS,
// go left of the zero line), labels on the left, the figure on the right.
void drawBars(PdfCanvas &pdf, const QList<ChartValue> &bars, double low, double high,
              const QString &unit = QString());

// A line through the values, left to right, on a 0..100 axis, with the labels under it.
void drawLine(PdfCanvas &pdf, const QList<ChartValue> &points);

// A grid of rows by columns, each cell coloured from red (0) to green (100) with its figure.
void drawHeatMap(PdfCanvas &pdf, const QStringList &rows, const QStringList &columns,
                 const QList<QList<std::optional<double>>> &cells);

} // namespace tp::exporting
