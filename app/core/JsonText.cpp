#include "core/JsonText.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace tp::jsontext {

namespace {

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendEscapedAscii(QByteArray &out, char16_t u)
{
    out += '\\';
    switch (u) {
    case u'"':
        out += '"';
        break;
    case u'\\':
        out += '\\';
        break;
    case u'\b':
        out += 'b';
        break;
    case u'\f':
        out += 'f';
        break;
    case u'\n':
        out += 'n';
        break;
    case u'\r':
        out += 'r';
        break;
    case u'\t':
        out += 't';
        break;
    default:
        out += "u00";
        out += hexDigit(u >> 4);
        out += hexDigit(u);
    }
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x800) {
        out += char(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
        out += char(0xe0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3f));
    } else {
        out += char(0xf0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3f));
        out += char(0x80 | ((code >> 6) & 0x3f));
    }
    out += char(0x80 | (code & 0x3f));
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xd800 && u < 0xdc00;
}

bool isLowSurrogate(char16_t u)
{
    return u >= 0xdc00 && u < 0xe000;
}

// The integer QJsonValue(double) turns `number` into, if any: an integral value that a double
// holds exactly (up to 2^53 in magnitude); larger ones stay doubles.
bool asInteger(double number, qint64 *integer)
{
    constexpr double kTwoTo53 = 9007199254740992.0;
    if (!std::isfinite(number) || number != std::trunc(number) || number > kTwoTo53 ||
        number < -kTwoTo53)
        return false;
    *integer = qint64(number);
    return true;
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *at = text.utf16();
    const char16_t *const end = at + text.size();
    while (at != end) {
        const char16_t u = *at++;
        if (u < 0x80) {
            if (u < 0x20 || u == u'"' || u == u'\\')
                appendEscapedAscii(out, u);
            else
                out += char(u);
        } else if (isHighSurrogate(u) && at != end && isLowSurrogate(*at)) {
            appendUtf8(out, 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*at) - 0xdc00));
            ++at;
        } else if (isHighSurrogate(u) || isLowSurrogate(u)) {
            out += "\\u";
            out += hexDigit(u >> 12);
            out += hexDigit(u >> 8);
            out += hexDigit(u >> 4);
            out += hexDigit(u);
        } else {
            appendUtf8(out, u);
        }
    }
    out += '"';
}

void appendInteger(QByteArray &out, qint64 number)
{
    char digits[24];
    char *cursor = digits + sizeof digits;
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--cursor = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (number < 0)
        *--cursor = '-';
    out.append(cursor, digits + sizeof digits - cursor);
}

void appendNumber(QByteArray &out, double number)
{
    qint64 integer = 0;
    if (asInteger(number, &integer))
        appendInteger(out, integer);
    else if (std::isfinite(number))
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}

void appendMemberName(QByteArray &out, const char *name, bool *first)
{
    if (!*first)
        out += ',';
    *first = false;
    out += '"';
    out += name;
    out += "\":";
}

void appendStrings(QByteArray &out, const QStringList &strings)
{
    out += '[';
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, strings[i]);
    }
    out += ']';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        // Held as an integer (the parser keeps integral numbers so) or as a double.
        const QCborValue held = QCborValue::fromJsonValue(value);
        if (held.isInteger())
            appendInteger(out, held.toInteger());
        else if (std::isfinite(held.toDouble()))
            out += QByteArray::number(held.toDouble(), 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            appendValue(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out += ',';
            first = false;
            appendString(out, it.key());
            out += ':';
            appendValue(out, it.value());
        }
        out += '}';
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

} // namespace tp::jsontext
