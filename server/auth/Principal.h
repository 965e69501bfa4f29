#pragma once

#include "core/Role.h"

#include <QString>
#include <QStringList>

namespace tp::server {

// The signed-in user a request acts for.
struct Principal
{
    QString username;
    QString displayName;
    Role role = Role::Shopper;
    QStringList regions; // regional managers: the regions they manage
    QString site;        // store managers: their site
    QString tokenHash;
    // Signed in with an initial password an admin set: only /me, /me/password and /logout.
    bool mustChangePassword = false;

    bool is(Role r) const { return role == r; }
};

} // namespace tp::server
