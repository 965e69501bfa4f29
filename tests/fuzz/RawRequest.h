#pragma once

#include "http/RequestWorker.h"

#include <QByteArray>

namespace tp::fuzz {

// Raw HTTP/1.1 request bytes as the server's lanes hand them to RequestWorker: the request line
// (method, path, query), the Authorization header and the body (Content-Length bytes when
// given, else the rest). Stands in for Qt HttpServer's parser, whose QHttpServerRequest cannot
// be made outside Qt. Methods Qt does not know become "OTHER", as methodName() says.
server::IncomingRequest parseRawRequest(const QByteArray &bytes);

} // namespace tp::fuzz
