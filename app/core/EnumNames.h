#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace tp::detail {

// A table of (value, API spelling) pairs read both ways, for the small domain enums.
template<typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, const char *> (&names)[N], Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueNamed(const std::pair<Enum, const char *> (&names)[N], QStringView name)
{
    for (const auto &[candidate, text] : names) {
        if (name == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace tp::detail
