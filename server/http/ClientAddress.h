#pragma once

#include "ServerContext.h"

#include <QHostAddress>

class QHttpServerRequest;

namespace tp::server {

// Who sent the request: the connection's peer, or, when that peer is the trusted proxy
// (--trusted-proxy, such as nginx on the same machine), the address the proxy names in
// X-Real-IP. Sign-in throttling per address needs the real client: behind a proxy, every
// connection comes from the proxy. From anyone else the header is ignored, so it cannot be
// forged to dodge the throttling.
QHostAddress clientAddress(const QHttpServerRequest &request, const ServerSettings &settings);

} // namespace tp::server
