#include "core/JsonFields.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

QString quoted(const char *key)
{
    return QLatin1Char('\'') + QLatin1String(key) + QLatin1Char('\'');
}

} // namespace

bool isValidIdentifier(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (int i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString joinPath(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
}

JsonFields::JsonFields(const QJsonObject &object, QString path, Issues &issues)
    : m_object(object)
    , m_path(std::move(path))
    , m_issues(issues)
{
}

JsonFields::JsonFields(const QJsonObject &object, const QString &parent, const char *arrayName,
                       int index, Issues &issues)
    : m_object(object)
    , m_parent(parent)
    , m_arrayName(arrayName)
    , m_index(index)
    , m_issues(issues)
{
}

const QString &JsonFields::path()
{
    if (m_arrayName) {
        m_path = joinPath(m_parent,
                          QStringLiteral("%1[%2]").arg(QLatin1String(m_arrayName)).arg(m_index));
        m_arrayName = nullptr;
    }
    return m_path;
}

bool JsonFields::has(const char *key) const
{
    return m_object.contains(QLatin1String(key));
}

QJsonValue JsonFields::raw(const char *key)
{
    const QLatin1String name(key);
    for (const char *asked : std::as_const(m_asked)) {
        if (name == QLatin1String(asked))
            return m_object.value(name);
    }
    m_asked.append(key);
    const QJsonValue value = m_object.value(name);
    if (!value.isUndefined())
        ++m_askedPresent;
    return value;
}

void JsonFields::error(const QString &code, const QString &message)
{
    m_issues.append({path(), code, message});
}

std::optional<QJsonValue> JsonFields::fetch(const char *key, Need need)
{
    const QJsonValue value = raw(key);
    if (value.isUndefined()) {
        if (need == Need::Required)
            error(QStringLiteral("missing_field"), quoted(key) + QStringLiteral(" is missing"));
        return std::nullopt;
    }
    return value;
}

void JsonFields::wrongType(const char *key, const char *expected, const QJsonValue &value)
{
    error(QStringLiteral("wrong_type"), quoted(key) + QStringLiteral(" must be ") +
                                            QLatin1String(expected) + QStringLiteral(", not ") +
                                            jsonTypeName(value));
}

std::optional<QString> JsonFields::string(const char *key, Need need)
{
    const auto value = fetch(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        wrongType(key, "a string", *value);
        return std::nullopt;
    }
    return value->toString();
}

std::optional<QString> JsonFields::text(const char *key, Need need, int maxLength)
{
    auto result = string(key, need);
    if (!result)
        return std::nullopt;
    if (need == Need::Required && result->trimmed().isEmpty()) {
        error(QStringLiteral("empty_text"), quoted(key) + QStringLiteral(" is empty"));
        return std::nullopt;
    }
    if (result->size() > maxLength) {
        error(QStringLiteral("too_long"),
              quoted(key) + QStringLiteral(" is longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return result;
}

std::optional<QString> JsonFields::identifier(const char *key, Need need)
{
    auto id = string(key, need);
    if (!id)
        return std::nullopt;
    if (!isValidIdentifier(*id)) {
        error(QStringLiteral("invalid_id"),
              quoted(key) + QStringLiteral(" \"%1\" is not a valid id (lowercase letters, digits, "
                                           "'_' and '-', starting with a letter or digit, at "
                                           "most 64 characters)")
                                .arg(id->left(80)));
        return std::nullopt;
    }
    return id;
}

std::optional<double> JsonFields::number(const char *key, Need need)
{
    const auto value = fetch(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        wrongType(key, "a number", *value);
        return std::nullopt;
    }
    const double number = value->toDouble();
    if (!std::isfinite(number)) {
        wrongType(key, "a finite number", *value);
        return std::nullopt;
    }
    return number;
}

std::optional<qint64> JsonFields::integer(const char *key, Need need)
{
    const auto value = fetch(key, need);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble(0.5);
    // 2^53: beyond it a JSON number no longer holds every integer exactly.
    if (!value->isDouble() || number != std::floor(number) ||
        std::fabs(number) > 9007199254740992.0) {
        wrongType(key, "an integer", *value);
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> JsonFields::boolean(const char *key)
{
    const auto value = fetch(key, Need::Optional);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        wrongType(key, "true or false", *value);
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QJsonArray> JsonFields::array(const char *key, Need need, int maxSize)
{
    const auto value = fetch(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        wrongType(key, "an array", *value);
        return std::nullopt;
    }
    QJsonArray result = value->toArray();
    if (result.size() > maxSize) {
        error(QStringLiteral("too_many"),
              quoted(key) + QStringLiteral(" has %1 entries; at most %2 are allowed")
                                .arg(result.size())
                                .arg(maxSize));
        return std::nullopt;
    }
    return result;
}

std::optional<QJsonObject> JsonFields::object(const char *key, Need need)
{
    const auto value = fetch(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        wrongType(key, "an object", *value);
        return std::nullopt;
    }
    return value->toObject();
}

void JsonFields::reportUnknownFields()
{
    if (m_askedPresent == m_object.size())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        const bool asked = std::any_of(m_asked.cbegin(), m_asked.cend(), [&key](const char *name) {
            return key == QLatin1String(name);
        });
        if (!asked)
            error(QStringLiteral("unknown_field"),
                  QStringLiteral("unknown field '%1'").arg(it.key().left(80)));
    }
}

} // namespace tp
