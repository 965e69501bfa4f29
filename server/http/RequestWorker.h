#pragma once

#include "ServerContext.h"
#include "http/Router.h"

#include <QHostAddress>
#include <QUrlQuery>

#include <memory>

namespace tp::server {

class Database;
class AuthService;
class ScriptCache;
class RateLimiter;
class SqliteWriter;

// What a worker needs of an HTTP request: a plain value, safe to hand to another thread.
struct IncomingRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    QHostAddress peer;
};

// Routing, sign-in, the requests-per-token limit (when `limiter` is given), role checks and the
// route's handler for one request, on `context`.
ApiResponse dispatchRequest(ServerContext &context, const Router &router,
                            const IncomingRequest &request, RateLimiter *limiter = nullptr);

// Everything a thread needs to answer requests: its own database connection, sign-in service,
// script cache and routes. open(), process() and close() run on that thread.
class RequestWorker
{
public:
    // `limiter`, shared by every worker of the server, counts requests per token.
    // `writer`, when given, writes audits and photos for this worker (see ServerContext).
    RequestWorker(QString databaseSpec, ServerSettings settings,
                  std::shared_ptr<RateLimiter> limiter = nullptr, SqliteWriter *writer = nullptr);
    ~RequestWorker();

    bool open(QString *error);
    ApiResponse process(const IncomingRequest &request);
    void close();

private:
    QString m_databaseSpec;
    ServerSettings m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ScriptCache> m_scripts;
    std::unique_ptr<ServerContext> m_context;
    Router m_router;
    std::shared_ptr<RateLimiter> m_limiter;
    SqliteWriter *m_writer = nullptr;
};

} // namespace tp::server
