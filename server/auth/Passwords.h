#pragma once

#include <QByteArray>
#include <QString>

namespace tp::server {

// Argon2id through libsodium, at 2 passes over 19 MiB (the OWASP minimum for Argon2id).
// The encoded hash carries its own salt and parameters.
bool initialiseCrypto();
QString hashPassword(const QByteArray &password);
bool verifyPassword(const QString &encodedHash, const QByteArray &password);

// 256 random bits, URL-safe base64 without padding.
QString newToken();
// How tokens are stored: only their SHA-256, so a copy of the database cannot be replayed.
QString tokenHash(const QString &token);
QString sha256Hex(const QByteArray &data);

} // namespace tp::server
