#include "http/Router.h"

namespace tp::server {

void Router::add(const char *method, const char *pattern, Access access, QList<Role> roles,
                 Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = QLatin1String(pattern);
    route.segments = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.access = access;
    route.roles = std::move(roles);
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (int i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments[i];
            if (expected.startsWith(QLatin1Char('{')))
                params.insert(expected.mid(1, expected.size() - 2), segments[i]);
            else
                matches = expected == segments[i];
        }
        if (!matches)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
    }
    return result;
}

} // namespace tp::server
