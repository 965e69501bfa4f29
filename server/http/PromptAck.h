#pragma once

class QTcpSocket;

namespace tp::server {

// Acknowledges what the peer sent right away instead of after Linux's delayed-ACK timer. Linux
// leaves its quick-ACK mode after a few segments, and a client with Nagle's algorithm on (Qt's
// HTTP client does not set TCP_NODELAY) then holds each next piece of a body until that ACK:
// 40 ms per 200 KB photo on loopback. The flag does not stick, so it is set again on every read.
void ackPromptly(QTcpSocket *socket);

} // namespace tp::server
