#pragma once

#include "sync/ApiReply.h"
#include "sync/SyncTypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

#include "storage/SyncStore.h"

namespace tp::storage {
class DeviceDatabase;
} // namespace tp::storage

namespace tp::sync {

// Keeps the phone and the server in step: pulls sites, scripts and assignments by cursor, and
// pushes the outbox (audits a few dozen at a time by POST /audits/bulk, each answered with its
// own receipt as a PUT on its uuid would be, then each audit's photos by hash). An entry leaves
// the outbox only when the server's receipt names the same content hash and its photos are up.
// Failures are kept on the entry with the reason; network and server failures are retried with
// backoff, refusals (4xx) only on demand.
//
// Meant to live on its own thread (moveToThread, then start()): it opens its own connection to
// the device database there, and nothing it does waits on the UI thread.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    explicit SyncClient(SyncSettings settings, QObject *parent = nullptr);
    ~SyncClient() override;

public slots:
    void start();
    void setToken(const QString &token);
    // One sync now; with includeRefused, entries the server refused are tried again too.
    void syncNow(bool includeRefused = false);
    void stop();

signals:
    void statusChanged(const tp::sync::SyncStatus &status);
    void organisationChanged(); // a pull brought new sites, scripts or assignments
    void auditsChanged();       // some audit's sync state changed
    void syncFinished(bool reachedServer);

private:
    void pull();
    void pushNextWindow();
    void readMoreOfQueue();
    QList<storage::PendingUpload> takeBulk();
    void startBulk(const QList<storage::PendingUpload> &entries);
    void takeBulkAnswer(const QList<storage::PendingUpload> &entries, const ApiReply &answer);
    void uploadPhotos(const QString &audit, QList<QPair<QString, QString>> photos);
    void finishEntry(const QString &audit);
    void entryDone();
    void releaseSlot(); // a request has ended: start what may follow
    void recordEntryFailure(const QString &audit, int attempts, const ApiReply &reply);
    void endCycle();
    void publish(); // at most every kPublishIntervalMs while a sync runs
    void publishNow();
    void scheduleRetry(qint64 delayMs);
    QUrl url(const QString &path) const;
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body,
                        const QByteArray &contentType);
    void logFailure(const QString &what, const ApiReply &reply) const;

    SyncSettings m_settings;
    std::unique_ptr<storage::DeviceDatabase> m_db;
    std::unique_ptr<storage::SyncStore> m_store;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_retryTimer = nullptr; // created on the client's thread
    QTimer *m_publishTimer = nullptr;
    QElapsedTimer m_lastPublish;
    bool m_auditsChangedPending = false;
    // A sync walks the queue once, in order, taking what was due when it started.
    qint64 m_cycleStartMs = 0;
    storage::QueuePosition m_position;
    bool m_queueExhausted = false;
    QString m_token;
    SyncStatus m_status;
    bool m_rerun = false;
    bool m_includeRefused = false;
    bool m_cycleFailed = false;
    bool m_stopCycle = false;
    int m_inFlight = 0; // requests
    int m_consecutiveFailures = 0;
    QList<storage::PendingUpload> m_queue; // the current window, not yet started
    struct PhotoWork
    {
        QString audit;
        QList<QPair<QString, QString>> photos; // (sha256, file) not yet uploaded
    };
    QList<PhotoWork> m_photoWork; // audits on the server whose photos are to be sent
    struct CycleCounts            // what one sync did, for its line in the log
    {
        int sent = 0;     // audits in bulk uploads
        int receipts = 0; // audits the server gave a receipt for
        int refused = 0;  // entries the server refused (kept until asked again)
        int retry = 0;    // entries that failed and wait for a retry
        int photos = 0;   // photos uploaded
    };
    CycleCounts m_cycleCounts;
    QElapsedTimer m_cycleTimer;
};

} // namespace tp::sync
