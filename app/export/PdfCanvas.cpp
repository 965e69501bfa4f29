#include "export/PdfCanvas.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>

namespace tp::exporting {

PdfCanvas::~PdfCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
    if (m_file)
        m_file->cancelWriting();
}

QFont PdfCanvas::font(double pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures ("fi" as one glyph): the text of the PDF stays searchable and copyable.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

bool PdfCanvas::begin(const QString &fileName, const QString &title, QString *error)
{
    m_file = std::make_unique<QSaveFile>(fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(fileName, m_file->errorString());
        return false;
    }
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setResolution(72);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Touchpoint"));
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    if (!m_painter.begin(m_writer.get())) {
        if (error)
            *error = QStringLiteral("cannot draw the PDF %1").arg(fileName);
        return false;
    }
    m_width = m_writer->width();
    m_height = m_writer->height();
    m_y = 0;
    m_painter.setRenderHint(QPainter::Antialiasing);
    return true;
}

bool PdfCanvas::finish(QString *error)
{
    if (!m_painter.end() || !m_file->commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2")
                         .arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    m_file.reset();
    return true;
}

void PdfCanvas::need(double height)
{
    if (m_y > 0 && m_y + height > m_height) {
        m_writer->newPage();
        m_y = 0;
    }
}

void PdfCanvas::heading(const QString &text, int level)
{
    const QFont headingFont = font(level == 1 ? 16 : 12.5, true);
    const double height = QFontMetricsF(headingFont).height();
    need(height * 3); // keep a heading with what follows
    m_y += level == 1 ? 4 : 8;
    m_painter.setFont(headingFont);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(0, m_y, m_width, height), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += height + 4;
}

void PdfCanvas::paragraph(const QString &text, bool small)
{
    const QFont bodyFont = font(small ? 8 : 9.5);
    m_painter.setFont(bodyFont);
    m_painter.setPen(Qt::black);
    const QRectF bounds =
        m_painter.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    need(bounds.height());
    m_painter.drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap | Qt::AlignLeft,
                       text);
    m_y += bounds.height() + 4;
}

void PdfCanvas::table(const QStringList &header, const QList<QStringList> &rows,
                      const QList<double> &fractions)
{
    const auto drawRow = [this, &fractions](const QStringList &cells, bool bold) {
        const QFont cellFont = font(8, bold);
        m_painter.setFont(cellFont);
        double rowHeight = QFontMetricsF(cellFont).height();
        QList<QRectF> rects;
        double x = 0;
        for (qsizetype i = 0; i < cells.size() && i < fractions.size(); ++i) {
            const double w = fractions[i] * m_width;
            const QRectF bounds = m_painter.boundingRect(
                QRectF(0, 0, w - 4, 1e6), Qt::TextWordWrap | Qt::AlignLeft, cells[i]);
            rowHeight = std::max(rowHeight, bounds.height());
            rects.append(QRectF(x + 2, 0, w - 4, 0));
            x += w;
        }
        need(rowHeight + 3);
        for (qsizetype i = 0; i < rects.size(); ++i) {
            QRectF rect = rects[i];
            rect.setTop(m_y + 1.5);
            rect.setHeight(rowHeight);
            m_painter.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft, cells[i]);
        }
        m_y += rowHeight + 3;
        m_painter.setPen(QColor(0xcc, 0xcc, 0xcc));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_painter.setPen(Qt::black);
    };
    drawRow(header, true);
    for (const QStringList &row : rows)
        drawRow(row, false);
    m_y += 6;
}

} // namespace tp::exporting
