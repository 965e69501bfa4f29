#pragma once

#include "core/Issue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>

#include <optional>

namespace tp {

enum class Need
{
    Optional,
    Required
};

// Reads the fields of one JSON object and reports every problem as an Issue at `path`:
// missing required fields, wrong JSON types, bad identifiers, over-long text, and (from
// reportUnknownFields) every field that nobody asked for, which catches typos in hand-written
// files. A getter that finds a problem reports it and returns nothing.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString path, Issues &issues);
    // For an element of an array: the path "parent/name[index]" is only built when a problem is
    // reported, since loading a valid script should not pay for it.
    JsonFields(const QJsonObject &object, const QString &parent, const char *arrayName, int index,
               Issues &issues);

    bool has(const char *key) const;
    QJsonValue raw(const char *key);

    std::optional<QString> text(const char *key, Need need, int maxLength = 2000);
    std::optional<QString> identifier(const char *key, Need need);
    std::optional<double> number(const char *key, Need need);
    std::optional<qint64> integer(const char *key, Need need);
    std::optional<bool> boolean(const char *key);
    std::optional<QJsonArray> array(const char *key, Need need, int maxSize);
    std::optional<QJsonObject> object(const char *key, Need need);

    void reportUnknownFields();

    void error(const QString &code, const QString &message);
    const QString &path();
    Issues &issues() { return m_issues; }

private:
    std::optional<QJsonValue> fetch(const char *key, Need need);
    std::optional<QString> string(const char *key, Need need);
    void wrongType(const char *key, const char *expected, const QJsonValue &value);

    const QJsonObject &m_object;
    QString m_path;
    QString m_parent;
    const char *m_arrayName = nullptr;
    int m_index = -1;
    Issues &m_issues;
    // Keys asked for; a plain array because objects have a handful of fields and a hash set
    // costs more than the whole validation of a valid item.
    QVarLengthArray<const char *, 24> m_asked;
    int m_askedPresent = 0;
};

bool isValidIdentifier(const QString &id);
// A number as the author wrote it: 1000.001 stays 1000.001, not "1000".
QString formatNumber(double value);
QString jsonTypeName(const QJsonValue &value);
// "a/b" or "b" when the prefix is empty.
QString joinPath(const QString &prefix, const QString &name);

} // namespace tp
