#pragma once

namespace tp::server {

// Keeps Qt HttpServer's debug category off whatever QT_LOGGING_RULES say: it logs every request
// with all its headers, the Authorization bearer token included. The server's own request log
// (touchpoint.api) names method, path, status and time, never a header or a body.
void keepSecretsOutOfLogs();

} // namespace tp::server
