#include "export/ExportText.h"

#include <QJsonArray>

namespace tp::exporting {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(valueText(part));
        return parts.join(QLatin1String("; "));
    }
    case QJsonValue::Object:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 12) : QString();
}

AuditView::AuditView(const QJsonObject &audit)
    : top(audit)
    , full(audit.value(QLatin1String("audit")).isObject())
{
    body = full ? audit.value(QLatin1String("audit")).toObject() : audit;
    score = audit.value(QLatin1String("score")).toObject();
}

QString AuditView::text(const char *key) const
{
    const QLatin1String name(key);
    const QJsonValue value = body.contains(name) ? body.value(name) : top.value(name);
    return value.isString() ? value.toString() : valueText(value);
}

QString AuditView::scriptId() const
{
    const QJsonValue script = body.value(QLatin1String("script"));
    return script.isObject() ? script.toObject().value(QLatin1String("id")).toString()
                             : script.toString();
}

QString AuditView::scriptVersion() const
{
    return numberText(
        body.value(QLatin1String("script")).toObject().value(QLatin1String("version")));
}

QJsonValue AuditView::overall() const
{
    return full ? score.value(QLatin1String("overall")) : top.value(QLatin1String("overall"));
}

} // namespace tp::exporting
