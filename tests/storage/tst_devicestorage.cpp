// The device database itself: the schema a new phone gets, the pragmas that make a commit
// durable, migrations from every earlier schema version, and what happens to a database this
// app cannot use (newer, not a database, a migration step that fails).

#include "StorageTestSupport.h"
#include "storage/AuditStore.h"
#include "storage/DeviceDatabase.h"
#include "storage/DeviceSchema.h"
#include "storage/OrganisationStore.h"

#include "support/TestPaths.h"
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::storage;

namespace {

QByteArray fileHash(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// What a plain SQLite connection (not DeviceDatabase, which would migrate or refuse) finds.
struct RawView
{
    int userVersion = -1;
    QStringList objects; // "type name" of every schema object
    QStringList settings;
};

RawView rawView(const QString &fileName)
{
    RawView view;
    const QString name = QStringLiteral("raw-view");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(fileName);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                view.userVersion = query.value(0).toInt();
            if (query.exec(QStringLiteral("SELECT type, name FROM sqlite_master ORDER BY name"))) {
                while (query.next())
                    view.objects << query.value(0).toString() + QLatin1Char(' ') +
                                        query.value(1).toString();
            }
            if (query.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"))) {
                while (query.next())
                    view.settings << query.value(0).toString() + QLatin1Char('=') +
                                         query.value(1).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return view;
}

// The schema as SQLite records it: what a migration must reproduce exactly.
QStringList schemaOf(DeviceDatabase &db)
{
    QStringList schema;
    const auto rows = test::queryRows(
        db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"));
    if (!rows)
        return {QStringLiteral("cannot read the schema")};
    for (const QVariantList &row : *rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cell.toString();
        schema << cells.join(QLatin1Char('|'));
    }
    return schema;
}

const QString kAuditUuid = QStringLiteral("0b9cf5a6-3c1d-4e55-9d4f-2a7c1e6b8d90");
const QString kPhotoSha =
    QStringLiteral("5c3414ef602706c17a71488619dec6e989a76d9d2048706e7b061e855a5f47a7");

// Puts one row in every table of schema version 1, by SQL, as an app of that version would have.
bool fillVersion1(DeviceDatabase &db, QString *error)
{
    const QByteArray script = [] {
        QFile file(test::sourcePath(QStringLiteral("assets/demo/scripts/store-visit.json")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const QList<QPair<QString, QVariantList>> statements = {
        {QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
         {QStringLiteral("server"), QStringLiteral("https://touchpoint.example")}},
        {QStringLiteral("INSERT INTO accounts (username, display_name, role) VALUES (?, ?, ?)"),
         {QStringLiteral("shopper1"), QStringLiteral("Sam Shopper"), QStringLiteral("shopper")}},
        {QStringLiteral("INSERT INTO sites (id, region, kind, name, latitude, longitude, radius_m) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("store-bend"), QStringLiteral("americas"), QStringLiteral("store"),
          QStringLiteral("Northwind Outfitters Bend"), 44.068842, -121.314192, 100.0}},
        {QStringLiteral("INSERT INTO scripts (id, version, title, channel, body) VALUES (?, ?, ?, "
                        "?, ?)"),
         {QStringLiteral("store-visit"), 1, QStringLiteral("Store visit"), QStringLiteral("store"),
          QString::fromUtf8(script)}},
        {QStringLiteral("INSERT INTO assignments (id, site, script_id, script_version, auditor, "
                        "window_start, window_end, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
         {QStringLiteral("demo-bend-visit"), QStringLiteral("store-bend"),
          QStringLiteral("store-visit"), 1, QStringLiteral("shopper1"),
          QStringLiteral("2026-03-13T00:00:00Z"), QStringLiteral("2026-03-28T00:00:00Z"),
          QStringLiteral("accepted")}},
        {QStringLiteral("INSERT INTO audits (uuid, script_id, script_version, site, auditor, mode, "
                        "assignment, started_at, started_monotonic_ms, resume_position) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {kAuditUuid, QStringLiteral("store-visit"), 1, QStringLiteral("store-bend"),
          QStringLiteral("shopper1"), auditModeName(AuditMode::MysteryShop),
          QStringLiteral("demo-bend-visit"), QStringLiteral("2026-03-14T17:02:00.000Z"),
          qint64(123456789), QStringLiteral("greeting/respectful")}},
        {QStringLiteral("INSERT INTO answers (audit, item, value, note, answered_at) VALUES (?, ?, "
                        "?, ?, ?)"),
         {kAuditUuid, QStringLiteral("entrance_clear"), QStringLiteral("[true]"),
          QStringLiteral("Swept that morning"), QStringLiteral("2026-03-14T17:02:20.000Z")}},
        {QStringLiteral("INSERT INTO photos (sha256, file_name, bytes, added_at) VALUES (?, ?, ?, "
                        "?)"),
         {kPhotoSha, QStringLiteral("photos/front.jpg"), 1234,
          QStringLiteral("2026-03-14T17:01:58.000Z")}},
        {QStringLiteral("INSERT INTO answer_photos (audit, item, sha256, added_at) VALUES (?, ?, "
                        "?, ?)"),
         {kAuditUuid, QStringLiteral("storefront_photo"), kPhotoSha,
          QStringLiteral("2026-03-14T17:01:58.000Z")}},
        {QStringLiteral("INSERT INTO timeline (audit, seq, event, elapsed_ms, at) VALUES (?, ?, ?, "
                        "?, ?)"),
         {kAuditUuid, 1, QStringLiteral("entered"), 30000,
          QStringLiteral("2026-03-14T17:02:30.000Z")}},
    };
    for (const auto &[sql, values] : statements) {
        QSqlQuery &query = db.statement(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!query.exec()) {
            *error = sql + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

class TstDeviceStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void openCreatesCurrentSchema();
    void schemaHasObject_data();
    void schemaHasObject();
    void pragmas_data();
    void pragmas();
    void migrationStepsExistForEveryVersion();
    void openAtVersionStopsThere_data();
    void openAtVersionStopsThere();
    void openAtVersionBeyondCurrentIsRefused();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void newerDatabaseIsRefusedAndUntouched_data();
    void newerDatabaseIsRefusedAndUntouched();
    void failedMigrationStepChangesNothing_data();
    void failedMigrationStepChangesNothing();
    void unusableFileIsRefused_data();
    void unusableFileIsRefused();
    void writeTransactionRollsBackUnlessCommitted();
    void beginTakesTheWriteLock();
    void reopeningManyTimesLeavesNoConnections();
};

void TstDeviceStorage::init()
{
    // A DeviceDatabase that is destroyed while Qt still holds its connection would warn here.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|still in use")));
}

void TstDeviceStorage::openCreatesCurrentSchema()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    QVERIFY(!QFile::exists(file));
    QString error;
    auto db = test::openDevice(file, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFile::exists(file));
    QCOMPARE(db->fileName(), file);
    QVERIFY(currentSchemaVersion() >= 1);
    QCOMPARE(db->schemaVersion(), currentSchemaVersion());
    QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    // Nothing is in a new database but its schema.
    for (const char *table :
         {"settings", "accounts", "sites", "scripts", "assignments", "audits", "answers", "photos",
          "answer_photos", "timeline", "outbox", "photo_uploads"}) {
        QCOMPARE(
            test::queryCount(*db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)),
            0);
    }
    // Reopening an up-to-date database changes nothing.
    const QStringList schema = schemaOf(*db);
    db.reset();
    db = test::openDevice(file, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), currentSchemaVersion());
    QCOMPARE(schemaOf(*db), schema);
}

void TstDeviceStorage::schemaHasObject_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    for (const char *table :
         {"settings", "accounts", "sites", "scripts", "assignments", "audits", "answers", "photos",
          "answer_photos", "timeline", "outbox", "photo_uploads"})
        QTest::addRow("table %s", table) << QStringLiteral("table") << QString::fromLatin1(table);
    for (const char *index : {"audits_by_auditor", "outbox_pending", "outbox_waiting"})
        QTest::addRow("index %s", index) << QStringLiteral("index") << QString::fromLatin1(index);
    // The triggers that keep a submitted audit read-only, whatever code path tries to change it.
    for (const char *trigger :
         {"audits_frozen_update", "audits_frozen_delete", "answers_frozen_insert",
          "answers_frozen_update", "answers_frozen_delete", "answer_photos_frozen_insert",
          "answer_photos_frozen_update", "answer_photos_frozen_delete", "timeline_frozen_insert",
          "timeline_frozen_update", "timeline_frozen_delete"})
        QTest::addRow("trigger %s", trigger)
            << QStringLiteral("trigger") << QString::fromLatin1(trigger);
}

void TstDeviceStorage::schemaHasObject()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto db = test::openDevice(dir.filePath(QStringLiteral("device.db")), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(test::queryValue(*db, QStringLiteral("SELECT type FROM sqlite_master WHERE name = ?"),
                              {name})
                 .toString(),
             type);
}

void TstDeviceStorage::pragmas_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QVariant>("expected");
    // WAL, and synchronous=FULL (2): a commit is on flash before the UI calls an answer saved.
    QTest::newRow("journal_mode") << QStringLiteral("journal_mode")
                                  << QVariant(QStringLiteral("wal"));
    QTest::newRow("synchronous") << QStringLiteral("synchronous") << QVariant(2);
    QTest::newRow("foreign_keys") << QStringLiteral("foreign_keys") << QVariant(1);
    QTest::newRow("busy_timeout") << QStringLiteral("busy_timeout") << QVariant(5000);
    QTest::newRow("trusted_schema") << QStringLiteral("trusted_schema") << QVariant(0);
}

void TstDeviceStorage::pragmas()
{
    QFETCH(QString, pragma);
    QFETCH(QVariant, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    // The pragmas hold on a new database and on one that is reopened (most are per connection).
    for (int round = 0; round < 2; ++round) {
        QString error;
        auto db = test::openDevice(file, &error);
        QVERIFY2(db, qPrintable(error));
        const QVariant actual = test::queryValue(*db, QStringLiteral("PRAGMA ") + pragma);
        QVERIFY2(actual.isValid(), qPrintable(db->lastError()));
        QCOMPARE(actual.toString().toLower(), expected.toString());
    }
}

void TstDeviceStorage::migrationStepsExistForEveryVersion()
{
    QCOMPARE(migrationSteps(0), QStringList());
    for (int version = 1; version <= currentSchemaVersion(); ++version)
        QVERIFY2(!migrationSteps(version).isEmpty(), qPrintable(QString::number(version)));
    QCOMPARE(migrationSteps(currentSchemaVersion() + 1), QStringList());
}

void TstDeviceStorage::openAtVersionStopsThere_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version <= currentSchemaVersion(); ++version)
        QTest::addRow("version %d", version) << version;
}

void TstDeviceStorage::openAtVersionStopsThere()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    DeviceDatabase::OpenResult opened = DeviceDatabase::openAtVersion(file, version);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.database->schemaVersion(), version);
    const int objects =
        test::queryCount(*opened.database, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    if (version == 0)
        QCOMPARE(objects, 0);
    else
        QVERIFY(objects > 0);
    opened.database.reset();
    QCOMPARE(rawView(file).userVersion, version);
}

void TstDeviceStorage::openAtVersionBeyondCurrentIsRefused()
{
    // There is no step for a version this app does not know: asking for it must not label the
    // database with that version (it would then be refused as "from a newer app" for good).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    const int beyond = currentSchemaVersion() + 1;
    DeviceDatabase::OpenResult opened = DeviceDatabase::openAtVersion(file, beyond);
    const int reached = opened.database ? opened.database->schemaVersion() : -1;
    opened.database.reset();
    QVERIFY2(reached != beyond, "openAtVersion(current + 1) claims a schema version that has no "
                                "migration step");
    QVERIFY(rawView(file).userVersion <= currentSchemaVersion());
    QString error;
    QVERIFY2(test::openDevice(file, &error), qPrintable(error));
}

void TstDeviceStorage::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int from = 0; from <= currentSchemaVersion(); ++from)
        QTest::addRow("from version %d", from) << from;
}

void TstDeviceStorage::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));

    // The schema a new phone gets, to compare the migrated one with.
    QStringList freshSchema;
    {
        QString error;
        auto fresh = test::openDevice(dir.filePath(QStringLiteral("fresh.db")), &error);
        QVERIFY2(fresh, qPrintable(error));
        freshSchema = schemaOf(*fresh);
    }

    // An app of version `from` wrote its data...
    {
        DeviceDatabase::OpenResult old = DeviceDatabase::openAtVersion(file, from);
        QVERIFY2(old.database, qPrintable(old.error));
        QCOMPARE(old.database->schemaVersion(), from);
        QString error;
        if (from >= 1)
            QVERIFY2(fillVersion1(*old.database, &error), qPrintable(error));
    }

    // ...and this app opens it.
    QString error;
    auto db = test::openDevice(file, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), currentSchemaVersion());
    QCOMPARE(schemaOf(*db), freshSchema);
    QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(test::queryCount(*db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")),
             0);

    if (from == 0)
        return; // nothing could be stored before version 1

    // Everything written at version `from` is still there, read through today's stores.
    OrganisationStore organisation(*db);
    QCOMPARE(organisation.setting(QStringLiteral("server")),
             QStringLiteral("https://touchpoint.example"));
    const auto account = organisation.account(QStringLiteral("shopper1"));
    QVERIFY(account);
    QCOMPARE(account->displayName, QStringLiteral("Sam Shopper"));
    const auto site = organisation.site(QStringLiteral("store-bend"));
    QVERIFY(site);
    QCOMPARE(site->latitude, std::optional<double>(44.068842));
    QVERIFY(organisation.script(QStringLiteral("store-visit"), 1));
    const auto assignment = organisation.assignment(QStringLiteral("demo-bend-visit"));
    QVERIFY(assignment);
    QCOMPARE(assignment->state, QStringLiteral("accepted"));

    const auto stored = AuditStore(*db).load(kAuditUuid);
    QVERIFY(stored);
    QCOMPARE(stored->state, AuditState::InProgress);
    QCOMPARE(stored->resumePosition, QStringLiteral("greeting/respectful"));
    QCOMPARE(stored->clock.startedMonotonicMs, qint64(123456789));
    QCOMPARE(stored->audit.startedAt, QStringLiteral("2026-03-14T17:02:00.000Z"));
    QCOMPARE(stored->audit.answers.size(), 2);
    QCOMPARE(stored->audit.answers.value(QStringLiteral("entrance_clear")).value, QJsonValue(true));
    QCOMPARE(stored->audit.answers.value(QStringLiteral("entrance_clear")).note,
             QStringLiteral("Swept that morning"));
    QCOMPARE(stored->audit.answers.value(QStringLiteral("storefront_photo")).photos,
             QStringList{kPhotoSha});
    QCOMPARE(stored->audit.timeline.size(), 1);
    QCOMPARE(stored->audit.timeline.first().event, QStringLiteral("entered"));
    QCOMPARE(stored->audit.timeline.first().elapsedMs, qint64(30000));
}

void TstDeviceStorage::newerDatabaseIsRefusedAndUntouched_data()
{
    QTest::addColumn<int>("version");
    QTest::addRow("current + 1") << currentSchemaVersion() + 1;
    QTest::addRow("current + 7") << currentSchemaVersion() + 7;
    QTest::addRow("1000") << 1000;
}

void TstDeviceStorage::newerDatabaseIsRefusedAndUntouched()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    {
        QString error;
        auto db = test::openDevice(file, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(
            OrganisationStore(*db).setSetting(QStringLiteral("kept"), QStringLiteral("yes")).ok());
        // What a newer app would leave behind: its version number, and maybe a table we do
        // not know.
        QVERIFY2(db->run(QStringLiteral("CREATE TABLE from_the_future (x TEXT)")),
                 qPrintable(db->lastError()));
        QVERIFY2(db->run(QStringLiteral("PRAGMA user_version = %1").arg(version)),
                 qPrintable(db->lastError()));
    }
    const QByteArray before = fileHash(file);
    QVERIFY(!before.isEmpty());

    for (int attempt = 0; attempt < 2; ++attempt) {
        DeviceDatabase::OpenResult opened =
            attempt == 0 ? DeviceDatabase::open(file) : DeviceDatabase::openAtVersion(file, 0);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(QLatin1String("newer app")), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QStringLiteral("schema %1").arg(version)),
                 qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QStringLiteral("knows %1").arg(currentSchemaVersion())),
                 qPrintable(opened.error));
        QVERIFY2(opened.error.contains(file), qPrintable(opened.error));
    }

    QCOMPARE(fileHash(file), before);
    const RawView view = rawView(file);
    QCOMPARE(view.userVersion, version);
    QVERIFY(view.objects.contains(QStringLiteral("table from_the_future")));
    QCOMPARE(view.settings, QStringList{QStringLiteral("kept=yes")});
}

void TstDeviceStorage::failedMigrationStepChangesNothing_data()
{
    QTest::addColumn<QString>("blocker"); // SQL that makes one statement of step 1 fail
    QTest::addColumn<QString>("named");   // what the error names
    // The first statement of the step fails...
    QTest::newRow("settings exists")
        << QStringLiteral("CREATE TABLE settings (k, v)") << QStringLiteral("settings");
    // ...a statement in the middle, after several tables were created...
    QTest::newRow("index name taken") << QStringLiteral("CREATE TABLE audits_by_auditor (x)")
                                      << QStringLiteral("audits_by_auditor");
    // ...and one near the end, after almost the whole schema was created.
    QTest::newRow("outbox exists")
        << QStringLiteral("CREATE TABLE outbox (audit TEXT)") << QStringLiteral("outbox");
}

void TstDeviceStorage::failedMigrationStepChangesNothing()
{
    QFETCH(QString, blocker);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    {
        DeviceDatabase::OpenResult empty = DeviceDatabase::openAtVersion(file, 0);
        QVERIFY2(empty.database, qPrintable(empty.error));
        QVERIFY2(empty.database->run(blocker), qPrintable(empty.database->lastError()));
    }
    const RawView before = rawView(file);
    QCOMPARE(before.userVersion, 0);
    QCOMPARE(before.objects.size(), 1);

    DeviceDatabase::OpenResult opened = DeviceDatabase::open(file);
    QVERIFY(!opened.database);
    QVERIFY2(opened.error.startsWith(QStringLiteral("cannot prepare ") + file),
             qPrintable(opened.error));
    const QString refusal = opened.error;
    opened = {};

    // The step ran in one transaction: the version did not move, and none of the tables the
    // step created before it failed are left behind.
    const RawView after = rawView(file);
    QCOMPARE(after.userVersion, 0);
    QCOMPARE(after.objects, before.objects);

    // Once the obstacle is gone, the same step runs from the start.
    {
        DeviceDatabase::OpenResult empty = DeviceDatabase::openAtVersion(file, 0);
        QVERIFY2(empty.database, qPrintable(empty.error));
        QVERIFY2(empty.database->run(QStringLiteral("DROP TABLE ") + named),
                 qPrintable(empty.database->lastError()));
    }
    QString error;
    auto db = test::openDevice(file, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), currentSchemaVersion());
    QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));

    // The refusal says what went wrong (SQLite's "table ... already exists"), so that a bug
    // report from the field can be acted on.
    QVERIFY2(refusal.contains(named), qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("already")), qPrintable(refusal));
}

void TstDeviceStorage::unusableFileIsRefused_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("content"); // written to the file first unless empty
    QTest::addColumn<QString>("start");
    QTest::newRow("folder does not exist")
        << QStringLiteral("missing/folder/device.db") << QByteArray() << QStringLiteral("cannot ");
    QTest::newRow("not a database")
        << QStringLiteral("notes.db")
        << QByteArray("These are not the rows you are looking for.\n").repeated(200)
        << QStringLiteral("cannot prepare ");
}

void TstDeviceStorage::unusableFileIsRefused()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, content);
    QFETCH(QString, start);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(relative);
    if (!content.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(content), content.size());
    }
    DeviceDatabase::OpenResult opened = DeviceDatabase::open(file);
    QVERIFY(!opened.database);
    QVERIFY2(opened.error.startsWith(start), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(file), qPrintable(opened.error));
    if (!content.isEmpty()) {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), content); // someone's file is not overwritten
    }
}

void TstDeviceStorage::writeTransactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    QString error;
    auto writer = test::openDevice(file, &error);
    QVERIFY2(writer, qPrintable(error));
    auto observer = test::openDevice(file, &error);
    QVERIFY2(observer, qPrintable(error));
    const QString count = QStringLiteral("SELECT COUNT(*) FROM settings");
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)");
    {
        WriteTransaction transaction(*writer);
        QVERIFY(transaction.isOpen());
        QVERIFY(writer->run(insert, {QStringLiteral("a"), QStringLiteral("1")}));
        QCOMPARE(test::queryCount(*writer, count), 1);
        QCOMPARE(test::queryCount(*observer, count), 0); // not committed yet
    }                                                    // destroyed without commit()
    QCOMPARE(test::queryCount(*writer, count), 0);
    QCOMPARE(test::queryCount(*observer, count), 0);
    {
        WriteTransaction transaction(*writer);
        QVERIFY(transaction.isOpen());
        QVERIFY(writer->run(insert, {QStringLiteral("b"), QStringLiteral("2")}));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isOpen());
        QVERIFY(!transaction.commit()); // only once
    }
    QCOMPARE(test::queryCount(*observer, count), 1);
    QCOMPARE(test::queryValue(*observer, QStringLiteral("SELECT key FROM settings")).toString(),
             QStringLiteral("b"));
}

void TstDeviceStorage::beginTakesTheWriteLock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    QString error;
    auto first = test::openDevice(file, &error);
    QVERIFY2(first, qPrintable(error));
    auto second = test::openDevice(file, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->run(QStringLiteral("PRAGMA busy_timeout = 50")));
    {
        WriteTransaction transaction(*first);
        QVERIFY(transaction.isOpen());
        // BEGIN IMMEDIATE: the lock is taken at begin(), so the other writer cannot start...
        QVERIFY(!second->begin());
        QVERIFY2(second->lastError().contains(QLatin1String("locked")),
                 qPrintable(second->lastError()));
        // ...but it can still read the last committed state.
        QCOMPARE(test::queryCount(*second, QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    }
    QVERIFY2(second->begin(), qPrintable(second->lastError()));
    second->rollback();
}

void TstDeviceStorage::reopeningManyTimesLeavesNoConnections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("device.db"));
    const int before = QSqlDatabase::connectionNames().size();
    for (int i = 0; i < 20; ++i) {
        QString error;
        auto db = test::openDevice(file, &error);
        QVERIFY2(db, qPrintable(error));
        // Kept statements are released with the database.
        QVERIFY(
            OrganisationStore(*db).setSetting(QStringLiteral("round"), QString::number(i)).ok());
        QCOMPARE(OrganisationStore(*db).setting(QStringLiteral("round")), QString::number(i));
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    // Refused opens release their connection too.
    QVERIFY(!DeviceDatabase::open(dir.filePath(QStringLiteral("no/such/folder.db"))).database);
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

QTEST_GUILESS_MAIN(TstDeviceStorage)
#include "tst_devicestorage.moc"
