#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>

namespace tp::jsontext {

// Appends JSON text to `out`, byte for byte as QJsonDocument::toJson(Compact) writes the same
// value, without building a QJsonDocument first (building one costs about ten times more). The
// canonical audit JSON depends on that sameness: its SHA-256 is what receipts compare, and
// phones and servers of other versions compute it with QJsonDocument.

// A string in quotes, escaped as Qt escapes it (", \, control characters; UTF-8 otherwise;
// a lone surrogate as \uXXXX).
void appendString(QByteArray &out, QStringView text);
// A number as QJsonValue(double) holds and writes it: integral values as integers.
void appendNumber(QByteArray &out, double number);
void appendInteger(QByteArray &out, qint64 number);
// `"name":`, after a comma unless *first (which it then clears): members written in order.
void appendMemberName(QByteArray &out, const char *name, bool *first);
// An array of strings.
void appendStrings(QByteArray &out, const QStringList &strings);
// Any value; an object's members in QJsonObject's order.
void appendValue(QByteArray &out, const QJsonValue &value);

} // namespace tp::jsontext
