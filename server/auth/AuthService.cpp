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
    , m_dummyHash(hashPassword(QByteArrayLiteral("no such user")))
{
}

std::optional<Principal> AuthService::loadUser(const QString &username)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT display_name, role, site_id, disabled FROM users WHERE username = ?"));
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
    QSqlQuery regions = m_db.prepare(
        QStringLiteral("SELECT region_id FROM user_regions WHERE username = ? ORDER BY region_id"));
    regions.addBindValue(username);
    if (exec(regions)) {
        while (regions.next())
            principal.regions.append(regions.value(0).toString());
    }
    return principal;
}

qint64 AuthService::recentFailures(const QString &subject, qint64 since)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE subject = ? AND at_ms > ?"));
    query.addBindValue(subject);
    query.addBindValue(since);
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

void AuthService::recordFailure(const QString &subject, qint64 at)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return;
    QSqlQuery query =
        m_db.prepare(QStringLiteral("INSERT INTO login_failures (subject, at_ms) VALUES (?, ?)"));
    query.addBindValue(subject);
    query.addBindValue(at);
    if (exec(query))
        transaction.commit();
}

LoginResult AuthService::login(const QString &username, const QByteArray &password,
                               const QHostAddress &peer)
{
    LoginResult result;
    const qint64 now = nowMs();
    const qint64 windowStart = now - m_settings.loginWindowSeconds * 1000;
    const QString userSubject = QStringLiteral("user:") + username;
    const QString addressSubject = QStringLiteral("address:") + peer.toString();

    {
        Transaction transaction(m_db);
        QSqlQuery prune =
            m_db.prepare(QStringLiteral("DELETE FROM login_failures WHERE at_ms <= ?"));
        prune.addBindValue(windowStart);
        if (transaction.ok() && exec(prune))
            transaction.commit();
    }
    if (recentFailures(userSubject, windowStart) >= m_settings.loginFailuresPerUser ||
        recentFailures(addressSubject, windowStart) >= m_settings.loginFailuresPerAddress) {
        result.outcome = LoginResult::Throttled;
        result.retryAfterSeconds = m_settings.loginWindowSeconds;
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
        recordFailure(userSubject, now);
        recordFailure(addressSubject, now);
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
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM login_failures WHERE subject = ?"));
    clear.addBindValue(userSubject);
    if (!exec(clear) || !transaction.commit())
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
        "SELECT u.username, u.display_name, u.role, u.site_id FROM tokens t"
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
    return user;
}

} // namespace tp::server
