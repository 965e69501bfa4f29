#pragma once

#include <QByteArray>
#include <QStringList>

namespace tp::exporting {

// Builds an RFC 4180 document: UTF-8 with a byte-order mark, CRLF after every record, a field
// quoted when it holds a comma, a quote, CR or LF (or starts or ends with a space), quotes
// doubled inside.
class CsvWriter
{
public:
    CsvWriter();
    void addRecord(const QStringList &fields);
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

QByteArray csvField(const QString &field);

} // namespace tp::exporting
