#include "auth/SignInThrottle.h"

#include "storage/Database.h"

#include <algorithm>

namespace tp::server {

namespace {

QString userSubject(const QString &username)
{
    return QStringLiteral("user:") + username;
}

// User names are identifiers (no spaces), so "user-address:NAME " is a prefix of this user's
// subjects only.
QString userAddressPrefix(const QString &username)
{
    return QStringLiteral("user-address:") + username + QLatin1Char(' ');
}

QString userAddressSubject(const QString &username, const QHostAddress &address)
{
    return userAddressPrefix(username) + address.toString();
}

QString addressSubject(const QHostAddress &address)
{
    return QStringLiteral("address:") + address.toString();
}

} // namespace

SignInThrottle::SignInThrottle(Database &database, const ServerSettings &settings)
    : m_db(database)
    , m_settings(settings)
{
}

QList<SignInThrottle::Limit> SignInThrottle::limitsFor(const QString &username,
                                                       const QHostAddress &address) const
{
    const qint64 longWindowMs = m_settings.loginWindowSeconds * 1000;
    return {{userAddressSubject(username, address), m_settings.loginFailuresPerUserAddress,
             longWindowMs},
            {addressSubject(address), m_settings.loginFailuresPerAddress, longWindowMs},
            {userSubject(username), m_settings.loginFailuresPerUser,
             m_settings.loginUserWindowSeconds * 1000}};
}

// The newest `failures` failures of the window: once the oldest of them has left the window, one
// more attempt is allowed.
qint64 SignInThrottle::waitMs(const Limit &limit, qint64 nowMs)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT at_ms FROM login_failures WHERE subject = ? AND at_ms > ?"
                       " ORDER BY at_ms DESC LIMIT ?"));
    query.addBindValue(limit.subject);
    query.addBindValue(nowMs - limit.windowMs);
    query.addBindValue(limit.failures);
    if (!exec(query))
        return 0;
    int counted = 0;
    qint64 oldest = 0;
    while (query.next()) {
        ++counted;
        oldest = query.value(0).toLongLong();
    }
    return counted < limit.failures ? 0 : oldest + limit.windowMs - nowMs;
}

qint64 SignInThrottle::waitSeconds(const QString &username, const QHostAddress &address,
                                   qint64 nowMs)
{
    qint64 longest = 0;
    for (const Limit &limit : limitsFor(username, address))
        longest = std::max(longest, waitMs(limit, nowMs));
    return longest <= 0 ? 0 : (longest + 999) / 1000;
}

bool SignInThrottle::recordFailure(const QString &username, const QHostAddress &address,
                                   qint64 nowMs)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return false;
    for (const Limit &limit : limitsFor(username, address)) {
        QSqlQuery query = m_db.prepare(
            QStringLiteral("INSERT INTO login_failures (subject, at_ms) VALUES (?, ?)"));
        query.addBindValue(limit.subject);
        query.addBindValue(nowMs);
        if (!exec(query))
            return false;
    }
    return transaction.commit();
}

bool SignInThrottle::forgive(const QString &username, const QHostAddress &address)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("DELETE FROM login_failures WHERE subject = ? OR subject = ?"));
    query.addBindValue(userSubject(username));
    query.addBindValue(userAddressSubject(username, address));
    return exec(query);
}

bool SignInThrottle::unlock(const QString &username)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return false;
    const QString prefix = userAddressPrefix(username);
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "DELETE FROM login_failures WHERE subject = ? OR substr(subject, 1, ?) = ?"));
    query.addBindValue(userSubject(username));
    query.addBindValue(int(prefix.size()));
    query.addBindValue(prefix);
    return exec(query) && transaction.commit();
}

void SignInThrottle::forgetBefore(qint64 nowMs)
{
    const qint64 longestWindowMs =
        std::max(m_settings.loginWindowSeconds, m_settings.loginUserWindowSeconds) * 1000;
    Transaction transaction(m_db);
    QSqlQuery prune = m_db.prepare(QStringLiteral("DELETE FROM login_failures WHERE at_ms <= ?"));
    prune.addBindValue(nowMs - longestWindowMs);
    if (transaction.ok() && exec(prune))
        transaction.commit();
}

} // namespace tp::server
