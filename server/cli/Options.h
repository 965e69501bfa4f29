#pragma once

#include <QStringList>

#include <optional>

namespace tp::cli {

// A small "--name value" / "--flag" parser for the subcommands. Unknown options are errors.
class Options
{
public:
    Options(QStringList arguments, QStringList valueOptions, QStringList flagOptions);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    std::optional<QString> value(const QString &name) const;
    QStringList values(const QString &name) const; // repeated options
    bool flag(const QString &name) const { return m_flags.contains(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QList<std::pair<QString, QString>> m_values;
    QStringList m_flags;
    QStringList m_positional;
    QString m_error;
};

} // namespace tp::cli
