#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tp::server {

enum class Role
{
    Admin,
    RegionalManager,
    Executive,
    Shopper,
    StoreManager
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

// The signed-in user a request acts for.
struct Principal
{
    QString username;
    QString displayName;
    Role role = Role::Shopper;
    QStringList regions; // regional managers: the regions they manage
    QString site;        // store managers: their site
    QString tokenHash;

    bool is(Role r) const { return role == r; }
};

} // namespace tp::server
