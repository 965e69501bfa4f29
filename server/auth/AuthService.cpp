#include "auth/AuthService.h"

#include "auth/Passwords.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>

namespace tp::server {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

AuthService::AuthService(Database &database, const ServerSettings &settings)
    : m_db(database)
    , m_settings(settings)
    , m_throttle(database, settings)
    , m_dummyHash(hashPassword(QByteArrayLiteral("no such user")))
{
}

std::optional<Principal> AuthService::loadUser(const QString &username)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT display_name, role, site_id, disabled, must_change_password FROM users"
        " WHERE username = ?"));
    query.addBindValue(username);
    if (!exec(query) || !query.next() || query.value(3).toInt() != 0)
        return std::nullopt;
    const auto role = roleFromName(query.value(1).toString());
    if (!role)
        return std::nullopt;
    Principal principal;
    principal.username = username;
    principal.displayName = query.value(0).toString();
    principal.role = *role;
    principal.site = query.value(2).toString();
    principal.mustChangePassword = query.value(4).toInt() != 0;
    QSqlQuery regions = m_db.prepare(
        QStringLiteral("SELECT region_id FROM user_regions WHERE username = ? ORDER BY region_id"));
    regions.addBindValue(username);
    if (exec(regions)) {
        while (regions.next())
            principal.regions.append(regions.value(0).toString());
    }
    return principal;
}

LoginResult AuthService::login(const QString &username, const QByteArray &password,
                               const QHostAddress &peer)
{
    LoginResult result;
    const qint64 now = nowMs();
    m_throttle.forgetBefore(now);
    if (const qint64 wait = m_throttle.waitSeconds(username, peer, now); wait > 0) {
        result.outcome = LoginResult::Throttled;
        result.retryAfterSeconds = wait;
        return result;
    }

    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT password_hash, disabled FROM users WHERE username = ?"));
    query.addBindValue(username);
    if (!exec(query))
        return result;
    const bool known = query.next();
    const QString hash = known ? query.value(0).toString() : m_dummyHash;
    const bool disabled = known && query.value(1).toInt() != 0;
    const bool passwordOk = verifyPassword(hash, password);
    if (!known || disabled || !passwordOk) {
        m_throttle.recordFailure(username, peer, now);
        result.outcome = LoginResult::WrongCredentials;
        return result;
    }

    result.user = loadUser(username);
    if (!result.user)
        return result;
    result.token = newToken();
    result.expiresAtMs = now + m_settings.tokenLifetimeSeconds * 1000;
    // Under the writer lock, like every write: a sign-in while another lane writes waits.
    Transaction transaction(m_db);
    if (!transaction.ok())
        return result;
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO tokens (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(tokenHash(result.token));
    insert.addBindValue(username);
    insert.addBindValue(now);
    insert.addBindValue(result.expiresAtMs);
    if (!exec(insert))
        return result;
    if (!m_throttle.forgive(username, peer) || !transaction.commit())
        return result;
    result.outcome = LoginResult::SignedIn;
    return result;
}

std::optional<Principal> AuthService::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 100)
        return std::nullopt;
    const QString hash = tokenHash(token);
    // One query for the token and its user; regions only for the role that has them.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT u.username, u.display_name, u.role, u.site_id, u.must_change_password"
        " FROM tokens t"
        " JOIN users u ON u.username = t.username"
        " WHERE t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ? AND u.disabled = 0"));
    query.addBindValue(hash);
    query.addBindValue(nowMs());
    if (!exec(query) || !query.next())
        return std::nullopt;
    const auto role = roleFromName(query.value(2).toString());
    if (!role)
        return std::nullopt;
    Principal principal;
    principal.username = query.value(0).toString();
    principal.displayName = query.value(1).toString();
    principal.role = *role;
    principal.site = query.value(3).toString();
    principal.mustChangePassword = query.value(4).toInt() != 0;
    principal.tokenHash = hash;
    if (principal.role == Role::RegionalManager) {
        QSqlQuery regions = m_db.prepare(QStringLiteral(
            "SELECT region_id FROM user_regions WHERE username = ? ORDER BY region_id"));
        regions.addBindValue(principal.username);
        if (!exec(regions))
            return std::nullopt;
        while (regions.next())
            principal.regions.append(regions.value(0).toString());
    }
    return principal;
}

bool AuthService::unlock(const QString &username)
{
    return m_throttle.unlock(username);
}

PasswordChange AuthService::changePassword(const Principal &user, const QByteArray &current,
                                           const QByteArray &next, const QHostAddress &peer)
{
    PasswordChange result;
    const qint64 now = nowMs();
    if (const qint64 wait = m_throttle.waitSeconds(user.username, peer, now); wait > 0) {
        result.outcome = PasswordChange::Throttled;
        result.retryAfterSeconds = wait;
        return result;
    }
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT password_hash FROM users WHERE username = ?"));
    query.addBindValue(user.username);
    if (!exec(query) || !query.next())
        return result;
    if (!verifyPassword(query.value(0).toString(), current)) {
        m_throttle.recordFailure(user.username, peer, now);
        result.outcome = PasswordChange::WrongPassword;
        return result;
    }
    const QString hash = hashPassword(next);
    Transaction transaction(m_db);
    if (!transaction.ok())
        return result;
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE users SET password_hash = ?, must_change_password = 0 WHERE username = ?"));
    update.addBindValue(hash);
    update.addBindValue(user.username);
    QSqlQuery revoke = m_db.prepare(
        QStringLiteral("UPDATE tokens SET revoked = 1 WHERE username = ? AND token_hash <> ?"));
    revoke.addBindValue(user.username);
    revoke.addBindValue(user.tokenHash);
    if (!exec(update) || !exec(revoke) || !m_throttle.forgive(user.username, peer) ||
        !transaction.commit())
        return result;
    result.outcome = PasswordChange::Changed;
    return result;
}

bool AuthService::revoke(const QString &hash)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"));
    query.addBindValue(hash);
    return exec(query);
}

QJsonObject principalToJson(const Principal &principal)
{
    QJsonObject user{{QStringLiteral("username"), principal.username},
                     {QStringLiteral("displayName"), principal.displayName},
                     {QStringLiteral("role"), roleName(principal.role)}};
    if (!principal.regions.isEmpty())
        user.insert(QStringLiteral("regions"), QJsonArray::fromStringList(principal.regions));
    if (!principal.site.isEmpty())
        user.insert(QStringLiteral("site"), principal.site);
    if (principal.mustChangePassword)
        user.insert(QStringLiteral("mustChangePassword"), true);
    return user;
}

} // namespace tp::server
