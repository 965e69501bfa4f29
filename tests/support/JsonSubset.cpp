#include "support/JsonSubset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::test {

namespace {

QString show(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

QString jsonSubsetMismatch(const QJsonValue &expected, const QJsonValue &actual,
                           const QString &path)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return path + QStringLiteral(": expected an object, got ") + show(actual);
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString mismatch = jsonSubsetMismatch(it.value(), a.value(it.key()),
                                                        path + QLatin1Char('.') + it.key());
            if (!mismatch.isEmpty())
                return mismatch;
        }
        return {};
    }
    if (expected.isArray()) {
        if (!actual.isArray())
            return path + QStringLiteral(": expected an array, got ") + show(actual);
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return path + QStringLiteral(": expected %1 entries, got %2: %3")
                              .arg(e.size())
                              .arg(a.size())
                              .arg(show(actual));
        for (int i = 0; i < e.size(); ++i) {
            const QString mismatch =
                jsonSubsetMismatch(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!mismatch.isEmpty())
                return mismatch;
        }
        return {};
    }
    if (expected != actual)
        return path + QStringLiteral(": expected ") + show(expected) + QStringLiteral(", got ") +
               show(actual);
    return {};
}

} // namespace tp::test
