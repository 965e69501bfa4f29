#pragma once

#include "ServerContext.h"
#include "auth/Principal.h"
#include "auth/SignInThrottle.h"

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

struct PasswordChange
{
    enum Outcome
    {
        Changed,
        WrongPassword, // the current password is not the user's
        Throttled,     // too many wrong current passwords (counted as failed sign-ins)
        Failed
    } outcome = Failed;
    qint64 retryAfterSeconds = 0;
};

// Sign-in with Argon2id password hashes, random bearer tokens stored as SHA-256, expiry and
// revocation, and sign-in throttling (auth/SignInThrottle).
class AuthService
{
public:
    AuthService(Database &database, const ServerSettings &settings);

    LoginResult login(const QString &username, const QByteArray &password,
                      const QHostAddress &peer);
    std::optional<Principal> authenticate(const QString &token);
    bool revoke(const QString &tokenHash);
    // Forgets the failed sign-ins counted against the user, from every address.
    bool unlock(const QString &username);
    // The user's own new password (checked by the caller), after the current one: the initial
    // password is then changed, and every other session of the user ends.
    PasswordChange changePassword(const Principal &user, const QByteArray &current,
                                  const QByteArray &next, const QHostAddress &peer);
    std::optional<Principal> loadUser(const QString &username);

private:
    Database &m_db;
    const ServerSettings &m_settings;
    SignInThrottle m_throttle;
    QString m_dummyHash; // verified against for unknown users, so timing does not tell them apart
};

QJsonObject principalToJson(const Principal &principal);

} // namespace tp::server
