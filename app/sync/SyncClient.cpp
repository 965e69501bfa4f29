#include "sync/SyncClient.h"

#include "storage/AuditStore.h"
#include "storage/DeviceDatabase.h"
#include "sync/Backoff.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace tp::sync {

namespace {

constexpr int kPublishIntervalMs = 250;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SyncClient::SyncClient(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<tp::sync::SyncStatus>();
}

SyncClient::~SyncClient() = default;

void SyncClient::start()
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { syncNow(false); });
    // Counting the outbox for the screens costs milliseconds with a long queue: a few times a
    // second is enough for a progress display.
    m_publishTimer = new QTimer(this);
    m_publishTimer->setSingleShot(true);
    connect(m_publishTimer, &QTimer::timeout, this, &SyncClient::publishNow);
    m_network = new QNetworkAccessManager(this);
    auto opened = storage::DeviceDatabase::open(m_settings.databaseFile);
    if (!opened.database) {
        m_status.lastError = opened.error;
        publish();
        return;
    }
    m_db = std::move(opened.database);
    // Everything this connection writes can be redone: a receipt lost to a power cut means the
    // audit is sent again and the server answers with the same receipt; a pull lost with its
    // cursor is pulled again. Waiting for flash on each of 10,000 receipts would be most of a
    // long sync's time.
    m_db->setFlushEachCommit(false);
    m_store = std::make_unique<storage::SyncStore>(*m_db);
    publish();
}

void SyncClient::stop()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    m_stopCycle = true;
}

void SyncClient::setToken(const QString &token)
{
    m_token = token;
    m_status.needsSignIn = token.isEmpty();
}

QUrl SyncClient::url(const QString &path) const
{
    QUrl result = m_settings.server;
    result.setPath(result.path() + QStringLiteral("/api/v1") + path);
    return result;
}

QNetworkReply *SyncClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                const QByteArray &contentType)
{
    QNetworkRequest request(url(path));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_network->sendCustomRequest(request, verb, body);
}

void SyncClient::syncNow(bool includeRefused)
{
    if (!m_store)
        return;
    m_includeRefused = m_includeRefused || includeRefused;
    if (m_status.running) {
        m_rerun = true;
        return;
    }
    if (m_token.isEmpty()) {
        m_status.needsSignIn = true;
        publish();
        return;
    }
    m_retryTimer->stop();
    m_cycleStartMs = nowMs();
    m_position = {};
    m_queueExhausted = false;
    m_status.running = true;
    m_status.uploadedThisRun = 0;
    m_cycleFailed = false;
    m_stopCycle = false;
    if (m_includeRefused)
        m_store->retryAllNow();
    m_includeRefused = false;
    publish();
    pull();
}

void SyncClient::pull()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), QString::number(m_store->cursor()));
    QNetworkRequest request(url(QStringLiteral("/sync")));
    QUrl withQuery = request.url();
    withQuery.setQuery(query);
    request.setUrl(withQuery);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const ApiReply answer = ApiReply::from(reply);
        if (!answer.ok()) {
            m_status.online = answer.kind != ApiReply::Kind::Offline;
            m_status.needsSignIn = answer.kind == ApiReply::Kind::SignIn;
            m_status.lastError = answer.message;
            m_cycleFailed = true;
            endCycle();
            return;
        }
        m_status.online = true;
        const storage::WriteResult applied = m_store->applyPull(answer.json);
        if (!applied.ok()) {
            m_status.lastError =
                QStringLiteral("could not take the server's changes: ") + applied.error;
            m_cycleFailed = true;
        } else {
            emit organisationChanged();
        }
        pushNextWindow();
    });
}

void SyncClient::pushNextWindow()
{
    if (m_stopCycle) {
        if (m_inFlight == 0)
            endCycle();
        return;
    }
    // A bounded window, topped up while requests are in flight: memory stays flat however long
    // the queue is, and no connection waits for the slowest request of a window.
    if (m_queue.size() < m_settings.concurrency && !m_queueExhausted)
        readMoreOfQueue();
    while (!m_queue.isEmpty() && m_inFlight < m_settings.concurrency)
        startUpload(m_queue.takeFirst());
    if (m_inFlight == 0)
        endCycle();
}

void SyncClient::readMoreOfQueue()
{
    const int batch = m_settings.concurrency * 8;
    const QList<storage::PendingUpload> more =
        m_store->due(m_cycleStartMs, batch, false, m_position);
    if (more.size() < batch)
        m_queueExhausted = true;
    if (!more.isEmpty())
        m_position = {more.last().queuedAt, more.last().audit};
    m_queue += more;
}

void SyncClient::startUpload(const storage::PendingUpload &entry)
{
    ++m_inFlight;
    if (!entry.receiptSha256.isEmpty()) { // the audit is on the server; photos remain
        uploadPhotos(entry.audit, entry.photos);
        return;
    }
    QNetworkReply *reply =
        send("PUT", QStringLiteral("/audits/") + entry.audit, entry.body, "application/json");
    connect(reply, &QNetworkReply::finished, this, [this, reply, entry] {
        reply->deleteLater();
        const ApiReply answer = ApiReply::from(reply);
        if (!answer.ok()) {
            failEntry(entry.audit, entry.attempts, answer);
            return;
        }
        const QString receipt = answer.json.value(QLatin1String("contentSha256")).toString();
        bool confirmed = false;
        const storage::WriteResult recorded =
            m_store->recordReceipt(entry.audit, receipt, &confirmed);
        if (!recorded.ok()) {
            ApiReply mismatch = answer;
            mismatch.kind = ApiReply::Kind::Refused;
            mismatch.message = QStringLiteral("the server holds other content for this audit");
            failEntry(entry.audit, entry.attempts, mismatch);
            return;
        }
        if (confirmed)
            entryDone();
        else
            uploadPhotos(entry.audit, entry.photos);
    });
}

void SyncClient::uploadPhotos(const QString &audit, QList<QPair<QString, QString>> photos)
{
    if (photos.isEmpty()) {
        finishEntry(audit);
        return;
    }
    const auto [sha256, fileName] = photos.takeFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ApiReply missing;
        missing.kind = ApiReply::Kind::Refused;
        missing.message =
            QStringLiteral("a photo of this audit is missing on the phone: %1").arg(fileName);
        failEntry(audit, 0, missing);
        return;
    }
    QNetworkReply *reply = send("PUT", QStringLiteral("/photos/") + sha256, file.readAll(),
                                "application/octet-stream");
    connect(reply, &QNetworkReply::finished, this, [this, reply, audit, sha256 = sha256, photos] {
        reply->deleteLater();
        const ApiReply answer = ApiReply::from(reply);
        if (!answer.ok()) {
            failEntry(audit, 0, answer);
            return;
        }
        m_store->recordPhotoUploaded(sha256);
        publish();
        uploadPhotos(audit, photos);
    });
}

void SyncClient::finishEntry(const QString &audit)
{
    m_store->completeIfDone(audit);
    entryDone();
}

void SyncClient::entryDone()
{
    --m_inFlight;
    ++m_status.uploadedThisRun;
    m_consecutiveFailures = 0;
    m_auditsChangedPending = true;
    publish();
    pushNextWindow();
}

void SyncClient::failEntry(const QString &audit, int attempts, const ApiReply &reply)
{
    --m_inFlight;
    m_cycleFailed = true;
    m_status.lastError = reply.message;
    const bool refused = reply.kind == ApiReply::Kind::Refused;
    const qint64 wait =
        refused ? 0 : backoffMs(attempts + 1, m_settings.firstRetryMs, m_settings.maxRetryMs);
    m_store->recordFailure(audit, reply.status, reply.message, nowMs() + wait, refused);
    m_auditsChangedPending = true;
    publish();
    if (reply.kind == ApiReply::Kind::Offline) {
        m_status.online = false;
        m_stopCycle = true; // no point sending the rest into a dead network
    } else if (reply.kind == ApiReply::Kind::SignIn) {
        m_status.needsSignIn = true;
        m_stopCycle = true;
    }
    pushNextWindow();
}

void SyncClient::endCycle()
{
    if (m_inFlight > 0)
        return;
    m_queue.clear();
    m_status.running = false;
    if (!m_cycleFailed) {
        m_status.lastSyncAt = storage::nowTimestamp();
        m_status.lastError.clear();
        m_consecutiveFailures = 0;
    } else {
        ++m_consecutiveFailures;
    }
    publish();
    emit syncFinished(!m_cycleFailed);
    if (m_rerun) {
        m_rerun = false;
        syncNow(false);
        return;
    }
    // Something is left (a failure waiting for its backoff, or the network is down): try again.
    const storage::OutboxCounts counts = m_store->counts();
    if (!m_status.needsSignIn && (m_cycleFailed || counts.waiting > counts.refused))
        scheduleRetry(backoffMs(qMax(1, m_consecutiveFailures), m_settings.firstRetryMs,
                                m_settings.maxRetryMs));
}

void SyncClient::scheduleRetry(qint64 delayMs)
{
    m_retryTimer->start(int(qMin<qint64>(delayMs, m_settings.maxRetryMs)));
}

void SyncClient::publish()
{
    if (m_status.running && m_lastPublish.isValid() &&
        m_lastPublish.elapsed() < kPublishIntervalMs) {
        if (!m_publishTimer->isActive())
            m_publishTimer->start(int(kPublishIntervalMs - m_lastPublish.elapsed()));
        return;
    }
    publishNow();
}

void SyncClient::publishNow()
{
    if (m_publishTimer)
        m_publishTimer->stop();
    m_lastPublish.start();
    if (m_store) {
        const storage::OutboxCounts counts = m_store->counts();
        m_status.waiting = counts.waiting;
        m_status.refused = counts.refused;
        m_status.photosWaiting = counts.photosWaiting;
    }
    emit statusChanged(m_status);
    if (m_auditsChangedPending) {
        m_auditsChangedPending = false;
        emit auditsChanged();
    }
}

} // namespace tp::sync
