#pragma once

#include <QString>
#include <QtGlobal>

namespace tp::server {

class Database;
class AuthService;
class ScriptCache;
class SqliteWriter;

struct ServerSettings
{
    qint64 maxBodyBytes = 10 * 1024 * 1024; // any request (photos are the largest)
    qint64 maxJsonBytes = 5 * 1024 * 1024;  // any JSON body (scripts 4 MiB, audits 2 MiB)
    int maxJsonDepth = 32;
    qint64 maxPhotoBytes = 8 * 1024 * 1024;
    int maxBulkAssignments = 500;
    int maxBulkAudits = 100; // POST /audits/bulk; the JSON body's 5 MiB bounds it too
    qint64 tokenLifetimeSeconds = 12 * 3600;
    // Failed sign-ins before 429 (auth/SignInThrottle): per user name and address, and per
    // address, within loginWindowSeconds; per user name from anywhere, far more and only
    // within loginUserWindowSeconds, so that nobody can keep a user out for long.
    int loginFailuresPerUserAddress = 5;
    int loginFailuresPerAddress = 20;
    qint64 loginWindowSeconds = 15 * 60;
    int loginFailuresPerUser = 100;
    qint64 loginUserWindowSeconds = 60;
    // Per token, across all lanes; 0: no limit. One phone pushing a 10,000-audit queue with
    // its photos makes about 2,400 requests (400 bulk uploads, 2,000 photos; bench/sync).
    int requestsPerTokenPerMinute = 20000;
    int idleTimeoutMs = 30 * 1000; // a connection with nothing moving is closed; 0: never
    QString trustedProxy; // a proxy's address: its X-Real-IP names the client (http/ClientAddress)
};

// What every handler needs: the database, sign-in and the limits.
struct ServerContext
{
    Database &db;
    AuthService &auth;
    ServerSettings settings;
    ScriptCache &scripts;
    // On SQLite, the one connection that writes audits and photos for every lane; null when
    // each lane writes on its own connection (PostgreSQL, tools, tests of one connection).
    SqliteWriter *writer = nullptr;
};

} // namespace tp::server
