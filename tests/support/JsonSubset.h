#pragma once

#include <QJsonValue>
#include <QString>

namespace tp::test {

// Checks that `expected` is contained in `actual`: every key of an expected object must be in
// the actual object with a matching value; arrays must have the same length and match element by
// element; numbers compare exactly. Returns an empty string on a match, else where and why not.
QString jsonSubsetMismatch(const QJsonValue &expected, const QJsonValue &actual,
                           const QString &path = QStringLiteral("$"));

} // namespace tp::test

// QVERIFY2-style check with a readable message.
#define TP_COMPARE_JSON_SUBSET(expected, actual)                                                   \
    do {                                                                                           \
        const QString tpMismatch = tp::test::jsonSubsetMismatch((expected), (actual));             \
        QVERIFY2(tpMismatch.isEmpty(), qPrintable(tpMismatch));                                    \
    } while (false)
