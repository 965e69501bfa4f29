#pragma once

class QTcpSocket;

namespace tp::server {

// Closes the connection once nothing has moved on it, either way, for `timeoutMs`: a client that
// connects and sends nothing, stalls halfway through a request, or keeps an idle keep-alive
// connection. Each byte read or written starts the wait again, so a slow upload that keeps
// moving is not cut. 0 or less: never.
void closeWhenIdle(QTcpSocket *socket, int timeoutMs);

} // namespace tp::server
