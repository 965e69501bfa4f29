#pragma once

#include "ServerContext.h"
#include "auth/Principal.h"
#include "http/ApiTypes.h"

#include <QStringList>
#include <QUrlQuery>

namespace tp::server {

// The reports of GET /api/v1/reports/<name> (api/ReportApi.cpp), for callers without an HTTP
// request, such as `touchpoint-server export report`: the same filters (region, site, script,
// channel, from, to; `by` for trend), the same scope for `viewer` and the same JSON.
QStringList reportNames();
ApiResponse reportResponse(ServerContext &context, const Principal &viewer, const QString &name,
                           const QUrlQuery &query);

} // namespace tp::server
