#pragma once

#include <QList>
#include <QMetaEnum>
#include <QStringList>

namespace tp::server {

// Every value of a core enum declared with Q_ENUM_NS, in the order of its declaration.
template<typename Enum> QList<Enum> allValues()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    QList<Enum> values;
    for (int i = 0; i < meta.keyCount(); ++i)
        values.append(Enum(meta.value(i)));
    return values;
}

// Their API spellings, e.g. allNames(assignmentStateName), for filters that accept any of them.
template<typename Enum> QStringList allNames(QString (*nameOf)(Enum))
{
    QStringList names;
    for (const Enum value : allValues<Enum>())
        names.append(nameOf(value));
    return names;
}

} // namespace tp::server
