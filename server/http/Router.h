#pragma once

#include "http/ApiTypes.h"

#include <functional>
#include <initializer_list>

namespace tp::server {

using Handler = std::function<ApiResponse(ApiRequest &)>;

enum class Access
{
    Public,
    SignedIn,
    // Signed in, also with an initial password still to change (every other route then
    // answers 403 password_change_required).
    SignedInBeforePasswordChange
};

struct Route
{
    QByteArray method;
    QStringList segments; // "{name}" segments capture a parameter
    Access access = Access::SignedIn;
    QList<Role> roles; // empty: any signed-in role
    Handler handler;
    QString pattern;
};

// Maps method + path under /api/v1 to a handler, with the roles allowed to call it. Ownership
// of the object named in the path is checked by the handler itself.
class Router
{
public:
    void add(const char *method, const char *pattern, Access access, QList<Role> roles,
             Handler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false; // a route has this path, maybe for another method
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace tp::server
