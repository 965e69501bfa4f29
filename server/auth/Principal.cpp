#include "auth/Principal.h"

#include <array>
#include <utility>

namespace tp::server {

namespace {

constexpr std::array<std::pair<Role, const char *>, 5> kRoles{{
    {Role::Admin, "admin"},
    {Role::RegionalManager, "regional_manager"},
    {Role::Executive, "executive"},
    {Role::Shopper, "shopper"},
    {Role::StoreManager, "store_manager"},
}};

} // namespace

QString roleName(Role role)
{
    for (const auto &[value, name] : kRoles) {
        if (value == role)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &[value, text] : kRoles) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace tp::server
