#pragma once

#include "ServerContext.h"

#include <QHostAddress>
#include <QString>

namespace tp::server {

class Database;

// Failed sign-ins, counted in the database so that every server instance sees the same counts.
// Three counts, each with its own limit and window:
// - per user name and client address (few, long): guessing one password from one address;
// - per client address (more, long): one address trying many user names;
// - per user name from anywhere (far more, short): guessing from many addresses. It is short so
//   that failures made elsewhere never keep the real user out for long.
// A failure from one address therefore never locks the user out at another.
class SignInThrottle
{
public:
    SignInThrottle(Database &database, const ServerSettings &settings);

    // Seconds until this user name may be tried again from this address; 0: now.
    qint64 waitSeconds(const QString &username, const QHostAddress &address, qint64 nowMs);
    bool recordFailure(const QString &username, const QHostAddress &address, qint64 nowMs);
    // After a good sign-in: that user's failures are forgotten, the address's are not. Runs in the
    // caller's transaction.
    bool forgive(const QString &username, const QHostAddress &address);
    // An admin's unlock: every failure counted against the user name, from any address.
    bool unlock(const QString &username);
    void forgetBefore(qint64 nowMs);

private:
    struct Limit
    {
        QString subject;
        int failures;
        qint64 windowMs;
    };
    QList<Limit> limitsFor(const QString &username, const QHostAddress &address) const;
    qint64 waitMs(const Limit &limit, qint64 nowMs);

    Database &m_db;
    const ServerSettings &m_settings;
};

} // namespace tp::server
