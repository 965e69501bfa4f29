#pragma once

#include <QtGlobal>

namespace tp::server {

class Database;
class AuthService;
class ScriptCache;

struct ServerSettings
{
    qint64 maxBodyBytes = 10 * 1024 * 1024; // any request (photos are the largest)
    qint64 maxJsonBytes = 5 * 1024 * 1024;  // any JSON body (scripts 4 MiB, audits 2 MiB)
    int maxJsonDepth = 32;
    qint64 maxPhotoBytes = 8 * 1024 * 1024;
    int maxBulkAssignments = 500;
    qint64 tokenLifetimeSeconds = 12 * 3600;
    int loginFailuresPerUser = 5;     // within the window, then 429
    int loginFailuresPerAddress = 20; // within the window, then 429
    qint64 loginWindowSeconds = 15 * 60;
};

// What every handler needs: the database, sign-in and the limits.
struct ServerContext
{
    Database &db;
    AuthService &auth;
    ServerSettings settings;
    ScriptCache &scripts;
};

} // namespace tp::server
