#pragma once

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace tp::exporting {

// An A4 PDF drawn with QPainter, top to bottom, in points (the writer runs at 72 dpi), with a
// new page whenever the next block does not fit. Written to a temporary file that replaces
// `fileName` only when finish() succeeds, so a failed export leaves nothing half-written.
class PdfCanvas
{
public:
    PdfCanvas() = default;
    ~PdfCanvas();

    bool begin(const QString &fileName, const QString &title, QString *error);
    bool finish(QString *error);

    QPainter &painter() { return m_painter; }
    double width() const { return m_width; }
    double top() const { return m_y; }
    void advance(double height) { m_y += height; }
    // Starts a new page unless `height` more points fit on this one.
    void need(double height);

    void heading(const QString &text, int level = 1);
    // Wrapped text in the body font; returns its height.
    void paragraph(const QString &text, bool small = false);
    // A simple table: header in bold, columns of the given fractions of the width.
    void table(const QStringList &header, const QList<QStringList> &rows,
               const QList<double> &fractions);

    static QFont font(double pointSize, bool bold = false);

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
};

} // namespace tp::exporting
