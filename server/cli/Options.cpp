#include "cli/Options.h"

namespace tp::cli {

Options::Options(QStringList arguments, QStringList valueOptions, QStringList flagOptions)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!argument.startsWith(QLatin1String("--"))) {
            m_positional.append(argument);
            continue;
        }
        const QString name = argument.mid(2);
        if (flagOptions.contains(name)) {
            m_flags.append(name);
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= arguments.size()) {
                m_error = QStringLiteral("%1 needs a value").arg(argument);
                return;
            }
            m_values.append({name, arguments[++i]});
        } else {
            m_error = QStringLiteral("unknown option %1").arg(argument);
            return;
        }
    }
}

std::optional<QString> Options::value(const QString &name) const
{
    for (const auto &[key, value] : m_values) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QStringList Options::values(const QString &name) const
{
    QStringList result;
    for (const auto &[key, value] : m_values) {
        if (key == name)
            result.append(value);
    }
    return result;
}

} // namespace tp::cli
