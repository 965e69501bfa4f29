#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace tp::sync {

struct SyncSettings
{
    QUrl server;          // e.g. http://127.0.0.1:8080 (the API is under /api/v1)
    QString databaseFile; // the device database; the client opens its own connection
    int concurrency = 6;  // requests in flight: QNetworkAccessManager opens up to 6 per server
    // Audits per POST /audits/bulk, and the most bytes of audits in one (the server takes a JSON
    // body of up to 5 MiB and 100 audits); an audit larger than that still goes, alone.
    int auditsPerRequest = 25;
    qsizetype maxRequestBytes = 4 * 1024 * 1024;
    int transferTimeoutMs = 20000;
    int firstRetryMs = 2000; // backoff after a failure: doubles up to maxRetryMs, with jitter
    int maxRetryMs = 5 * 60 * 1000;
};

// Where sync stands, for the screens.
struct SyncStatus
{
    bool online = true;       // false after a request failed for want of a network
    bool running = false;     // a sync is under way
    bool needsSignIn = false; // the server refused the token (expired, revoked)
    int waiting = 0;          // submitted audits not yet confirmed by the server
    int refused = 0;          // of which the server refused (kept, shown, retried on demand)
    int photosWaiting = 0;
    int uploadedThisRun = 0;
    QString lastSyncAt; // ISO time of the last sync that reached the server and finished
    QString lastError;  // in words; empty after a clean sync
};

} // namespace tp::sync

Q_DECLARE_METATYPE(tp::sync::SyncStatus)
