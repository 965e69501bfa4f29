#pragma once

#include "ServerContext.h"
#include "auth/Principal.h"

#include <QHostAddress>
#include <QJsonObject>

#include <optional>

namespace tp::server {

class Database;

struct LoginResult
{
    enum Outcome
    {
        SignedIn,
        WrongCredentials,
        Throttled,
        Failed
    } outcome = Failed;
    QString token;
    qint64 expiresAtMs = 0;
    std::optional<Principal> user;
    qint64 retryAfterSeconds = 0;
};

// Sign-in with Argon2id password hashes, random bearer tokens stored as SHA-256, expiry and
// revocation, and login throttling per user and per address (kept in the database so that every
// server instance sees the same counts).
class AuthService
{
public:
    AuthService(Database &database, const ServerSettings &settings);

    LoginResult login(const QString &username, const QByteArray &password,
                      const QHostAddress &peer);
    std::optional<Principal> authenticate(const QString &token);
    bool revoke(const QString &tokenHash);
    std::optional<Principal> loadUser(const QString &username);

private:
    qint64 recentFailures(const QString &subject, qint64 since);
    void recordFailure(const QString &subject, qint64 at);

    Database &m_db;
    const ServerSettings &m_settings;
    QString m_dummyHash; // verified against for unknown users, so timing does not tell them apart
};

QJsonObject principalToJson(const Principal &principal);

} // namespace tp::server
