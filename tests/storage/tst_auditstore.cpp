// AuditStore on a real device database: every write is committed before it returns (a second,
// independent connection sees it at once), an audit in progress reopens exactly where it was
// (after a clean close and after the process is killed), submit is refused while the audit is
// incomplete or invalid, makes the audit read-only and writes its outbox entry in the same
// transaction, and a write to an audit this phone does not have changes nothing.

#include "StorageTestSupport.h"
#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "storage/AuditStore.h"
#include "storage/DemoSeed.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"
#include "storage/PhotoFiles.h"
#include "support/TestPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace tp;
using namespace tp::storage;

namespace {

const QString kNoSuchAudit = QStringLiteral("no such audit on this phone");
const QString kFrozen = QStringLiteral("the audit is submitted and can no longer change");
const QDate kSeedDay(2026, 3, 14);

QString photoSha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The overall score of good.json worked out by hand (assets/demo/audits/expected.json), in
// hundredths.
std::optional<Centi> expectedGoodOverall()
{
    QFile file(test::sourcePath(QStringLiteral("assets/demo/audits/expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonValue overall = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("good.json"))
                                   .toObject()
                                   .value(QLatin1String("overall"));
    if (!overall.isDouble())
        return std::nullopt;
    return qRound64(overall.toDouble() * 100);
}

// Runs this binary as the "app" of resumeAfterKill(), which says "key value" lines on stdout.
const char kChildFlag[] = "--write-then-wait";

} // namespace

class TstAuditStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // autosave
    void saveValueIsCommitted_data();
    void saveValueIsCommitted();
    void saveValueReplacesTheValue();
    void clearValueIsCommitted_data();
    void clearValueIsCommitted();
    void notApplicableIsCommittedAndClearsTheValue();
    void noteIsCommitted();
    void photoIsImportedAndCommitted();
    void importPhotoRefuses_data();
    void importPhotoRefuses();
    void momentsAreCommitted();
    void checkInIsCommitted_data();
    void checkInIsCommitted();
    void resumePositionIsCommitted();
    void discardRemovesTheAudit();

    // resume
    void resumeAfterReopen();
    void resumeAfterKill();

    // submit
    void submitRefusedWhileRequiredItemMissing_data();
    void submitRefusedWhileRequiredItemMissing();
    void submitRefusedWhenCheckFails_data();
    void submitRefusedWhenCheckFails();
    void submitRefusedForAnotherScript();
    void submitStoresScoreAndOutboxEntry();
    void submittedAuditIsReadOnly_data();
    void submittedAuditIsReadOnly();
    void rawSqlCannotChangeSubmittedAudit_data();
    void rawSqlCannotChangeSubmittedAudit();
    void submitTwiceLeavesOneOutboxEntry();
    void failedSubmitLeavesNothingHalfWritten_data();
    void failedSubmitLeavesNothingHalfWritten();

    // an audit this phone does not have
    void unknownAuditWritesFail_data();
    void unknownAuditWritesFail();
    void attachingAnUnknownPhotoSaysSo();

    // lists
    void listsAndLookups();

    // start, and the clock of a visit
    void startRefusesWhatThePhoneDoesNotHave_data();
    void startRefusesWhatThePhoneDoesNotHave();
    void auditClock_data();
    void auditClock();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("device.db")); }
    QString photoFolder() const { return m_dir->filePath(QStringLiteral("photos")); }
    QString startAudit(const NewAudit &audit = test::bendVisit());
    QString startCompleteAudit();
    bool writerIsIdle();
    std::optional<StoredAudit> observed(const QString &uuid)
    {
        return AuditStore(*m_observer).load(uuid);
    }
    WriteResult applyWrite(const QString &operation, const QString &uuid, const QString &newPhoto,
                           const QString &attachedPhoto);
    void addWriteOperations(const QStringList &except = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeviceDatabase> m_db;
    std::unique_ptr<DeviceDatabase> m_observer; // a second, independent connection
    std::shared_ptr<const Script> m_script;
};

void TstAuditStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|still in use")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = test::openDevice(file(), &error);
    QVERIFY2(m_db, qPrintable(error));
    const WriteResult seeded = seedDemoOrganisation(*m_db, kSeedDay);
    QVERIFY2(seeded.ok(), qPrintable(seeded.error));
    m_observer = test::openDevice(file(), &error);
    QVERIFY2(m_observer, qPrintable(error));
    // The observer waits only briefly for a lock: a writer that left a transaction open shows.
    QVERIFY(m_observer->run(QStringLiteral("PRAGMA busy_timeout = 100")));
    m_script = test::storeVisitScript(*m_db);
    QVERIFY(m_script);
}

void TstAuditStore::cleanup()
{
    m_script.reset();
    m_observer.reset();
    m_db.reset();
    m_dir.reset();
}

QString TstAuditStore::startAudit(const NewAudit &audit)
{
    QString error;
    const std::optional<QString> uuid = AuditStore(*m_db).start(audit, &error);
    if (!uuid)
        qWarning("start failed: %s", qPrintable(error));
    return uuid.value_or(QString());
}

QString TstAuditStore::startCompleteAudit()
{
    const QString uuid = startAudit();
    if (uuid.isEmpty())
        return {};
    QString error;
    if (!test::writeGoodAnswers(*m_db, uuid, photoFolder(), {}, &error)) {
        qWarning("writing the answers failed: %s", qPrintable(error));
        return {};
    }
    return uuid;
}

// The writer holds no transaction: another connection can take the write lock right away.
bool TstAuditStore::writerIsIdle()
{
    if (!m_observer->begin())
        return false;
    m_observer->rollback();
    return true;
}

// ---------------------------------------------------------------------------------------------
// autosave

void TstAuditStore::saveValueIsCommitted_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("true") << QStringLiteral("entrance_clear") << QJsonValue(true);
    QTest::newRow("false") << QStringLiteral("entrance_clear") << QJsonValue(false);
    QTest::newRow("whole number") << QStringLiteral("window_display") << QJsonValue(4);
    QTest::newRow("zero") << QStringLiteral("staff_on_floor") << QJsonValue(0);
    QTest::newRow("negative") << QStringLiteral("receipt_total") << QJsonValue(-3);
    QTest::newRow("fraction") << QStringLiteral("receipt_total") << QJsonValue(24.95);
    QTest::newRow("tiny fraction") << QStringLiteral("receipt_total") << QJsonValue(1e-7);
    QTest::newRow("2^53 + 1") << QStringLiteral("receipt_total")
                              << QJsonValue(qint64(9007199254740993LL));
    QTest::newRow("option id") << QStringLiteral("greeting_manner")
                               << QJsonValue(QStringLiteral("warm"));
    QTest::newRow("text") << QStringLiteral("comments")
                          << QJsonValue(QStringLiteral("Quick, friendly visit."));
    QTest::newRow("empty text") << QStringLiteral("comments") << QJsonValue(QStringLiteral(""));
    QTest::newRow("unicode, quotes, newlines")
        << QStringLiteral("comments")
        << QJsonValue(QString::fromUtf8("Gr\u00fc\u00dfe, \u4f60\u597d \U0001F642 \"quoted\" "
                                        "back\\slash\nsecond line\ttab '); DROP TABLE answers;--"));
    QTest::newRow("checklist") << QStringLiteral("needs_questions")
                               << QJsonValue(QJsonArray{QStringLiteral("activity"),
                                                        QStringLiteral("fit")});
    QTest::newRow("empty checklist")
        << QStringLiteral("needs_questions") << QJsonValue(QJsonArray());
    // Storage keeps whatever it is given; checkAudit() refuses a wrong type at submit.
    QTest::newRow("object") << QStringLiteral("comments")
                            << QJsonValue(QJsonObject{
                                   {QStringLiteral("a"), 1},
                                   {QStringLiteral("b"), QJsonArray{true, QJsonValue::Null}}});
}

void TstAuditStore::saveValueIsCommitted()
{
    QFETCH(QString, item);
    QFETCH(QJsonValue, value);
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    const WriteResult result = store.saveValue(uuid, item, value);
    QVERIFY2(result.ok(), qPrintable(result.error));

    QVERIFY(writerIsIdle());
    const auto seen = observed(uuid);
    QVERIFY(seen);
    QVERIFY(seen->audit.answers.contains(item));
    const Answer answer = seen->audit.answers.value(item);
    QCOMPARE(answer.value, value);
    QCOMPARE(answer.value.type(), value.type());
    QVERIFY(!answer.notApplicable);
    QVERIFY2(isValidTimestamp(answer.answeredAt), qPrintable(answer.answeredAt));
    QCOMPARE(AuditStore(*m_observer).answerCount(uuid), 1);
}

void TstAuditStore::saveValueReplacesTheValue()
{
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    QVERIFY(store.saveValue(uuid, QStringLiteral("window_display"), 2).ok());
    QVERIFY(store.saveNote(uuid, QStringLiteral("window_display"), QStringLiteral("faded")).ok());
    QVERIFY(store.saveValue(uuid, QStringLiteral("window_display"), 5).ok());
    const auto seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->audit.answers.size(), 1);
    QCOMPARE(seen->audit.answers.value(QStringLiteral("window_display")).value, QJsonValue(5));
    // A new value keeps the note written about the item.
    QCOMPARE(seen->audit.answers.value(QStringLiteral("window_display")).note,
             QStringLiteral("faded"));
    QCOMPARE(test::queryCount(*m_observer,
                              QStringLiteral("SELECT COUNT(*) FROM answers WHERE audit = ?"),
                              {uuid}),
             1);
}

void TstAuditStore::clearValueIsCommitted_data()
{
    QTest::addColumn<int>("how"); // 0 clearValue, 1 saveValue(null), 2 saveValue(undefined)
    QTest::addColumn<bool>("withNote");
    QTest::newRow("clearValue") << 0 << false;
    QTest::newRow("saveValue(null)") << 1 << false;
    QTest::newRow("saveValue(undefined)") << 2 << false;
    QTest::newRow("clearValue keeps the note") << 0 << true;
    QTest::newRow("saveValue(null) keeps the note") << 1 << true;
}

void TstAuditStore::clearValueIsCommitted()
{
    QFETCH(int, how);
    QFETCH(bool, withNote);
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    const QString item = QStringLiteral("respectful");
    QVERIFY(store.saveValue(uuid, item, true).ok());
    if (withNote)
        QVERIFY(store.saveNote(uuid, item, QStringLiteral("ignored at first")).ok());
    QCOMPARE(AuditStore(*m_observer).answerCount(uuid), 1);

    const WriteResult result = how == 0   ? store.clearValue(uuid, item)
                               : how == 1 ? store.saveValue(uuid, item, QJsonValue::Null)
                                          : store.saveValue(uuid, item, QJsonValue::Undefined);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(writerIsIdle());
    QCOMPARE(AuditStore(*m_observer).answerCount(uuid), 0);
    QVERIFY(
        test::queryValue(*m_observer,
                         QStringLiteral("SELECT value FROM answers WHERE audit = ? AND item = ?"),
                         {uuid, item})
            .isNull());
    const auto seen = observed(uuid);
    QVERIFY(seen);
    if (withNote) {
        QVERIFY(seen->audit.answers.contains(item));
        QVERIFY(seen->audit.answers.value(item).value.isUndefined());
        QCOMPARE(seen->audit.answers.value(item).note, QStringLiteral("ignored at first"));
    } else {
        QVERIFY(!seen->audit.answers.contains(item)); // nothing left to submit
    }
}

void TstAuditStore::notApplicableIsCommittedAndClearsTheValue()
{
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    const QString item = QStringLiteral("window_display");
    QVERIFY(store.saveValue(uuid, item, 4).ok());

    QVERIFY(store.setNotApplicable(uuid, item, true).ok());
    QVERIFY(writerIsIdle());
    auto seen = observed(uuid);
    QVERIFY(seen);
    QVERIFY(seen->audit.answers.value(item).notApplicable);
    QVERIFY2(seen->audit.answers.value(item).value.isUndefined(), "N/A must clear the value");
    QCOMPARE(AuditStore(*m_observer).answerCount(uuid), 1);

    QVERIFY(store.setNotApplicable(uuid, item, false).ok());
    QVERIFY(writerIsIdle());
    seen = observed(uuid);
    QVERIFY(seen);
    QVERIFY(!seen->audit.answers.value(item).notApplicable);
    QVERIFY2(!seen->audit.answers.contains(item),
             "turning N/A off must not bring the old value back");
    QCOMPARE(AuditStore(*m_observer).answerCount(uuid), 0);

    // N/A on an item never answered, then a value: the value turns N/A off.
    const QString other = QStringLiteral("hours_posted");
    QVERIFY(store.setNotApplicable(uuid, other, true).ok());
    seen = observed(uuid);
    QVERIFY(seen);
    QVERIFY(seen->audit.answers.value(other).notApplicable);
    QVERIFY(store.saveValue(uuid, other, false).ok());
    seen = observed(uuid);
    QVERIFY(seen);
    QVERIFY(!seen->audit.answers.value(other).notApplicable);
    QCOMPARE(seen->audit.answers.value(other).value, QJsonValue(false));
}

void TstAuditStore::noteIsCommitted()
{
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    const QString item = QStringLiteral("greeting_manner");
    const QString note = QStringLiteral("Jamie (name badge) said hello from the boot wall.");

    // A note alone, before any value: kept, but not an answer.
    QVERIFY(store.saveNote(uuid, item, note).ok());
    QVERIFY(writerIsIdle());
    auto seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->audit.answers.value(item).note, note);
    QVERIFY(seen->audit.answers.value(item).value.isUndefined());
    QCOMPARE(AuditStore(*m_observer).answerCount(uuid), 0);

    QVERIFY(store.saveValue(uuid, item, QStringLiteral("warm")).ok());
    QVERIFY(store.saveNote(uuid, item, note + QStringLiteral(" Came over.")).ok());
    seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->audit.answers.value(item).note, note + QStringLiteral(" Came over."));
    QCOMPARE(seen->audit.answers.value(item).value, QJsonValue(QStringLiteral("warm")));

    // An empty (or null) note removes it.
    QVERIFY(store.saveNote(uuid, item, QString()).ok());
    seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->audit.answers.value(item).note, QString());
    QCOMPARE(
        test::queryValue(*m_observer,
                         QStringLiteral("SELECT note FROM answers WHERE audit = ? AND item = ?"),
                         {uuid, item}),
        QVariant(QStringLiteral("")));
}

void TstAuditStore::photoIsImportedAndCommitted()
{
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    const QString item = QStringLiteral("storefront_photo");
    const QByteArray firstBytes =
        QByteArrayLiteral("\xff\xd8\xff\xe0 storefront, from across the road");
    const QByteArray secondBytes = QByteArrayLiteral("\xff\xd8\xff\xe0 the window display");
    const QString firstSource = test::writePhotoFile(m_dir->filePath(QStringLiteral("camera")),
                                                     QStringLiteral("IMG_1.JPG"), firstBytes);
    const QString secondSource = test::writePhotoFile(m_dir->filePath(QStringLiteral("camera")),
                                                      QStringLiteral("IMG_2"), secondBytes);
    QVERIFY(!firstSource.isEmpty() && !secondSource.isEmpty());

    QString error;
    const auto first = importPhoto(*m_db, firstSource, photoFolder(), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->sha256, photoSha(firstBytes));
    QVERIFY(isValidSha256(first->sha256));
    QCOMPARE(first->fileName,
             photoFolder() + QLatin1Char('/') + first->sha256 + QStringLiteral(".jpg"));
    const auto second = importPhoto(*m_db, secondSource, photoFolder(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->fileName.endsWith(QStringLiteral(".jpg"))); // no suffix: jpg
    // Importing the same picture again names the same copy.
    const auto again = importPhoto(*m_db, firstSource, photoFolder(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->sha256, first->sha256);
    QCOMPARE(again->fileName, first->fileName);

    // The app's copy outlives the original, and the row naming it is committed.
    QVERIFY(QFile::remove(firstSource));
    QFile copy(first->fileName);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), firstBytes);
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM photos")), 2);
    QCOMPARE(test::queryValue(*m_observer,
                              QStringLiteral("SELECT bytes FROM photos WHERE sha256 = ?"),
                              {first->sha256})
                 .toLongLong(),
             qint64(firstBytes.size()));

    QVERIFY(store.attachPhoto(uuid, item, first->sha256).ok());
    QVERIFY(writerIsIdle());
    auto seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->audit.answers.value(item).photos, QStringList{first->sha256});
    QCOMPARE(AuditStore(*m_observer).answerCount(uuid), 0); // a photo is not a value

    QVERIFY(store.attachPhoto(uuid, item, first->sha256).ok()); // twice is once
    QTest::qSleep(3); // a later added_at: the photos keep the order they were taken in
    QVERIFY(store.attachPhoto(uuid, item, second->sha256).ok());
    seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->audit.answers.value(item).photos, (QStringList{first->sha256, second->sha256}));

    QVERIFY(store.detachPhoto(uuid, item, first->sha256).ok());
    QVERIFY(writerIsIdle());
    seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->audit.answers.value(item).photos, QStringList{second->sha256});
    QVERIFY(store.detachPhoto(uuid, item, second->sha256).ok());
    seen = observed(uuid);
    QVERIFY(seen);
    QVERIFY(!seen->audit.answers.contains(item));
    // Detaching does not delete the photo: another audit may use it, and it is evidence.
    QVERIFY(QFile::exists(first->fileName));
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM photos")), 2);
}

void TstAuditStore::importPhotoRefuses_data()
{
    QTest::addColumn<qint64>("size"); // -1: the file does not exist
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << qint64(-1) << QStringLiteral("cannot read the photo");
    QTest::newRow("empty file") << qint64(0) << QStringLiteral("the photo file is empty");
    QTest::newRow("over 10 MB") << kMaxPhotoBytes + 1
                                << QStringLiteral("the photo is larger than 10 MB");
}

void TstAuditStore::importPhotoRefuses()
{
    QFETCH(qint64, size);
    QFETCH(QString, message);
    QString source = m_dir->filePath(QStringLiteral("camera/missing.jpg"));
    if (size >= 0) {
        source = test::writePhotoFile(m_dir->filePath(QStringLiteral("camera")),
                                      QStringLiteral("photo.jpg"), QByteArray(size, 'x'));
        QVERIFY(!source.isEmpty());
    }
    QString error;
    QVERIFY(!importPhoto(*m_db, source, photoFolder(), &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM photos")), 0);
}

void TstAuditStore::momentsAreCommitted()
{
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    const auto events = [this, &uuid] {
        QStringList names;
        const auto seen = observed(uuid);
        if (seen) {
            for (const TimelineEvent &moment : seen->audit.timeline)
                names << moment.event + QLatin1Char('@') + QString::number(moment.elapsedMs);
        }
        return names;
    };
    QVERIFY(store.addMoment(uuid, QStringLiteral("entered"), 30000).ok());
    QVERIFY(writerIsIdle());
    QCOMPARE(events(), QStringList{QStringLiteral("entered@30000")});
    QVERIFY(store.addMoment(uuid, QStringLiteral("greeted"), 48000).ok());
    QVERIFY(store.addMoment(uuid, QStringLiteral("served"), 125000).ok());
    QCOMPARE(events(),
             (QStringList{QStringLiteral("entered@30000"), QStringLiteral("greeted@48000"),
                          QStringLiteral("served@125000")}));
    const auto seen = observed(uuid);
    QVERIFY(seen);
    for (const TimelineEvent &moment : seen->audit.timeline)
        QVERIFY2(isValidTimestamp(moment.at), qPrintable(moment.at));

    // Undo a mistaken tap, then go on: the order is the order of the taps left.
    QVERIFY(store.removeLastMoment(uuid).ok());
    QVERIFY(writerIsIdle());
    QCOMPARE(events(),
             (QStringList{QStringLiteral("entered@30000"), QStringLiteral("greeted@48000")}));
    QVERIFY(store.addMoment(uuid, QStringLiteral("served"), 126000).ok());
    QVERIFY(store.addMoment(uuid, QStringLiteral("paid"), 614000).ok());
    QCOMPARE(events(),
             (QStringList{QStringLiteral("entered@30000"), QStringLiteral("greeted@48000"),
                          QStringLiteral("served@126000"), QStringLiteral("paid@614000")}));
    QCOMPARE(test::queryRows(
                 *m_observer,
                 QStringLiteral("SELECT seq FROM timeline WHERE audit = ? ORDER BY seq"), {uuid}),
             std::optional(QList<QVariantList>{{1}, {2}, {3}, {4}}));
    for (int i = 0; i < 4; ++i)
        QVERIFY(store.removeLastMoment(uuid).ok());
    QCOMPARE(events(), QStringList());
}

void TstAuditStore::checkInIsCommitted_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QVariant>("accuracy"); // invalid: not known
    QTest::addColumn<QString>("at");        // empty: now
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QVariant>("distance");
    QTest::addColumn<bool>("hasFix");
    QTest::newRow("verified") << 44.068851 << -121.31417 << QVariant(4.8)
                              << QStringLiteral("2026-03-14T17:01:52Z")
                              << QStringLiteral("verified") << QString() << QVariant(1.2) << true;
    QTest::newRow("poor accuracy")
        << 44.07 << -121.3 << QVariant(85.0) << QString() << QStringLiteral("poor-accuracy")
        << QStringLiteral("accuracy 85 m") << QVariant(120.0) << true;
    QTest::newRow("too far") << -27.2342 << 153.0214 << QVariant(6.0)
                             << QStringLiteral("2026-03-14T17:01:52.250Z")
                             << QStringLiteral("too-far") << QStringLiteral("1.9 km from the store")
                             << QVariant(1900.0) << true;
    QTest::newRow("at 0, 0, no accuracy, no distance")
        << 0.0 << 0.0 << QVariant() << QString() << QStringLiteral("poor-accuracy")
        << QStringLiteral("accuracy unknown") << QVariant() << true;
    // No fix: the shopper went on without a position; whatever the position fields hold is not
    // a position.
    QTest::newRow("no fix") << 45.0 << -122.0 << QVariant(12.0) << QString()
                            << QStringLiteral("no-fix") << QStringLiteral("no position")
                            << QVariant() << false;
}

void TstAuditStore::checkInIsCommitted()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QVariant, accuracy);
    QFETCH(QString, at);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QVariant, distance);
    QFETCH(bool, hasFix);
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    CheckInRecord record;
    record.hasFix = hasFix;
    record.position.latitude = latitude;
    record.position.longitude = longitude;
    if (accuracy.isValid())
        record.position.accuracy = accuracy.toDouble();
    record.position.at = at;
    record.status = status;
    record.reason = reason;
    if (distance.isValid())
        record.distanceMetres = distance.toDouble();
    const QString before = nowTimestamp();
    const WriteResult result = AuditStore(*m_db).saveCheckIn(uuid, record);
    QVERIFY2(result.ok(), qPrintable(result.error));

    QVERIFY(writerIsIdle());
    const auto seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->checkInStatus, status);
    QCOMPARE(seen->checkInReason, reason);
    QCOMPARE(seen->checkInDistance.has_value(), distance.isValid());
    if (distance.isValid())
        QCOMPARE(*seen->checkInDistance, distance.toDouble());
    if (!hasFix) {
        QVERIFY(!seen->audit.checkIn);
        QVERIFY(test::queryValue(
                    *m_observer,
                    QStringLiteral("SELECT checkin_latitude FROM audits WHERE uuid = ?"), {uuid})
                    .isNull());
        return;
    }
    QVERIFY(seen->audit.checkIn);
    QCOMPARE(seen->audit.checkIn->latitude, latitude);
    QCOMPARE(seen->audit.checkIn->longitude, longitude);
    QCOMPARE(seen->audit.checkIn->accuracy.has_value(), accuracy.isValid());
    if (accuracy.isValid())
        QCOMPARE(*seen->audit.checkIn->accuracy, accuracy.toDouble());
    if (at.isEmpty()) {
        QVERIFY2(isValidTimestamp(seen->audit.checkIn->at), qPrintable(seen->audit.checkIn->at));
        QVERIFY(seen->audit.checkIn->at >= before);
    } else {
        QCOMPARE(seen->audit.checkIn->at, at);
    }

    // Checking in again replaces the first check-in.
    record.position.latitude = 10;
    record.status = QStringLiteral("verified");
    QVERIFY(AuditStore(*m_db).saveCheckIn(uuid, record).ok());
    const auto again = observed(uuid);
    QVERIFY(again && again->audit.checkIn);
    QCOMPARE(again->audit.checkIn->latitude, 10.0);
    QCOMPARE(again->checkInStatus, QStringLiteral("verified"));
}

void TstAuditStore::resumePositionIsCommitted()
{
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    QCOMPARE(observed(uuid)->resumePosition, QString());
    for (const QString &position : {QStringLiteral("greeting/respectful"),
                                    QStringLiteral("{\"page\":3,\"scroll\":0.5}"), QString()}) {
        QVERIFY(store.saveResumePosition(uuid, position).ok());
        QVERIFY(writerIsIdle());
        const auto seen = observed(uuid);
        QVERIFY(seen);
        QCOMPARE(seen->resumePosition, position);
    }
}

void TstAuditStore::discardRemovesTheAudit()
{
    const QString kept = startCompleteAudit();
    QVERIFY(!kept.isEmpty());
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    const QByteArray keptJson = test::loadedCanonicalJson(*m_observer, kept);
    const WriteResult result = AuditStore(*m_db).discard(uuid);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(writerIsIdle());
    QVERIFY(!observed(uuid));
    for (const char *sql : {"SELECT COUNT(*) FROM audits WHERE uuid = ?",
                            "SELECT COUNT(*) FROM answers WHERE audit = ?",
                            "SELECT COUNT(*) FROM answer_photos WHERE audit = ?",
                            "SELECT COUNT(*) FROM timeline WHERE audit = ?"})
        QCOMPARE(test::queryCount(*m_observer, QLatin1String(sql), {uuid}), 0);
    QCOMPARE(test::loadedCanonicalJson(*m_observer, kept), keptJson); // the other is untouched
}

// ---------------------------------------------------------------------------------------------
// resume

void TstAuditStore::resumeAfterReopen()
{
    const qint64 wallBefore = QDateTime::currentMSecsSinceEpoch();
    const qint64 monotonicBefore = AuditClock::monotonicNowMs();
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    const qint64 monotonicAfter = AuditClock::monotonicNowMs();
    const qint64 wallAfter = QDateTime::currentMSecsSinceEpoch();

    // Halfway through the visit: no farewell yet, the last moment not tapped.
    test::GoodAnswersOptions halfway;
    halfway.skipItems = {QStringLiteral("thanked"), QStringLiteral("nps"),
                         QStringLiteral("comments")};
    halfway.skipEvents = {QStringLiteral("left")};
    QString error;
    QVERIFY2(test::writeGoodAnswers(*m_db, uuid, photoFolder(), halfway, &error),
             qPrintable(error));
    AuditStore store(*m_db);
    QVERIFY(store.setNotApplicable(uuid, QStringLiteral("time_to_pay"), true).ok());
    QVERIFY(store.saveNote(uuid, QStringLiteral("invited_back"), QStringLiteral("not yet")).ok());
    QVERIFY(store.saveResumePosition(uuid, QStringLiteral("farewell/thanked")).ok());

    const auto before = store.load(uuid);
    QVERIFY(before);
    const qint64 elapsedBefore = before->clock.elapsedMs();

    // The app goes away with everything it holds...
    m_observer.reset();
    m_db.reset();
    // ...and comes back.
    m_db = test::openDevice(file(), &error);
    QVERIFY2(m_db, qPrintable(error));
    const auto after = AuditStore(*m_db).load(uuid);
    QVERIFY(after);

    QCOMPARE(canonicalAuditJson(after->audit), canonicalAuditJson(before->audit));
    QCOMPARE(after->state, AuditState::InProgress);
    QCOMPARE(after->resumePosition, QStringLiteral("farewell/thanked"));
    QCOMPARE(after->clock.startedMonotonicMs, before->clock.startedMonotonicMs);
    QCOMPARE(after->clock.startedWallMs, before->clock.startedWallMs);
    QVERIFY(after->clock.startedMonotonicMs >= monotonicBefore);
    QVERIFY(after->clock.startedMonotonicMs <= monotonicAfter);
    QVERIFY(after->clock.startedWallMs >= wallBefore);
    QVERIFY(after->clock.startedWallMs <= wallAfter);
    QVERIFY(after->clock.elapsedMs() >= elapsedBefore); // the visit's clocks run on
    QCOMPARE(after->checkInStatus, QStringLiteral("verified"));
    QCOMPARE(after->checkInDistance, std::optional<double>(0.5));
    QVERIFY(!after->overall);

    // Field by field, against what was written (not only against the first load).
    const std::optional<Audit> good = test::goodAudit();
    QVERIFY(good);
    const Audit &audit = after->audit;
    QCOMPARE(audit.uuid, uuid);
    QCOMPARE(audit.scriptId, QStringLiteral("store-visit"));
    QCOMPARE(audit.scriptVersion, 1);
    QCOMPARE(audit.site, QStringLiteral("store-bend"));
    QCOMPARE(audit.auditor, QStringLiteral("shopper1"));
    QCOMPARE(audit.mode, AuditMode::MysteryShop);
    QCOMPARE(audit.assignment, QStringLiteral("demo-bend-visit"));
    QCOMPARE(audit.submittedAt, QString());
    QVERIFY(audit.checkIn);
    QCOMPARE(audit.checkIn->latitude, good->checkIn->latitude);
    QCOMPARE(audit.checkIn->longitude, good->checkIn->longitude);
    QCOMPARE(audit.checkIn->accuracy, good->checkIn->accuracy);
    QCOMPARE(audit.checkIn->at, good->checkIn->at);
    QCOMPARE(audit.timeline.size(), good->timeline.size() - 1);
    for (int i = 0; i < audit.timeline.size(); ++i) {
        QCOMPARE(audit.timeline[i].event, good->timeline[i].event);
        QCOMPARE(audit.timeline[i].elapsedMs, good->timeline[i].elapsedMs);
    }
    for (auto it = good->answers.cbegin(); it != good->answers.cend(); ++it) {
        if (halfway.skipItems.contains(it.key())) {
            QVERIFY2(!audit.answers.contains(it.key()), qPrintable(it.key()));
            continue;
        }
        const Answer answer = audit.answers.value(it.key());
        if (it->value.isUndefined()) // "null is the same as no value" (docs/audit-format.md)
            QVERIFY2(answer.value.isUndefined() || answer.value.isNull(), qPrintable(it.key()));
        else
            QCOMPARE(answer.value, it->value);
        QCOMPARE(answer.note, it->note);
        QCOMPARE(answer.photos.size(), it->photos.size());
        QCOMPARE(answer.notApplicable, it->notApplicable);
    }
    QVERIFY(audit.answers.value(QStringLiteral("time_to_pay")).notApplicable);
    QCOMPARE(audit.answers.value(QStringLiteral("invited_back")).note, QStringLiteral("not yet"));
    QCOMPARE(audit.answers.size(), good->answers.size() - 3 + 2);

    // And it goes on from there.
    QVERIFY(AuditStore(*m_db).saveValue(uuid, QStringLiteral("thanked"), true).ok());
    QVERIFY(AuditStore(*m_db).addMoment(uuid, QStringLiteral("left"), 702000).ok());
    const auto continued = AuditStore(*m_db).load(uuid);
    QVERIFY(continued);
    QCOMPARE(continued->audit.timeline.size(), good->timeline.size());
    QCOMPARE(continued->audit.timeline.last().event, QStringLiteral("left"));
}

// The child side of resumeAfterKill(): writes half an audit, says what it holds, and waits to
// be killed. It never closes the database.
static int writeThenWait(const QString &fileName, const QString &photoFolder)
{
    auto say = [](const QByteArray &line) {
        std::fputs(line.constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    QString error;
    auto db = test::openDevice(fileName, &error);
    if (!db) {
        say("error " + error.toUtf8());
        return 1;
    }
    AuditStore store(*db);
    const std::optional<QString> uuid = store.start(test::bendVisit(), &error);
    test::GoodAnswersOptions halfway;
    halfway.skipItems = {QStringLiteral("nps"), QStringLiteral("comments")};
    halfway.skipEvents = {QStringLiteral("left")};
    if (!uuid || !test::writeGoodAnswers(*db, *uuid, photoFolder, halfway, &error) ||
        !store.saveNote(*uuid, QStringLiteral("nps"), QStringLiteral("thinking")).ok() ||
        !store.saveResumePosition(*uuid, QStringLiteral("farewell/nps")).ok()) {
        say("error " + error.toUtf8());
        return 1;
    }
    const auto stored = store.load(*uuid);
    if (!stored) {
        say("error cannot load");
        return 1;
    }
    say("uuid " + uuid->toUtf8());
    say("json " + canonicalAuditJson(stored->audit).toBase64());
    say("resume " + stored->resumePosition.toUtf8());
    say("clock " + QByteArray::number(stored->clock.startedMonotonicMs) + ' ' +
        QByteArray::number(stored->clock.startedWallMs));
    say("ready");
    for (;;) {
        if (std::getchar() == EOF) // the test went away without killing us
            std::abort();
    }
}

void TstAuditStore::resumeAfterKill()
{
    // The test process lets go of the database; the "app" is a child process.
    m_observer.reset();
    m_db.reset();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kChildFlag), file(), photoFolder()});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QHash<QByteArray, QByteArray> said;
    QElapsedTimer timer;
    timer.start();
    while (!said.contains("ready") && !said.contains("error") && timer.elapsed() < 30000) {
        if (!child.canReadLine() && !child.waitForReadyRead(1000))
            continue;
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            const qsizetype space = line.indexOf(' ');
            said.insert(space < 0 ? line : line.left(space),
                        space < 0 ? QByteArray() : line.mid(space + 1));
        }
    }
    QVERIFY2(!said.contains("error"), said.value("error").constData());
    QVERIFY2(said.contains("ready"), "the child did not get ready");

    // Killed: no destructor, no close, no checkpoint.
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QString error;
    m_db = test::openDevice(file(), &error);
    QVERIFY2(m_db, qPrintable(error));
    QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
    const QString uuid = QString::fromUtf8(said.value("uuid"));
    QVERIFY(isValidUuid(uuid));
    const auto reopened = AuditStore(*m_db).load(uuid);
    QVERIFY(reopened);
    QCOMPARE(canonicalAuditJson(reopened->audit), QByteArray::fromBase64(said.value("json")));
    QCOMPARE(reopened->resumePosition.toUtf8(), said.value("resume"));
    QCOMPARE(QByteArray::number(reopened->clock.startedMonotonicMs) + ' ' +
                 QByteArray::number(reopened->clock.startedWallMs),
             said.value("clock"));
    QCOMPARE(reopened->state, AuditState::InProgress);
    // Not just "the same as the child said": the answers are there.
    QCOMPARE(reopened->audit.answers.value(QStringLiteral("thanked")).value, QJsonValue(true));
    QCOMPARE(reopened->audit.answers.value(QStringLiteral("nps")).note, QStringLiteral("thinking"));
    QCOMPARE(reopened->audit.timeline.size(), 4);
    QCOMPARE(reopened->audit.answers.value(QStringLiteral("storefront_photo")).photos.size(), 1);
    QVERIFY(reopened->audit.checkIn);
    // The photo the child imported is on disk under its hash.
    const QString sha =
        reopened->audit.answers.value(QStringLiteral("storefront_photo")).photos.first();
    const QString photo =
        test::queryValue(*m_db, QStringLiteral("SELECT file_name FROM photos WHERE sha256 = ?"),
                         {sha})
            .toString();
    QFile copy(photo);
    QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(photo));
    QCOMPARE(photoSha(copy.readAll()), sha);
}

// ---------------------------------------------------------------------------------------------
// submit

void TstAuditStore::submitRefusedWhileRequiredItemMissing_data()
{
    QTest::addColumn<QStringList>("skipItems");
    QTest::addColumn<QStringList>("skipEvents");
    QTest::addColumn<QString>("message");
    // Every required (and critical) item of store-visit that good.json answers.
    const QList<QPair<QString, QString>> required = {
        {QStringLiteral("entrance_clear"), QStringLiteral("storefront/entrance_clear")},
        {QStringLiteral("floor_clean"), QStringLiteral("store_condition/floor_clean")},
        {QStringLiteral("greeting_manner"), QStringLiteral("greeting/greeting_manner")},
        {QStringLiteral("respectful"), QStringLiteral("greeting/respectful")},
        {QStringLiteral("no_hoops"), QStringLiteral("advice/no_hoops")},
        {QStringLiteral("charge_correct"), QStringLiteral("checkout/charge_correct")},
        {QStringLiteral("thanked"), QStringLiteral("farewell/thanked")},
        {QStringLiteral("nps"), QStringLiteral("farewell/nps")},
    };
    for (const auto &[item, path] : required) {
        QTest::addRow("%s", qPrintable(item))
            << QStringList{item} << QStringList()
            << QStringLiteral("1 item still needs an answer: ") + path;
    }
    // Measured items: their value comes from the timeline.
    QTest::newRow("greeted not tapped")
        << QStringList() << QStringList{QStringLiteral("greeted")}
        << QStringLiteral("1 item still needs an answer: greeting/time_to_greet");
    QTest::newRow("served not tapped")
        << QStringList() << QStringList{QStringLiteral("served")}
        << QStringLiteral("1 item still needs an answer: advice/wait_to_be_served");
    QTest::newRow("two missing") << QStringList{QStringLiteral("nps"),
                                                QStringLiteral("entrance_clear")}
                                 << QStringList()
                                 << QStringLiteral("2 items still need an answer: "
                                                   "storefront/entrance_clear, farewell/nps");
    QTest::newRow("nothing answered")
        << QStringList() << QStringList() << QStringLiteral("10 items still need an answer: ");
}

void TstAuditStore::submitRefusedWhileRequiredItemMissing()
{
    QFETCH(QStringList, skipItems);
    QFETCH(QStringList, skipEvents);
    QFETCH(QString, message);
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    const bool nothing = message.startsWith(QLatin1String("10 "));
    if (!nothing) {
        test::GoodAnswersOptions options;
        options.skipItems = QSet<QString>(skipItems.cbegin(), skipItems.cend());
        options.skipEvents = QSet<QString>(skipEvents.cbegin(), skipEvents.cend());
        QString error;
        QVERIFY2(test::writeGoodAnswers(*m_db, uuid, photoFolder(), options, &error),
                 qPrintable(error));
    }
    const QStringList before = test::dumpAuditTables(*m_observer);

    const WriteResult refused = AuditStore(*m_db).submit(uuid, *m_script, {});
    QVERIFY(!refused.ok());
    if (nothing) {
        QVERIFY2(refused.error.startsWith(message), qPrintable(refused.error));
        for (const char *path :
             {"storefront/entrance_clear", "store_condition/floor_clean", "greeting/time_to_greet",
              "greeting/greeting_manner", "greeting/respectful", "advice/wait_to_be_served",
              "advice/no_hoops", "checkout/charge_correct", "farewell/thanked", "farewell/nps"})
            QVERIFY2(refused.error.contains(QLatin1String(path)), path);
    } else {
        QCOMPARE(refused.error, message);
    }

    // Refused means untouched: still in progress, no score, nothing queued.
    QVERIFY(writerIsIdle());
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
    const auto seen = observed(uuid);
    QVERIFY(seen);
    QCOMPARE(seen->state, AuditState::InProgress);
    QVERIFY(!seen->overall);
    QVERIFY(seen->audit.submittedAt.isEmpty());
    QCOMPARE(AuditStore(*m_observer).outbox().size(), 0);

    // Answer what was missing, and it goes through.
    const std::optional<Audit> good = test::goodAudit();
    QVERIFY(good);
    test::GoodAnswersOptions answersOnly;
    test::GoodAnswersOptions timelineOnly;
    for (const TimelineEvent &moment : good->timeline)
        answersOnly.skipEvents.insert(moment.event);
    for (auto it = good->answers.cbegin(); it != good->answers.cend(); ++it)
        timelineOnly.skipItems.insert(it.key());
    if (nothing || !skipEvents.isEmpty()) {
        // A forgotten tap cannot be inserted in the middle: the timeline is tapped again.
        while (!observed(uuid)->audit.timeline.isEmpty())
            QVERIFY(AuditStore(*m_db).removeLastMoment(uuid).ok());
    } else {
        timelineOnly.skipEvents = answersOnly.skipEvents;
    }
    QString error;
    QVERIFY2(test::writeGoodAnswers(*m_db, uuid, photoFolder(), answersOnly, &error),
             qPrintable(error));
    QVERIFY2(test::writeGoodAnswers(*m_db, uuid, photoFolder(), timelineOnly, &error),
             qPrintable(error));
    QCOMPARE(observed(uuid)->audit.timeline.size(), good->timeline.size());
    const WriteResult accepted = AuditStore(*m_db).submit(uuid, *m_script, {});
    QVERIFY2(accepted.ok(), qPrintable(accepted.error));
    QCOMPARE(observed(uuid)->state, AuditState::Submitted);
}

void TstAuditStore::submitRefusedWhenCheckFails_data()
{
    QTest::addColumn<QString>("item");       // "" for a timeline event
    QTest::addColumn<QJsonValue>("value");   // Undefined: N/A; a string for an event
    QTest::addColumn<QString>("issueStart"); // the issue's "path: message", as far as known
    QTest::newRow("wrong type") << QStringLiteral("window_display")
                                << QJsonValue(QStringLiteral("four"))
                                << QStringLiteral("storefront/window_display: the answer must be");
    QTest::newRow("out of range") << QStringLiteral("window_display") << QJsonValue(9)
                                  << QStringLiteral("storefront/window_display: 9 is out of range");
    QTest::newRow("unknown option")
        << QStringLiteral("needs_questions")
        << QJsonValue(QJsonArray{QStringLiteral("activity"), QStringLiteral("horoscope")})
        << QStringLiteral("advice/needs_questions: needs_questions has no option \"horoscope\"");
    QTest::newRow("N/A not allowed")
        << QStringLiteral("invited_back") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("farewell/invited_back: this item cannot "
                          "be answered N/A");
    // On a required item the answer is there, only invalid: the shopper must be told what is
    // wrong with it, not that it "still needs an answer".
    QTest::newRow("unknown option, required item")
        << QStringLiteral("greeting_manner") << QJsonValue(QStringLiteral("ecstatic"))
        << QStringLiteral("greeting/greeting_manner: greeting_manner has no option \"ecstatic\"");
    QTest::newRow("N/A not allowed, required item")
        << QStringLiteral("entrance_clear") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("storefront/entrance_clear: this item cannot be answered N/A");
    QTest::newRow("wrong type, required item")
        << QStringLiteral("nps") << QJsonValue(QStringLiteral("nine"))
        << QStringLiteral("farewell/nps: the answer must be");
    QTest::newRow("unknown item") << QStringLiteral("mood_music") << QJsonValue(true)
                                  << QStringLiteral("answers/mood_music: the script has no item");
    QTest::newRow("value for a photo item")
        << QStringLiteral("storefront_photo") << QJsonValue(true)
        << QStringLiteral("storefront/storefront_photo: a photo item is answered with 'photos'");
    QTest::newRow("unknown timeline event")
        << QString() << QJsonValue(QStringLiteral("dialled"))
        << QStringLiteral("timeline[5]: \"dialled\" is not a store timeline event");
}

void TstAuditStore::submitRefusedWhenCheckFails()
{
    QFETCH(QString, item);
    QFETCH(QJsonValue, value);
    QFETCH(QString, issueStart);
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    AuditStore store(*m_db);
    WriteResult written;
    if (item.isEmpty())
        written = store.addMoment(uuid, value.toString(), 703000);
    else if (value.isUndefined())
        written = store.setNotApplicable(uuid, item, true);
    else
        written = store.saveValue(uuid, item, value);
    QVERIFY2(written.ok(), qPrintable(written.error)); // saving is allowed; submitting is not
    const QStringList before = test::dumpAuditTables(*m_observer);

    const WriteResult refused = store.submit(uuid, *m_script, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.startsWith(issueStart), qPrintable(refused.error));
    // The same words as the core checker (and so the server) would use.
    const auto loaded = observed(uuid);
    QVERIFY(loaded);
    const Issues issues = checkAudit(*m_script, loaded->audit);
    QVERIFY(!issues.isEmpty());
    QCOMPARE(refused.error, issues.first().toString());

    QVERIFY(writerIsIdle());
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
    QCOMPARE(observed(uuid)->state, AuditState::InProgress);
    QCOMPARE(AuditStore(*m_observer).outbox().size(), 0);
}

void TstAuditStore::submitRefusedForAnotherScript()
{
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    const auto support = OrganisationStore(*m_db).script(QStringLiteral("support-call"), 1);
    QVERIFY(support);
    const QStringList before = test::dumpAuditTables(*m_observer);
    const WriteResult refused = AuditStore(*m_db).submit(uuid, *support, {});
    QCOMPARE(refused.error, QStringLiteral("the audit was started with another script"));
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
}

void TstAuditStore::submitStoresScoreAndOutboxEntry()
{
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    const QJsonObject trust{{QStringLiteral("level"), QStringLiteral("trusted")},
                            {QStringLiteral("reasons"), QJsonArray()}};
    const QString before = nowTimestamp();
    const WriteResult result = AuditStore(*m_db).submit(uuid, *m_script, trust);
    QVERIFY2(result.ok(), qPrintable(result.error));

    // Everything below is read through the second connection: it was committed.
    QVERIFY(writerIsIdle());
    const auto stored = observed(uuid);
    QVERIFY(stored);
    QCOMPARE(stored->state, AuditState::Submitted);
    QVERIFY2(isValidTimestamp(stored->audit.submittedAt), qPrintable(stored->audit.submittedAt));
    QVERIFY(stored->audit.submittedAt >= before);
    // The score, as the core computes it and as worked out by hand in expected.json.
    const ScoreResult score = scoreAudit(*m_script, stored->audit);
    QVERIFY(stored->overall);
    QCOMPARE(stored->overall, score.overall);
    QCOMPARE(stored->overall, expectedGoodOverall());
    QCOMPARE(stored->passed, true);
    QCOMPARE(stored->trust, trust);
    const QByteArray body = canonicalAuditJson(stored->audit);
    QCOMPARE(stored->contentSha256, auditContentSha256(stored->audit));
    QCOMPARE(stored->contentSha256, photoSha(body));

    const QList<OutboxEntry> outbox = AuditStore(*m_observer).outbox();
    QCOMPARE(outbox.size(), 1);
    const OutboxEntry &entry = outbox.first();
    QCOMPARE(entry.audit, uuid);
    QCOMPARE(entry.body, body);
    QCOMPARE(entry.contentSha256, auditContentSha256(stored->audit));
    QCOMPARE(entry.queuedAt, stored->audit.submittedAt);
    QCOMPARE(entry.attempts, 0);
    QVERIFY(entry.lastError.isEmpty());
    QVERIFY(entry.confirmedAt.isEmpty());
    // The body is an audit the server can read, and the one that was submitted.
    const AuditDecodeResult decoded = decodeAudit(entry.body);
    QVERIFY2(decoded.ok(),
             decoded.issues.isEmpty() ? "" : qPrintable(decoded.issues.first().toString()));
    QCOMPARE(decoded.audit->uuid, uuid);
    QCOMPARE(canonicalAuditJson(*decoded.audit), entry.body);
    QVERIFY(checkAudit(*m_script, *decoded.audit).isEmpty());

    const QList<AuditSummary> list = AuditStore(*m_observer).list(QStringLiteral("shopper1"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().state, AuditState::Submitted);
    QCOMPARE(list.first().overall, stored->overall);
    QCOMPARE(list.first().submittedAt, stored->audit.submittedAt);
    QVERIFY(!AuditStore(*m_observer)
                 .inProgressFor(QStringLiteral("shopper1"), QStringLiteral("demo-bend-visit")));
}

WriteResult TstAuditStore::applyWrite(const QString &operation, const QString &uuid,
                                      const QString &newPhoto, const QString &attachedPhoto)
{
    AuditStore store(*m_db);
    const QString photoItem = QStringLiteral("storefront_photo");
    if (operation == QLatin1String("saveValue"))
        return store.saveValue(uuid, QStringLiteral("respectful"), false);
    if (operation == QLatin1String("saveValue on an unanswered item"))
        return store.saveValue(uuid, QStringLiteral("invited_back"), true);
    if (operation == QLatin1String("saveValue(null)"))
        return store.saveValue(uuid, QStringLiteral("respectful"), QJsonValue::Null);
    if (operation == QLatin1String("clearValue"))
        return store.clearValue(uuid, QStringLiteral("respectful"));
    if (operation == QLatin1String("setNotApplicable on"))
        return store.setNotApplicable(uuid, QStringLiteral("window_display"), true);
    if (operation == QLatin1String("setNotApplicable off"))
        return store.setNotApplicable(uuid, QStringLiteral("window_display"), false);
    if (operation == QLatin1String("saveNote"))
        return store.saveNote(uuid, QStringLiteral("respectful"),
                              QStringLiteral("on second thought"));
    if (operation == QLatin1String("attachPhoto"))
        return store.attachPhoto(uuid, photoItem, newPhoto);
    if (operation == QLatin1String("attachPhoto again"))
        return store.attachPhoto(uuid, photoItem, attachedPhoto);
    if (operation == QLatin1String("detachPhoto"))
        return store.detachPhoto(uuid, photoItem, attachedPhoto);
    if (operation == QLatin1String("addMoment"))
        return store.addMoment(uuid, QStringLiteral("left"), 800000);
    if (operation == QLatin1String("removeLastMoment"))
        return store.removeLastMoment(uuid);
    if (operation == QLatin1String("saveCheckIn")) {
        CheckInRecord record;
        record.position = CheckIn{44.0, -121.0, 3.0, QStringLiteral("2026-03-14T17:30:00Z")};
        record.status = QStringLiteral("verified");
        return store.saveCheckIn(uuid, record);
    }
    if (operation == QLatin1String("saveResumePosition"))
        return store.saveResumePosition(uuid, QStringLiteral("greeting/respectful"));
    if (operation == QLatin1String("discard"))
        return store.discard(uuid);
    if (operation == QLatin1String("submit"))
        return store.submit(uuid, *m_script, {});
    return WriteResult::failure(QStringLiteral("test: unknown operation ") + operation);
}

void TstAuditStore::addWriteOperations(const QStringList &except)
{
    for (const char *operation :
         {"saveValue", "saveValue on an unanswered item", "saveValue(null)", "clearValue",
          "setNotApplicable on", "setNotApplicable off", "saveNote", "attachPhoto",
          "attachPhoto again", "detachPhoto", "addMoment", "removeLastMoment", "saveCheckIn",
          "saveResumePosition", "discard", "submit"}) {
        if (!except.contains(QLatin1String(operation)))
            QTest::newRow(operation) << QString::fromLatin1(operation);
    }
}

void TstAuditStore::submittedAuditIsReadOnly_data()
{
    QTest::addColumn<QString>("operation");
    // Where the UI is in a submitted audit is not part of the audit.
    addWriteOperations({QStringLiteral("saveResumePosition")});
}

void TstAuditStore::submittedAuditIsReadOnly()
{
    QFETCH(QString, operation);
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    QString error;
    const auto fresh = importPhoto(
        *m_db,
        test::writePhotoFile(m_dir->filePath(QStringLiteral("camera")), QStringLiteral("late.jpg"),
                             QByteArrayLiteral("taken after the audit was submitted")),
        photoFolder(), &error);
    QVERIFY2(fresh, qPrintable(error));
    const QStringList attached =
        observed(uuid)->audit.answers.value(QStringLiteral("storefront_photo")).photos;
    QCOMPARE(attached.size(), 1);
    const WriteResult submitted = AuditStore(*m_db).submit(uuid, *m_script, {});
    QVERIFY2(submitted.ok(), qPrintable(submitted.error));
    const QStringList before = test::dumpAuditTables(*m_observer);
    const QByteArray json = test::loadedCanonicalJson(*m_observer, uuid);

    const WriteResult refused = applyWrite(operation, uuid, fresh->sha256, attached.first());
    QVERIFY2(!refused.ok(), "a write to a submitted audit succeeded");
    const QString expected = operation == QLatin1String("submit")
                                 ? QStringLiteral("the audit is already submitted")
                                 : kFrozen;
    QCOMPARE(refused.error, expected);

    QVERIFY(writerIsIdle());
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
    QCOMPARE(test::loadedCanonicalJson(*m_observer, uuid), json);
    QCOMPARE(observed(uuid)->state, AuditState::Submitted);
    QCOMPARE(AuditStore(*m_observer).outbox().size(), 1);
}

void TstAuditStore::rawSqlCannotChangeSubmittedAudit_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("binds"); // "submitted" or "other": which audit's uuid
    const QStringList submitted{QStringLiteral("submitted")};
    QTest::newRow("update audit score") << QStringLiteral("UPDATE audits SET score_overall = 10000 "
                                                          "WHERE uuid = ?")
                                        << submitted;
    QTest::newRow("reopen audit") << QStringLiteral("UPDATE audits SET state = 'in_progress' WHERE "
                                                    "uuid = ?")
                                  << submitted;
    QTest::newRow("update every audit")
        << QStringLiteral("UPDATE audits SET resume_position = 'x'") << QStringList();
    QTest::newRow("delete audit") << QStringLiteral("DELETE FROM audits WHERE uuid = ?")
                                  << submitted;
    QTest::newRow("update answer") << QStringLiteral("UPDATE answers SET value = '[false]' WHERE "
                                                     "audit = ? AND item = 'respectful'")
                                   << submitted;
    QTest::newRow("delete answers")
        << QStringLiteral("DELETE FROM answers WHERE audit = ?") << submitted;
    QTest::newRow("insert answer") << QStringLiteral("INSERT INTO answers (audit, item, value) "
                                                     "VALUES (?, 'invited_back', '[true]')")
                                   << submitted;
    QTest::newRow("replace answer") << QStringLiteral("INSERT OR REPLACE INTO answers (audit, "
                                                      "item, value) VALUES (?, 'nps', '[0]')")
                                    << submitted;
    QTest::newRow("update photo link") << QStringLiteral("UPDATE answer_photos SET added_at = 'x' "
                                                         "WHERE audit = ?")
                                       << submitted;
    QTest::newRow("delete photo link")
        << QStringLiteral("DELETE FROM answer_photos WHERE audit = ?") << submitted;
    QTest::newRow("insert photo link")
        << QStringLiteral("INSERT INTO answer_photos (audit, item, sha256, added_at) SELECT ?, "
                          "'comments', sha256, 'x' FROM photos")
        << submitted;
    QTest::newRow("update moment") << QStringLiteral("UPDATE timeline SET elapsed_ms = 1 WHERE "
                                                     "audit = ?")
                                   << submitted;
    QTest::newRow("delete moments")
        << QStringLiteral("DELETE FROM timeline WHERE audit = ?") << submitted;
    QTest::newRow("insert moment") << QStringLiteral("INSERT INTO timeline (audit, seq, event, "
                                                     "elapsed_ms) VALUES (?, 99, 'left', 1)")
                                   << submitted;
    QTest::newRow("move an answer out")
        << QStringLiteral("UPDATE answers SET audit = ? WHERE audit = ? AND item = 'nps'")
        << QStringList{QStringLiteral("other"), QStringLiteral("submitted")};
    // Rows of an audit in progress moved into the submitted one change it just as much.
    QTest::newRow("move an answer in")
        << QStringLiteral("UPDATE answers SET audit = ? WHERE audit = ?")
        << QStringList{QStringLiteral("submitted"), QStringLiteral("other")};
    QTest::newRow("move a moment in")
        << QStringLiteral("UPDATE timeline SET audit = ?, seq = 100 WHERE audit = ?")
        << QStringList{QStringLiteral("submitted"), QStringLiteral("other")};
}

void TstAuditStore::rawSqlCannotChangeSubmittedAudit()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, binds);
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    QVERIFY(AuditStore(*m_db).submit(uuid, *m_script, {}).ok());
    // Another audit, in progress, with an answer the submitted one does not have, and a moment.
    const QString other = startAudit();
    QVERIFY(!other.isEmpty());
    QVERIFY(AuditStore(*m_db).saveValue(other, QStringLiteral("invited_back"), true).ok());
    QVERIFY(AuditStore(*m_db).addMoment(other, QStringLiteral("entered"), 1000).ok());
    const QStringList before = test::dumpAuditTables(*m_observer);
    const QByteArray json = test::loadedCanonicalJson(*m_observer, uuid);

    QSqlQuery &query = m_db->statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i] == QLatin1String("other") ? other : uuid);
    const bool ran = query.exec();
    const QString error = query.lastError().databaseText();
    query.finish();
    QVERIFY2(!ran, "SQL changed a submitted audit");
    QVERIFY2(error.contains(kFrozen), qPrintable(error));
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
    QCOMPARE(test::loadedCanonicalJson(*m_observer, uuid), json);
}

void TstAuditStore::submitTwiceLeavesOneOutboxEntry()
{
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    QVERIFY(AuditStore(*m_db).submit(uuid, *m_script, {}).ok());
    const QList<OutboxEntry> first = AuditStore(*m_observer).outbox();
    QCOMPARE(first.size(), 1);
    const QStringList before = test::dumpAuditTables(*m_observer);
    for (int i = 0; i < 2; ++i) {
        const WriteResult again = AuditStore(*m_db).submit(uuid, *m_script, {});
        QCOMPARE(again.error, QStringLiteral("the audit is already submitted"));
    }
    // A second connection submitting too is refused the same way.
    QCOMPARE(AuditStore(*m_observer).submit(uuid, *m_script, {}).error,
             QStringLiteral("the audit is already submitted"));
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
    const QList<OutboxEntry> after = AuditStore(*m_observer).outbox();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().body, first.first().body);
    QCOMPARE(after.first().queuedAt, first.first().queuedAt);
}

void TstAuditStore::failedSubmitLeavesNothingHalfWritten_data()
{
    QTest::addColumn<QString>("provocation"); // SQL run on the writer's connection first
    QTest::addColumn<QString>("error");       // what the refusal says
    // A stale outbox entry for the same audit: the INSERT into the outbox conflicts after the
    // audit row was already updated.
    QTest::newRow("outbox entry exists")
        << QStringLiteral("INSERT INTO outbox (audit, body, content_sha256, queued_at) VALUES (?, "
                          "'stale', 'stale', '2026-03-14T00:00:00Z')")
        << QStringLiteral("outbox.audit");
    // Any failure of the outbox insert (a full disk, say), simulated by a temporary trigger.
    QTest::newRow("outbox insert fails")
        << QStringLiteral("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON main.outbox BEGIN "
                          "SELECT RAISE(ABORT, 'simulated: disk full'); END")
        << QStringLiteral("simulated: disk full");
    // And a failure of the audit update itself, before the outbox is reached.
    QTest::newRow("audit update fails")
        << QStringLiteral("CREATE TEMP TRIGGER fail_audit BEFORE UPDATE OF state ON main.audits "
                          "BEGIN SELECT RAISE(ABORT, 'simulated: I/O error'); END")
        << QStringLiteral("simulated: I/O error");
}

void TstAuditStore::failedSubmitLeavesNothingHalfWritten()
{
    QFETCH(QString, provocation);
    QFETCH(QString, error);
    const QString uuid = startCompleteAudit();
    QVERIFY(!uuid.isEmpty());
    const bool bindsUuid = provocation.contains(QLatin1Char('?'));
    QVERIFY2(bindsUuid ? m_db->run(provocation, {uuid}) : m_db->run(provocation),
             qPrintable(m_db->lastError()));
    const QStringList before = test::dumpAuditTables(*m_observer);
    const QByteArray json = test::loadedCanonicalJson(*m_observer, uuid);

    const WriteResult refused = AuditStore(*m_db).submit(uuid, *m_script, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(error), qPrintable(refused.error));

    // Nothing of the submit is left: not the state, not the score, not the hash.
    QVERIFY(writerIsIdle());
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
    QCOMPARE(test::loadedCanonicalJson(*m_observer, uuid), json);
    const auto row = test::queryRows(
        *m_observer,
        QStringLiteral("SELECT state, submitted_at, score_overall, passed, trust, content_sha256 "
                       "FROM audits WHERE uuid = ?"),
        {uuid});
    QVERIFY(row && row->size() == 1);
    QCOMPARE(row->first().value(0).toString(), QStringLiteral("in_progress"));
    for (int column = 1; column < 6; ++column)
        QVERIFY2(row->first().value(column).isNull(), qPrintable(QString::number(column)));
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE body "
                                                          "<> 'stale'")),
             0);

    // The audit is still open to changes, and submits once the obstacle is gone.
    QVERIFY(
        AuditStore(*m_db).saveNote(uuid, QStringLiteral("thanked"), QStringLiteral("warmly")).ok());
    QVERIFY(m_db->run(QStringLiteral("DELETE FROM outbox WHERE audit = ?"), {uuid}));
    QVERIFY(m_db->run(QStringLiteral("DROP TRIGGER IF EXISTS temp.fail_outbox")));
    QVERIFY(m_db->run(QStringLiteral("DROP TRIGGER IF EXISTS temp.fail_audit")));
    const WriteResult accepted = AuditStore(*m_db).submit(uuid, *m_script, {});
    QVERIFY2(accepted.ok(), qPrintable(accepted.error));
    const QList<OutboxEntry> outbox = AuditStore(*m_observer).outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().body, test::loadedCanonicalJson(*m_observer, uuid));
}

// ---------------------------------------------------------------------------------------------
// an audit this phone does not have

void TstAuditStore::unknownAuditWritesFail_data()
{
    QTest::addColumn<QString>("operation");
    addWriteOperations();
}

void TstAuditStore::unknownAuditWritesFail()
{
    QFETCH(QString, operation);
    // One real audit, so that a write to the wrong one would show.
    const QString real = startCompleteAudit();
    QVERIFY(!real.isEmpty());
    const QString sha =
        observed(real)->audit.answers.value(QStringLiteral("storefront_photo")).photos.value(0);
    QVERIFY(isValidSha256(sha));
    const QStringList before = test::dumpAuditTables(*m_observer);

    const QString unknown = QStringLiteral("6f1c2a9e-0d4b-4c7a-8e53-1b2c3d4e5f60");
    const WriteResult refused = applyWrite(operation, unknown, sha, sha);
    QVERIFY2(!refused.ok(), "a write to an audit this phone does not have succeeded");
    QCOMPARE(refused.error, kNoSuchAudit);
    QVERIFY(writerIsIdle());
    QCOMPARE(test::dumpAuditTables(*m_observer), before);
    QVERIFY(!observed(unknown));
}

void TstAuditStore::attachingAnUnknownPhotoSaysSo()
{
    const QString uuid = startAudit();
    QVERIFY(!uuid.isEmpty());
    const QString missing(64, QLatin1Char('0'));
    const WriteResult refused =
        AuditStore(*m_db).attachPhoto(uuid, QStringLiteral("storefront_photo"), missing);
    QVERIFY(!refused.ok());
    QVERIFY(observed(uuid)); // the audit is there...
    // ...so the message must not say it is not.
    QVERIFY2(refused.error != kNoSuchAudit, qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("photo")), qPrintable(refused.error));
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM answer_photos")),
             0);
}

// ---------------------------------------------------------------------------------------------
// lists

void TstAuditStore::listsAndLookups()
{
    AuditStore store(*m_db);
    const auto none = store.lastStarted(QStringLiteral("shopper1"), AuditMode::MysteryShop,
                                        QStringLiteral("store"));
    QVERIFY(!none);
    QVERIFY(store.list(QStringLiteral("shopper1")).isEmpty());

    const QString bend = startAudit();
    QTest::qSleep(5); // distinct started_at, to the millisecond
    NewAudit call;
    call.scriptId = QStringLiteral("support-call");
    call.scriptVersion = 1;
    call.site = QStringLiteral("support-americas");
    call.auditor = QStringLiteral("shopper1");
    call.assignment = QStringLiteral("demo-us-care-call");
    const QString phone = startAudit(call);
    QTest::qSleep(5);
    NewAudit self;
    self.scriptId = QStringLiteral("store-visit");
    self.scriptVersion = 1;
    self.site = QStringLiteral("store-portland");
    self.auditor = QStringLiteral("exec1");
    self.mode = AuditMode::SelfAudit;
    const QString exec = startAudit(self);
    QTest::qSleep(5);
    const QString bendAgain = startAudit();
    QVERIFY(!bend.isEmpty() && !phone.isEmpty() && !exec.isEmpty() && !bendAgain.isEmpty());
    QVERIFY(store.saveValue(bendAgain, QStringLiteral("entrance_clear"), true).ok());
    QVERIFY(store.setNotApplicable(bendAgain, QStringLiteral("window_display"), true).ok());
    QVERIFY(store.saveNote(bendAgain, QStringLiteral("floor_clean"), QStringLiteral("later")).ok());

    // Read by the other connection: what was written is what is listed.
    AuditStore seen(*m_observer);
    const auto startedAt = [&seen](const QString &uuid) {
        return QDateTime::fromString(seen.load(uuid)->audit.startedAt, Qt::ISODateWithMs);
    };
    const QList<AuditSummary> shopper = seen.list(QStringLiteral("shopper1"));
    QCOMPARE(shopper.size(), 3);
    QCOMPARE(shopper[0].uuid, bendAgain); // newest first
    QCOMPARE(shopper[1].uuid, phone);
    QCOMPARE(shopper[2].uuid, bend);
    QCOMPARE(shopper[0].siteName, QStringLiteral("Northwind Outfitters Bend"));
    QCOMPARE(shopper[0].siteKind, QStringLiteral("store"));
    QCOMPARE(shopper[0].scriptTitle, QStringLiteral("Store visit"));
    QCOMPARE(shopper[0].assignment, QStringLiteral("demo-bend-visit"));
    QCOMPARE(shopper[0].mode, AuditMode::MysteryShop);
    QCOMPARE(shopper[0].state, AuditState::InProgress);
    QCOMPARE(shopper[0].answered, 2); // a value and an N/A; a note alone is not an answer
    QCOMPARE(shopper[1].siteKind, QStringLiteral("phone"));
    QCOMPARE(shopper[1].scriptId, QStringLiteral("support-call"));
    QCOMPARE(shopper[1].scriptTitle, QStringLiteral("Support line call"));
    QCOMPARE(shopper[2].answered, 0);
    const QList<AuditSummary> executive = seen.list(QStringLiteral("exec1"));
    QCOMPARE(executive.size(), 1);
    QCOMPARE(executive.first().mode, AuditMode::SelfAudit);
    QVERIFY(executive.first().assignment.isEmpty());
    QCOMPARE(seen.list(QStringLiteral("shopper2")).size(), 0);

    QCOMPARE(seen.lastStarted(QStringLiteral("shopper1"), AuditMode::MysteryShop,
                              QStringLiteral("store")),
             std::optional(startedAt(bendAgain)));
    QCOMPARE(seen.lastStarted(QStringLiteral("shopper1"), AuditMode::MysteryShop,
                              QStringLiteral("phone")),
             std::optional(startedAt(phone)));
    QCOMPARE(
        seen.lastStarted(QStringLiteral("exec1"), AuditMode::SelfAudit, QStringLiteral("store")),
        std::optional(startedAt(exec)));
    QVERIFY(
        !seen.lastStarted(QStringLiteral("exec1"), AuditMode::SelfAudit, QStringLiteral("phone")));
    QVERIFY(!seen.lastStarted(QStringLiteral("exec1"), AuditMode::MysteryShop,
                              QStringLiteral("store")));

    QCOMPARE(seen.inProgressFor(QStringLiteral("shopper1"), QStringLiteral("demo-bend-visit")),
             std::optional(bendAgain));
    QCOMPARE(seen.inProgressFor(QStringLiteral("shopper1"), QStringLiteral("demo-us-care-call")),
             std::optional(phone));
    QVERIFY(!seen.inProgressFor(QStringLiteral("shopper2"), QStringLiteral("demo-bend-visit")));
    QVERIFY(!seen.inProgressFor(QStringLiteral("shopper1"), QStringLiteral("demo-brussels-visit")));
    QVERIFY(store.discard(bendAgain).ok());
    QCOMPARE(seen.inProgressFor(QStringLiteral("shopper1"), QStringLiteral("demo-bend-visit")),
             std::optional(bend));
    QCOMPARE(seen.lastStarted(QStringLiteral("shopper1"), AuditMode::MysteryShop,
                              QStringLiteral("store")),
             std::optional(startedAt(bend)));
}

// ---------------------------------------------------------------------------------------------
// start, and the clock of a visit

void TstAuditStore::startRefusesWhatThePhoneDoesNotHave_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("scriptId");
    QTest::addColumn<int>("scriptVersion");
    QTest::addColumn<QString>("names"); // a word the refusal must contain
    QTest::newRow("unknown site") << QStringLiteral("store-atlantis")
                                  << QStringLiteral("store-visit") << 1 << QStringLiteral("site");
    QTest::newRow("unknown script") << QStringLiteral("store-bend") << QStringLiteral("drive-thru")
                                    << 1 << QStringLiteral("script");
    QTest::newRow("unknown script version")
        << QStringLiteral("store-bend") << QStringLiteral("store-visit") << 7
        << QStringLiteral("script");
}

void TstAuditStore::startRefusesWhatThePhoneDoesNotHave()
{
    QFETCH(QString, site);
    QFETCH(QString, scriptId);
    QFETCH(int, scriptVersion);
    QFETCH(QString, names);
    NewAudit audit = test::bendVisit();
    audit.site = site;
    audit.scriptId = scriptId;
    audit.scriptVersion = scriptVersion;
    QString error;
    const std::optional<QString> uuid = AuditStore(*m_db).start(audit, &error);
    QVERIFY(!uuid);
    QVERIFY(!error.isEmpty());
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM audits")), 0);
    // There is no audit yet: "no such audit" would send the shopper looking for the wrong thing.
    QVERIFY2(error != kNoSuchAudit, qPrintable(error));
    QVERIFY2(error.contains(names), qPrintable(error));
}

void TstAuditStore::auditClock_data()
{
    QTest::addColumn<qint64>("monotonicOffset"); // started this long before now (monotonic)
    QTest::addColumn<qint64>("wallOffset");      // started this long before now (wall clock)
    QTest::addColumn<qint64>("expected");        // elapsedMs(), give or take a little
    QTest::newRow("just started") << qint64(0) << qint64(0) << qint64(0);
    // The monotonic clock wins over a wall clock that was changed mid-visit.
    QTest::newRow("wall clock set back") << qint64(90000) << qint64(-3600000) << qint64(90000);
    QTest::newRow("wall clock set forward") << qint64(90000) << qint64(7200000) << qint64(90000);
    // After a reboot the monotonic clock restarted below the start: the wall clock witnesses.
    QTest::newRow("after a reboot") << qint64(-1000000000) << qint64(600000) << qint64(600000);
    QTest::newRow("after a reboot, wall clock behind")
        << qint64(-1000000000) << qint64(-600000) << qint64(0);
}

void TstAuditStore::auditClock()
{
    QFETCH(qint64, monotonicOffset);
    QFETCH(qint64, wallOffset);
    QFETCH(qint64, expected);
    const AuditClock now = AuditClock::startingNow();
    QVERIFY(now.startedMonotonicMs > 0);
    QVERIFY(qAbs(now.startedWallMs - QDateTime::currentMSecsSinceEpoch()) < 1000);
    const AuditClock clock{now.startedMonotonicMs - monotonicOffset,
                           now.startedWallMs - wallOffset};
    const qint64 elapsed = clock.elapsedMs();
    QVERIFY2(elapsed >= expected && elapsed < expected + 1000,
             qPrintable(QString::number(elapsed)));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], kChildFlag) == 0)
        return writeThenWait(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TstAuditStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditstore.moc"
