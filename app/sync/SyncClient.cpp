#include "sync/SyncClient.h"

#include "storage/AuditStore.h"
#include "storage/DeviceDatabase.h"
#include "sync/Backoff.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
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

// The name of a network error, e.g. ConnectionRefusedError: Qt's error text can hold the URL.
QByteArray networkErrorName(int code)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(code);
    return name ? QByteArray(name) : QByteArray::number(code);
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
        qCWarning(lcSync).noquote()
            << "sync cannot work without the device database:" << opened.error;
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

void SyncClient::logFailure(const QString &what, const ApiReply &reply) const
{
    // Only the status and the server's short reason: never a body, a header or Qt's error text.
    switch (reply.kind) {
    case ApiReply::Kind::Ok:
        return;
    case ApiReply::Kind::Offline:
        qCInfo(lcSync).noquote() << what << "failed: no answer from the server, network error"
                                 << networkErrorName(reply.networkError);
        return;
    case ApiReply::Kind::SignIn:
        qCInfo(lcSync).noquote() << what << "failed: HTTP 401, the sign-in must be renewed";
        return;
    case ApiReply::Kind::Retry:
        qCInfo(lcSync).noquote() << what << "failed, to retry: HTTP" << reply.status
                                 << reply.message;
        return;
    case ApiReply::Kind::Refused:
        if (reply.status == 0) // refused on the phone, e.g. a photo file is missing
            qCWarning(lcSync).noquote() << what << "refused:" << reply.message;
        else
            qCWarning(lcSync).noquote() << what << "refused: HTTP" << reply.status << reply.message;
        return;
    }
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
    m_cycleCounts = {};
    m_cycleTimer.start();
    qCInfo(lcSync).noquote() << QStringLiteral("sync started with %1 (%2 audits waiting)")
                                    .arg(m_settings.server.toDisplayString(QUrl::RemoveUserInfo))
                                    .arg(m_status.waiting);
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
            logFailure(QStringLiteral("pulling the organisation"), answer);
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
            qCWarning(lcSync).noquote() << "could not store the server's changes:" << applied.error;
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
    // the queue is, and no connection waits for the slowest request of a window. Photos of
    // audits already on the server go first, so that their entries complete.
    while (m_inFlight < m_settings.concurrency) {
        if (!m_photoWork.isEmpty()) {
            PhotoWork work = m_photoWork.takeFirst();
            ++m_inFlight;
            uploadPhotos(work.audit, std::move(work.photos));
            continue;
        }
        if (m_queue.size() < m_settings.auditsPerRequest && !m_queueExhausted)
            readMoreOfQueue();
        if (m_queue.isEmpty())
            break;
        const QList<storage::PendingUpload> bulk = takeBulk();
        if (!bulk.isEmpty())
            startBulk(bulk);
    }
    if (m_inFlight == 0)
        endCycle();
}

void SyncClient::readMoreOfQueue()
{
    const int batch = m_settings.auditsPerRequest * 2;
    const QList<storage::PendingUpload> more =
        m_store->due(m_cycleStartMs, batch, false, m_position);
    if (more.size() < batch)
        m_queueExhausted = true;
    if (!more.isEmpty())
        m_position = {more.last().queuedAt, more.last().audit};
    m_queue += more;
}

QList<storage::PendingUpload> SyncClient::takeBulk()
{
    QList<storage::PendingUpload> bulk;
    qsizetype bytes = 0;
    while (!m_queue.isEmpty() && bulk.size() < m_settings.auditsPerRequest) {
        const storage::PendingUpload &next = m_queue.first();
        if (!next.receiptSha256.isEmpty()) { // the audit is on the server; photos remain
            m_photoWork.append({next.audit, next.photos});
            m_queue.removeFirst();
            continue;
        }
        if (!bulk.isEmpty() && bytes + next.body.size() > m_settings.maxRequestBytes)
            break;
        bytes += next.body.size();
        bulk.append(m_queue.takeFirst());
    }
    return bulk;
}

void SyncClient::startBulk(const QList<storage::PendingUpload> &entries)
{
    ++m_inFlight;
    m_cycleCounts.sent += int(entries.size());
    // The stored bytes of each audit, as they are: no parse, no re-encoding.
    QByteArray body = R"({"audits":[)";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            body += ',';
        body += entries[i].body;
    }
    body += "]}";
    QNetworkReply *reply = send("POST", QStringLiteral("/audits/bulk"), body, "application/json");
    connect(reply, &QNetworkReply::finished, this, [this, reply, entries] {
        reply->deleteLater();
        takeBulkAnswer(entries, ApiReply::from(reply));
        releaseSlot();
    });
}

void SyncClient::takeBulkAnswer(const QList<storage::PendingUpload> &entries,
                                const ApiReply &answer)
{
    if (!answer.ok()) {
        logFailure(QStringLiteral("a bulk upload of %1 audits").arg(entries.size()), answer);
        for (const storage::PendingUpload &entry : entries)
            recordEntryFailure(entry.audit, entry.attempts, answer);
        return;
    }
    // Each audit is answered as its own PUT would be, in the order sent.
    const QJsonArray results = answer.json.value(QLatin1String("results")).toArray();
    QList<storage::SyncStore::Receipt> receipts;
    QList<qsizetype> receiptEntry;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const storage::PendingUpload &entry = entries[i];
        const QJsonObject result = results.at(i).toObject();
        if (result.value(QLatin1String("uuid")).toString() != entry.audit) {
            ApiReply missing = answer;
            missing.kind = ApiReply::Kind::Retry;
            missing.status = 0;
            missing.message = QStringLiteral("the server's answer did not cover this audit");
            logFailure(QStringLiteral("audit ") + entry.audit, missing);
            recordEntryFailure(entry.audit, entry.attempts, missing);
            continue;
        }
        const ApiReply item = ApiReply::fromItem(result.value(QLatin1String("status")).toInt(),
                                                 result.value(QLatin1String("body")).toObject());
        if (!item.ok()) {
            logFailure(QStringLiteral("audit ") + entry.audit, item);
            recordEntryFailure(entry.audit, entry.attempts, item);
            continue;
        }
        receipts.append({entry.audit, item.json.value(QLatin1String("contentSha256")).toString()});
        receiptEntry.append(i);
    }
    const QList<storage::SyncStore::ReceiptOutcome> outcomes = m_store->recordReceipts(receipts);
    for (qsizetype k = 0; k < outcomes.size(); ++k) {
        const storage::PendingUpload &entry = entries[receiptEntry[k]];
        if (!outcomes[k].result.ok()) {
            ApiReply mismatch;
            mismatch.kind = ApiReply::Kind::Refused;
            mismatch.status = 200;
            mismatch.message = QStringLiteral("the server holds other content for this audit");
            logFailure(QStringLiteral("audit ") + entry.audit, mismatch);
            recordEntryFailure(entry.audit, entry.attempts, mismatch);
            continue;
        }
        ++m_cycleCounts.receipts;
        if (outcomes[k].confirmed) {
            entryDone();
        } else {
            m_photoWork.append({entry.audit, entry.photos});
        }
    }
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
        logFailure(QStringLiteral("audit ") + audit, missing);
        recordEntryFailure(audit, 0, missing);
        releaseSlot();
        return;
    }
    QNetworkReply *reply = send("PUT", QStringLiteral("/photos/") + sha256, file.readAll(),
                                "application/octet-stream");
    connect(reply, &QNetworkReply::finished, this, [this, reply, audit, sha256 = sha256, photos] {
        reply->deleteLater();
        const ApiReply answer = ApiReply::from(reply);
        if (!answer.ok()) {
            logFailure(QStringLiteral("a photo of audit ") + audit, answer);
            recordEntryFailure(audit, 0, answer);
            releaseSlot();
            return;
        }
        ++m_cycleCounts.photos;
        m_store->recordPhotoUploaded(sha256);
        publish();
        uploadPhotos(audit, photos);
    });
}

void SyncClient::finishEntry(const QString &audit)
{
    m_store->completeIfDone(audit);
    entryDone();
    releaseSlot();
}

void SyncClient::entryDone()
{
    ++m_status.uploadedThisRun;
    m_consecutiveFailures = 0;
    m_auditsChangedPending = true;
}

void SyncClient::releaseSlot()
{
    --m_inFlight;
    publish();
    pushNextWindow();
}

void SyncClient::recordEntryFailure(const QString &audit, int attempts, const ApiReply &reply)
{
    m_cycleFailed = true;
    m_status.lastError = reply.message;
    const bool refused = reply.kind == ApiReply::Kind::Refused;
    ++(refused ? m_cycleCounts.refused : m_cycleCounts.retry);
    const qint64 wait =
        refused ? 0 : backoffMs(attempts + 1, m_settings.firstRetryMs, m_settings.maxRetryMs);
    m_store->recordFailure(audit, reply.status, reply.message, nowMs() + wait, refused);
    m_auditsChangedPending = true;
    if (reply.kind == ApiReply::Kind::Offline) {
        m_status.online = false;
        m_stopCycle = true; // no point sending the rest into a dead network
    } else if (reply.kind == ApiReply::Kind::SignIn) {
        m_status.needsSignIn = true;
        m_stopCycle = true;
    }
}

void SyncClient::endCycle()
{
    if (m_inFlight > 0)
        return;
    m_queue.clear();
    m_photoWork.clear();
    m_status.running = false;
    if (!m_cycleFailed) {
        m_status.lastSyncAt = storage::nowTimestamp();
        m_status.lastError.clear();
        m_consecutiveFailures = 0;
    } else {
        ++m_consecutiveFailures;
    }
    publish();
    qCInfo(lcSync).noquote()
        << QStringLiteral("sync ended %1 in %2 ms: audits sent %3, receipts %4, refused %5, "
                          "to retry %6, photos uploaded %7")
               .arg(m_cycleFailed ? QStringLiteral("with failures") : QStringLiteral("cleanly"))
               .arg(m_cycleTimer.elapsed())
               .arg(m_cycleCounts.sent)
               .arg(m_cycleCounts.receipts)
               .arg(m_cycleCounts.refused)
               .arg(m_cycleCounts.retry)
               .arg(m_cycleCounts.photos);
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
