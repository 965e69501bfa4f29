#include "http/RequestWorker.h"

#include "api/Api.h"
#include "auth/AuthService.h"
#include "http/RateLimiter.h"
#include "storage/Database.h"
#include "storage/ScriptCache.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorker, "touchpoint.worker", QtInfoMsg)

namespace tp::server {

namespace {

const QString kPrefix = QStringLiteral("/api/v1");

ApiResponse rateLimited(int perMinute, int retryAfterSeconds)
{
    ApiResponse response = ApiResponse::error(
        429, QStringLiteral("rate_limited"),
        QStringLiteral("more than %1 requests a minute with this token; try again in %2 s")
            .arg(perMinute)
            .arg(retryAfterSeconds),
        QJsonObject{{QStringLiteral("limitPerMinute"), perMinute},
                    {QStringLiteral("retryAfterSeconds"), retryAfterSeconds}});
    response.headers.append(
        {QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return response;
}

} // namespace

ApiResponse dispatchRequest(ServerContext &context, const Router &router,
                            const IncomingRequest &request, RateLimiter *limiter)
{
    const QString &path = request.path;
    if (path != kPrefix && !path.startsWith(kPrefix + QLatin1Char('/')))
        return notFound(QStringLiteral("path %1").arg(path.left(200)));
    const Router::Match match = router.match(request.method, path.mid(kPrefix.size()));
    if (!match.route) {
        if (match.pathKnown)
            return ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                      QStringLiteral("%1 is not allowed on %2")
                                          .arg(QLatin1String(request.method), path.left(200)));
        return notFound(QStringLiteral("path %1").arg(path.left(200)));
    }
    if (request.body.size() > context.settings.maxBodyBytes)
        return ApiResponse::error(413, QStringLiteral("too_large"),
                                  QStringLiteral("the request is too large"));

    ApiRequest apiRequest;
    apiRequest.method = request.method;
    apiRequest.params = match.params;
    apiRequest.query = request.query;
    apiRequest.body = request.body;
    apiRequest.peer = request.peer;

    const Route &route = *match.route;
    if (route.access != Access::Public) {
        if (!request.authorization.startsWith("Bearer "))
            return ApiResponse::error(
                401, QStringLiteral("unauthenticated"),
                QStringLiteral("sign in first: send 'Authorization: Bearer TOKEN'"));
        apiRequest.principal =
            context.auth.authenticate(QString::fromLatin1(request.authorization.mid(7).trimmed()));
        if (!apiRequest.principal)
            return ApiResponse::error(
                401, QStringLiteral("invalid_token"),
                QStringLiteral("the token is unknown, expired or revoked; sign in again"));
        // Counted after sign-in, so made-up tokens cannot fill the limiter's table.
        if (limiter) {
            const RateLimiter::Decision decision = limiter->take(
                apiRequest.principal->tokenHash.toLatin1(), QDeadlineTimer::current().deadline());
            if (!decision.allowed)
                return rateLimited(limiter->perMinute(), decision.retryAfterSeconds);
        }
        if (apiRequest.principal->mustChangePassword &&
            route.access != Access::SignedInBeforePasswordChange)
            return ApiResponse::error(
                403, QStringLiteral("password_change_required"),
                QStringLiteral("choose your own password first: POST /me/password"));
        if (!route.roles.isEmpty() && !route.roles.contains(apiRequest.principal->role))
            return forbidden(QStringLiteral("the role %1 may not do this")
                                 .arg(roleName(apiRequest.principal->role)));
    }
    return route.handler(apiRequest);
}

RequestWorker::RequestWorker(QString databaseSpec, ServerSettings settings,
                             std::shared_ptr<RateLimiter> limiter, SqliteWriter *writer)
    : m_databaseSpec(std::move(databaseSpec))
    , m_settings(settings)
    , m_limiter(std::move(limiter))
    , m_writer(writer)
{
}

RequestWorker::~RequestWorker() = default;

bool RequestWorker::open(QString *error)
{
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_databaseSpec, error))
        return false;
    m_auth = std::make_unique<AuthService>(*m_db, m_settings);
    m_scripts = std::make_unique<ScriptCache>(*m_db);
    m_context = std::make_unique<ServerContext>(
        ServerContext{*m_db, *m_auth, m_settings, *m_scripts, m_writer});
    m_router = buildRouter(*m_context);
    return true;
}

ApiResponse RequestWorker::process(const IncomingRequest &request)
{
    ApiResponse response;
    try {
        response = dispatchRequest(*m_context, m_router, request, m_limiter.get());
    } catch (const std::exception &e) {
        qCCritical(lcWorker) << "handler threw:" << e.what();
        response = internalError(QStringLiteral("the server failed; the request was not applied"));
    }
    m_db->releaseStatements();
    return response;
}

void RequestWorker::close()
{
    m_router = Router();
    m_context.reset();
    m_scripts.reset();
    m_auth.reset();
    m_db.reset();
}

} // namespace tp::server
