#include "export/CsvWriter.h"

namespace tp::exporting {

QByteArray csvField(const QString &field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n')) ||
                       field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    QByteArray utf8 = field.toUtf8();
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{
}

void CsvWriter::addRecord(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data += ',';
        m_data += csvField(fields[i]);
    }
    m_data += "\r\n";
}

} // namespace tp::exporting
