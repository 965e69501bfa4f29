#include "storage/JsonRows.h"

namespace tp::server {

namespace {

void appendEscaped(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

void JsonRows::beginRow()
{
    m_json += m_firstRow ? "[" : "],[";
    m_firstRow = false;
    m_firstValue = true;
}

void JsonRows::add(const QString &text)
{
    if (!m_firstValue)
        m_json += ',';
    m_firstValue = false;
    appendEscaped(m_json, text);
}

void JsonRows::add(std::optional<qint64> number)
{
    if (!m_firstValue)
        m_json += ',';
    m_firstValue = false;
    m_json += number ? QByteArray::number(*number) : QByteArrayLiteral("null");
}

QByteArray JsonRows::finish()
{
    m_json += m_firstRow ? "]" : "]]";
    return m_json;
}

} // namespace tp::server
