#pragma once

#include <QMetaObject>
#include <QString>
#include <QStringView>

#include <optional>

// The roles of the organisation's users. A core concept: the server checks them on every route,
// the app chooses its screens by them, and both spell them the same way in the API.
namespace tp::roles {
Q_NAMESPACE

enum class Role
{
    Admin,
    RegionalManager,
    Executive,
    Shopper,
    StoreManager
};
Q_ENUM_NS(Role)

} // namespace tp::roles

namespace tp {

using roles::Role;

// The API's spelling: "admin", "regional_manager", "executive", "shopper", "store_manager".
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

} // namespace tp
