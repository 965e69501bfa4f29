// The sync client's side of the device database (SyncStore), on phones filled through the app's
// storage code: one walk over the queue hands out each due entry once, in order, in windows;
// what fails during a walk is not handed out again in it; a receipt with nothing left to send
// confirms the entry in the same commit; a receipt for other content changes nothing.

#include "SyncDevices.h"

#include "storage/DeviceDatabase.h"
#include "storage/SyncStore.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::test;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct Phone
{
    QTemporaryDir folder;
    DeviceContents contents;
    std::unique_ptr<storage::DeviceDatabase> db;
    std::unique_ptr<storage::SyncStore> store;
};

// A phone with `audits` submitted self-audits; every 10th (0, 10, ...) has two photos.
std::unique_ptr<Phone> makePhone(int audits, QString *error)
{
    auto phone = std::make_unique<Phone>();
    DeviceSpec spec;
    spec.folder = phone->folder.path();
    spec.auditor = QStringLiteral("exec1");
    spec.audits = audits;
    spec.answersFrom = demoGoodAudit();
    if (!makeDevice(spec, &phone->contents, error))
        return nullptr;
    auto opened = storage::DeviceDatabase::open(phone->contents.databaseFile);
    if (!opened.database) {
        *error = opened.error;
        return nullptr;
    }
    phone->db = std::move(opened.database);
    phone->store = std::make_unique<storage::SyncStore>(*phone->db);
    return phone;
}

// The outbox in queue order, as the screens list it.
QStringList queueOrder(storage::DeviceDatabase &db)
{
    QStringList order;
    QSqlQuery &q =
        db.statement(QStringLiteral("SELECT audit FROM outbox ORDER BY queued_at, audit"));
    storage::FinishQuery finish{q};
    if (db.run(q)) {
        while (q.next())
            order << q.value(0).toString();
    }
    return order;
}

// Walks the whole queue in windows of `window`, as one sync does; `onEntry` runs for each entry
// handed out, before the next window is read.
QStringList walk(storage::SyncStore &store, qint64 dueBy, int window,
                 const std::function<void(const storage::PendingUpload &)> &onEntry = {})
{
    QStringList handedOut;
    storage::QueuePosition position;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<storage::PendingUpload> entries = store.due(dueBy, window, false, position);
        for (const storage::PendingUpload &entry : entries) {
            handedOut << entry.audit;
            if (onEntry)
                onEntry(entry);
        }
        if (entries.size() < window)
            break;
        position = {entries.last().queuedAt, entries.last().audit};
    }
    return handedOut;
}

} // namespace

class TestSyncStore : public QObject
{
    Q_OBJECT

private slots:
    void oneWalkHandsOutEachEntryOnceInQueueOrder();
    void entriesFailedDuringAWalkAreNotHandedOutAgain();
    void dueLeavesOutWaitingRefusedAndConfirmedEntries();
    void receiptWithNothingLeftConfirmsAtOnce();
    void receiptWithPhotosLeftWaitsForThem();
    void receiptForOtherContentChangesNothing();
    void receiptsOfABulkUploadAreEachTheirOwn();
};

void TestSyncStore::oneWalkHandsOutEachEntryOnceInQueueOrder()
{
    QString error;
    auto phone = makePhone(25, &error);
    QVERIFY2(phone, qPrintable(error));
    const QStringList order = queueOrder(*phone->db);
    QCOMPARE(order.size(), 25);
    for (const int window : {1, 7, 10, 25, 100}) {
        const QStringList handedOut = walk(*phone->store, nowMs(), window);
        QCOMPARE(handedOut, order);
    }
    // Each entry comes with its body, hash and the photos still to send.
    const QList<storage::PendingUpload> first = phone->store->due(nowMs(), 1, false);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().contentSha256, phone->contents.contentSha256.value(first.first().audit));
    QVERIFY(!first.first().body.isEmpty());
    QCOMPARE(first.first().photos.size(),
             phone->contents.photosOfAudit.value(first.first().audit).size());
}

void TestSyncStore::entriesFailedDuringAWalkAreNotHandedOutAgain()
{
    QString error;
    auto phone = makePhone(30, &error);
    QVERIFY2(phone, qPrintable(error));
    const qint64 walkStart = nowMs();
    // Every third entry fails as it is handed out: a network failure (due again in 2 s) or a
    // refusal (due at once, but refused).
    int failures = 0;
    const QStringList handedOut = walk(*phone->store, walkStart, 4, [&](const auto &entry) {
        if (failures++ % 3 != 0)
            return;
        const bool refused = failures % 2 == 0;
        QVERIFY(phone->store
                    ->recordFailure(entry.audit, refused ? 422 : 0, QStringLiteral("failed"),
                                    refused ? nowMs() : nowMs() + 2000, refused)
                    .ok());
    });
    QCOMPARE(handedOut, queueOrder(*phone->db));
    QCOMPARE(QSet<QString>(handedOut.cbegin(), handedOut.cend()).size(), 30);
    // The next walk, started when the failures were recorded, leaves all of them out.
    const QStringList next = walk(*phone->store, walkStart, 4);
    QCOMPARE(next.size(), 20);
}

void TestSyncStore::dueLeavesOutWaitingRefusedAndConfirmedEntries()
{
    QString error;
    auto phone = makePhone(6, &error);
    QVERIFY2(phone, qPrintable(error));
    const QStringList order = queueOrder(*phone->db);
    const qint64 now = nowMs();
    QVERIFY(phone->store->recordFailure(order[1], 503, QStringLiteral("busy"), now + 60000, false)
                .ok());
    QVERIFY(
        phone->store->recordFailure(order[2], 422, QStringLiteral("withdrawn"), now, true).ok());
    // order[3] has no photos (only every 10th has): its receipt confirms it.
    bool confirmed = false;
    QVERIFY(phone->store
                ->recordReceipt(order[3], phone->contents.contentSha256.value(order[3]), &confirmed)
                .ok());
    QVERIFY(confirmed);

    QCOMPARE(walk(*phone->store, now, 10), (QStringList{order[0], order[4], order[5]}));
    const QList<storage::PendingUpload> withRefused = phone->store->due(now, 10, true);
    QCOMPARE(withRefused.size(), 4);
    QCOMPARE(withRefused[1].audit, order[2]);
    // The waiting entry is due once its time has come.
    QCOMPARE(walk(*phone->store, now + 60000, 10).size(), 4);

    const storage::OutboxCounts counts = phone->store->counts();
    QCOMPARE(counts.waiting, 5);
    QCOMPARE(counts.refused, 1);
}

void TestSyncStore::receiptWithNothingLeftConfirmsAtOnce()
{
    QString error;
    auto phone = makePhone(2, &error);
    QVERIFY2(phone, qPrintable(error));
    // One of the two has photos; both may be queued in the same millisecond, so pick by content.
    QString audit;
    for (const QString &queued : queueOrder(*phone->db)) {
        if (phone->contents.photosOfAudit.value(queued).isEmpty())
            audit = queued;
    }
    QVERIFY(!audit.isEmpty());
    bool confirmed = false;
    QVERIFY(
        phone->store->recordReceipt(audit, phone->contents.contentSha256.value(audit), &confirmed)
            .ok());
    QVERIFY(confirmed);
    QCOMPARE(phone->store->syncInfo(audit).state, storage::AuditSyncState::OnServer);
    // Seen from another connection, so committed.
    const OutboxRow row = readOutboxRow(phone->contents.databaseFile, audit);
    QVERIFY(row.confirmed);
    QCOMPARE(row.receiptSha256, phone->contents.contentSha256.value(audit));
    QCOMPARE(phone->store->counts().waiting, 1);
}

void TestSyncStore::receiptWithPhotosLeftWaitsForThem()
{
    QString error;
    auto phone = makePhone(1, &error);
    QVERIFY2(phone, qPrintable(error));
    const QString audit = queueOrder(*phone->db).at(0);
    const QStringList photos = phone->contents.photosOfAudit.value(audit);
    QCOMPARE(photos.size(), 2);
    QCOMPARE(phone->store->counts().photosWaiting, 2);
    bool confirmed = true;
    QVERIFY(
        phone->store->recordReceipt(audit, phone->contents.contentSha256.value(audit), &confirmed)
            .ok());
    QVERIFY(!confirmed);
    QVERIFY(!readOutboxRow(phone->contents.databaseFile, audit).confirmed);
    // Handed out again, it carries the receipt, so only its photos are sent.
    const QList<storage::PendingUpload> again = phone->store->due(nowMs(), 1, false);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().receiptSha256, phone->contents.contentSha256.value(audit));

    QVERIFY(phone->store->recordPhotoUploaded(photos[0]).ok());
    QVERIFY(phone->store->completeIfDone(audit).ok());
    QVERIFY(!readOutboxRow(phone->contents.databaseFile, audit).confirmed);
    QVERIFY(phone->store->recordPhotoUploaded(photos[1]).ok());
    QVERIFY(phone->store->completeIfDone(audit).ok());
    QVERIFY(readOutboxRow(phone->contents.databaseFile, audit).confirmed);
    QCOMPARE(phone->store->counts().photosWaiting, 0);
    QCOMPARE(phone->store->counts().waiting, 0);
}

void TestSyncStore::receiptForOtherContentChangesNothing()
{
    QString error;
    auto phone = makePhone(2, &error);
    QVERIFY2(phone, qPrintable(error));
    const QString audit = queueOrder(*phone->db).at(1);
    const OutboxRow before = readOutboxRow(phone->contents.databaseFile, audit);
    bool confirmed = true;
    const storage::WriteResult result =
        phone->store->recordReceipt(audit, QString(64, QLatin1Char('0')), &confirmed);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QLatin1String("other content")));
    QVERIFY(!confirmed);
    const OutboxRow after = readOutboxRow(phone->contents.databaseFile, audit);
    QVERIFY(!after.confirmed);
    QVERIFY(after.receiptSha256.isEmpty());
    QCOMPARE(after.attempts, before.attempts);
}

// The receipts of one bulk upload, recorded in one commit: each confirms its own entry (or
// waits for photos), and one that names other content changes only its own entry.
void TestSyncStore::receiptsOfABulkUploadAreEachTheirOwn()
{
    QString error;
    auto phone = makePhone(12, &error);
    QVERIFY2(phone, qPrintable(error));
    const QStringList order = queueOrder(*phone->db);
    QList<storage::SyncStore::Receipt> receipts;
    for (const QString &audit : order)
        receipts.append({audit, phone->contents.contentSha256.value(audit)});
    const QString wrong = order[5];
    receipts[5].receiptSha256 = QString(64, QLatin1Char('0'));

    const QList<storage::SyncStore::ReceiptOutcome> outcomes =
        phone->store->recordReceipts(receipts);
    QCOMPARE(outcomes.size(), receipts.size());
    int confirmed = 0;
    for (int i = 0; i < order.size(); ++i) {
        const QString &audit = order[i];
        const OutboxRow row = readOutboxRow(phone->contents.databaseFile, audit);
        if (audit == wrong) {
            QVERIFY(!outcomes[i].result.ok());
            QVERIFY(outcomes[i].result.error.contains(QLatin1String("other content")));
            QVERIFY(!outcomes[i].confirmed && !row.confirmed && row.receiptSha256.isEmpty());
            continue;
        }
        QVERIFY2(outcomes[i].result.ok(), qPrintable(outcomes[i].result.error));
        const bool hasPhotos = !phone->contents.photosOfAudit.value(audit).isEmpty();
        QCOMPARE(outcomes[i].confirmed, !hasPhotos);
        QCOMPARE(row.confirmed, !hasPhotos); // committed: seen from another connection
        QCOMPARE(row.receiptSha256, phone->contents.contentSha256.value(audit));
        confirmed += row.confirmed ? 1 : 0;
    }
    QVERIFY(confirmed > 0 && confirmed < order.size() - 1); // some wait for their photos
    QCOMPARE(phone->store->counts().waiting, order.size() - confirmed);
}

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_sync_store.moc"
