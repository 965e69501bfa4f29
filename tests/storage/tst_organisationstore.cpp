// OrganisationStore and the demo seed: the demo organisation arrives complete and only once,
// scripts are checked by the core loader and a published version never changes, settings
// round-trip, and what is put is what is read back (by another connection).

#include "StorageTestSupport.h"
#include "core/ScriptLoader.h"
#include "storage/DemoSeed.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;
using namespace tp::storage;

namespace {

const QDate kSeedDay(2026, 3, 14);

QByteArray readSource(const QString &relative)
{
    QFile file(test::sourcePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject demoObject(const QString &name)
{
    return QJsonDocument::fromJson(readSource(QStringLiteral("assets/demo/") + name)).object();
}

QJsonArray demoList(const QString &file, const QString &key)
{
    return demoObject(file).value(key).toArray();
}

QByteArray storeVisitJson()
{
    return readSource(QStringLiteral("assets/demo/scripts/store-visit.json"));
}

// store-visit.json as version `version`, with `change` applied to item `item` of section
// `section` (an empty change leaves the item as it is).
QByteArray storeVisitVariant(int version, int section, int item,
                             const std::function<void(QJsonObject &)> &change)
{
    QJsonObject script = QJsonDocument::fromJson(storeVisitJson()).object();
    script.insert(QStringLiteral("version"), version);
    QJsonArray sections = script.value(QLatin1String("sections")).toArray();
    QJsonObject s = sections[section].toObject();
    QJsonArray items = s.value(QLatin1String("items")).toArray();
    QJsonObject i = items[item].toObject();
    if (change)
        change(i);
    items[item] = i;
    s.insert(QStringLiteral("items"), items);
    sections[section] = s;
    script.insert(QStringLiteral("sections"), sections);
    return QJsonDocument(script).toJson(QJsonDocument::Indented);
}

// Every row of the organisation's tables, as text.
QStringList dumpOrganisation(DeviceDatabase &db)
{
    QStringList lines;
    for (const char *sql :
         {"SELECT * FROM settings ORDER BY key", "SELECT * FROM accounts ORDER BY username",
          "SELECT * FROM sites ORDER BY id", "SELECT * FROM scripts ORDER BY id, version",
          "SELECT * FROM assignments ORDER BY id"}) {
        const auto rows = test::queryRows(db, QLatin1String(sql));
        lines << QLatin1String(sql) + (rows ? QString() : QStringLiteral(" failed"));
        for (const QVariantList &row : rows.value_or(QList<QVariantList>())) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << (cell.isNull() ? QStringLiteral("NULL") : cell.toString());
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

QString dayStart(int offset)
{
    return QDateTime(kSeedDay.addDays(offset), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TstOrganisationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void seedCounts();
    void seededAccount_data();
    void seededAccount();
    void seededSite_data();
    void seededSite();
    void seededAssignment_data();
    void seededAssignment();
    void seedTwiceIsIdempotent();
    void failedSeedWritesNothing();

    void putScriptRefusesMalformed_data();
    void putScriptRefusesMalformed();
    void putScriptKeepsPublishedVersions();

    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void accountsAndSitesUpdate();
    void assignmentsFollowTheirOwner();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("device.db")); }
    bool seed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeviceDatabase> m_db;
    std::unique_ptr<DeviceDatabase> m_observer; // a second, independent connection
};

void TstOrganisationStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|still in use")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = test::openDevice(file(), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_observer = test::openDevice(file(), &error);
    QVERIFY2(m_observer, qPrintable(error));
}

void TstOrganisationStore::cleanup()
{
    m_observer.reset();
    m_db.reset();
    m_dir.reset();
}

bool TstOrganisationStore::seed()
{
    const WriteResult result = seedDemoOrganisation(*m_db, kSeedDay);
    if (!result.ok())
        qWarning("seeding failed: %s", qPrintable(result.error));
    return result.ok();
}

void TstOrganisationStore::seedCounts()
{
    QVERIFY(!isDemoSeeded(*m_observer));
    QVERIFY(seed());
    QVERIFY(isDemoSeeded(*m_observer));
    OrganisationStore organisation(*m_observer);
    const QJsonArray users = demoList(QStringLiteral("organisation.json"), QStringLiteral("users"));
    const QJsonArray sites = demoList(QStringLiteral("organisation.json"), QStringLiteral("sites"));
    const QJsonArray assignments =
        demoList(QStringLiteral("assignments.json"), QStringLiteral("assignments"));
    QVERIFY(!users.isEmpty() && !sites.isEmpty() && !assignments.isEmpty());
    QCOMPARE(organisation.accounts().size(), users.size());
    QCOMPARE(organisation.sites().size(), sites.size());
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM assignments")),
             assignments.size());
    const QList<QPair<QString, int>> scripts{{QStringLiteral("store-visit"), 1},
                                             {QStringLiteral("support-call"), 1}};
    QCOMPARE(organisation.scriptVersions(), scripts);
    // Stored as shipped, and loadable.
    QCOMPARE(test::queryValue(*m_observer,
                              QStringLiteral("SELECT body FROM scripts WHERE id = 'store-visit'"))
                 .toByteArray(),
             storeVisitJson());
    const auto script = organisation.latestScript(QStringLiteral("support-call"));
    QVERIFY(script);
    QCOMPARE(script->title, QStringLiteral("Support line call"));
    QCOMPARE(script->channel, Channel::Phone);
    QCOMPARE(test::queryValue(*m_observer, QStringLiteral("SELECT channel FROM scripts WHERE id = "
                                                          "'support-call'"))
                 .toString(),
             QStringLiteral("phone"));
    // Per shopper, the assignments of assignments.json.
    QHash<QString, int> perShopper;
    for (const QJsonValue &a : assignments)
        ++perShopper[a.toObject().value(QLatin1String("shopper")).toString()];
    for (auto it = perShopper.cbegin(); it != perShopper.cend(); ++it)
        QCOMPARE(organisation.assignmentsFor(it.key()).size(), it.value());
    QCOMPARE(organisation.assignmentsFor(QStringLiteral("exec1")).size(), 0);
    QCOMPARE(m_observer->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM "
                                                          "pragma_foreign_key_check")),
             0);
}

void TstOrganisationStore::seededAccount_data()
{
    QTest::addColumn<QJsonObject>("user");
    for (const QJsonValue &user :
         demoList(QStringLiteral("organisation.json"), QStringLiteral("users")))
        QTest::newRow(qPrintable(user.toObject().value(QLatin1String("username")).toString()))
            << user.toObject();
}

void TstOrganisationStore::seededAccount()
{
    QFETCH(QJsonObject, user);
    QVERIFY(seed());
    const auto account =
        OrganisationStore(*m_observer).account(user.value(QLatin1String("username")).toString());
    QVERIFY(account);
    QCOMPARE(account->displayName, user.value(QLatin1String("displayName")).toString());
    QCOMPARE(account->role, user.value(QLatin1String("role")).toString());
}

void TstOrganisationStore::seededSite_data()
{
    QTest::addColumn<QJsonObject>("site");
    for (const QJsonValue &site :
         demoList(QStringLiteral("organisation.json"), QStringLiteral("sites")))
        QTest::newRow(qPrintable(site.toObject().value(QLatin1String("id")).toString()))
            << site.toObject();
}

void TstOrganisationStore::seededSite()
{
    QFETCH(QJsonObject, site);
    QVERIFY(seed());
    const auto stored =
        OrganisationStore(*m_observer).site(site.value(QLatin1String("id")).toString());
    QVERIFY(stored);
    QCOMPARE(stored->region, site.value(QLatin1String("region")).toString());
    QCOMPARE(stored->kind, site.value(QLatin1String("kind")).toString());
    QCOMPARE(stored->name, site.value(QLatin1String("name")).toString());
    QCOMPARE(stored->address, site.value(QLatin1String("address")).toString());
    QCOMPARE(stored->phone, site.value(QLatin1String("phone")).toString());
    QCOMPARE(stored->timezone, site.value(QLatin1String("timezone")).toString());
    if (site.contains(QLatin1String("latitude"))) {
        QCOMPARE(stored->latitude, std::optional(site.value(QLatin1String("latitude")).toDouble()));
        QCOMPARE(stored->longitude,
                 std::optional(site.value(QLatin1String("longitude")).toDouble()));
    } else {
        QVERIFY(!stored->latitude && !stored->longitude);
    }
    QCOMPARE(stored->radiusMetres, site.value(QLatin1String("checkInRadius")).toDouble(100));
    const QJsonObject hours = site.value(QLatin1String("openingHours")).toObject();
    QCOMPARE(QJsonDocument::fromJson(stored->openingHours.toUtf8()).object(), hours);
    QCOMPARE(stored->openingHours.isEmpty(), hours.isEmpty());
}

void TstOrganisationStore::seededAssignment_data()
{
    QTest::addColumn<QJsonObject>("assignment");
    for (const QJsonValue &a :
         demoList(QStringLiteral("assignments.json"), QStringLiteral("assignments")))
        QTest::newRow(qPrintable(a.toObject().value(QLatin1String("id")).toString()))
            << a.toObject();
}

void TstOrganisationStore::seededAssignment()
{
    QFETCH(QJsonObject, assignment);
    QVERIFY(seed());
    const auto stored =
        OrganisationStore(*m_observer).assignment(assignment.value(QLatin1String("id")).toString());
    QVERIFY(stored);
    QCOMPARE(stored->site, assignment.value(QLatin1String("site")).toString());
    QCOMPARE(stored->scriptId, assignment.value(QLatin1String("script")).toString());
    QCOMPARE(stored->scriptVersion, 1);
    QCOMPARE(stored->auditor, assignment.value(QLatin1String("shopper")).toString());
    // Windows are days relative to the day of seeding.
    QCOMPARE(stored->windowStart, dayStart(assignment.value(QLatin1String("fromDay")).toInt()));
    QCOMPARE(stored->windowEnd, dayStart(assignment.value(QLatin1String("toDay")).toInt()));
    QCOMPARE(stored->state, QStringLiteral("accepted"));
    QVERIFY(OrganisationStore(*m_observer).site(stored->site));
    QVERIFY(OrganisationStore(*m_observer).script(stored->scriptId, stored->scriptVersion));
}

void TstOrganisationStore::seedTwiceIsIdempotent()
{
    QVERIFY(seed());
    const QStringList first = dumpOrganisation(*m_observer);
    QVERIFY(first.size() > 20);
    // Again, on another day: nothing moves (the assignment windows stay where they were).
    const WriteResult again = seedDemoOrganisation(*m_db, kSeedDay.addDays(40));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(dumpOrganisation(*m_observer), first);
    // And after the app restarts, from the other connection.
    m_db.reset();
    QString error;
    m_db = test::openDevice(file(), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(seedDemoOrganisation(*m_observer, kSeedDay.addDays(1)).ok());
    QVERIFY(seedDemoOrganisation(*m_db, kSeedDay.addDays(2)).ok());
    QCOMPARE(dumpOrganisation(*m_db), first);
}

void TstOrganisationStore::failedSeedWritesNothing()
{
    // The phone already holds store-visit version 1 with other content (a broken earlier
    // sync, say): the seed stops there, and leaves no half organisation behind.
    QByteArray other = storeVisitJson();
    other.replace("\"title\": \"Store visit\"", "\"title\": \"Store visit (draft)\"");
    QVERIFY(other != storeVisitJson());
    QVERIFY(OrganisationStore(*m_db).putScript(other).ok());
    const QStringList before = dumpOrganisation(*m_observer);

    const WriteResult result = seedDemoOrganisation(*m_db, kSeedDay);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QStringLiteral("demo data: script store-visit version 1 is already "
                                          "stored with other content"));
    QCOMPARE(dumpOrganisation(*m_observer), before);
    QVERIFY(!isDemoSeeded(*m_observer));
    QVERIFY(m_observer->begin()); // and no transaction was left open
    m_observer->rollback();
}

void TstOrganisationStore::putScriptRefusesMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("names"); // what the message must name
    QTest::newRow("not JSON") << QByteArray("{\"id\": \"store-visit\", ") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("an array") << QByteArray("[]") << QString();
    QTest::newRow("unknown item type") << storeVisitVariant(2, 0, 3, [](QJsonObject &i) {
        i.insert(QStringLiteral("type"), QStringLiteral("thumbs"));
    }) << QStringLiteral("storefront/entrance_clear");
    QTest::newRow("scale without max")
        << storeVisitVariant(2, 0, 1, [](QJsonObject &i) { i.remove(QStringLiteral("max")); })
        << QStringLiteral("storefront/window_display");
    QTest::newRow("unknown option in a condition")
        << storeVisitVariant(
               2, 3, 2,
               [](QJsonObject &i) {
                   i.insert(QStringLiteral("showIf"),
                            QJsonObject{{QStringLiteral("item"), QStringLiteral("no_such_item")},
                                        {QStringLiteral("equals"), true}});
               })
        << QStringLiteral("advice/needs_questions");
    QTest::newRow("duplicate item id") << storeVisitVariant(2, 1, 0, [](QJsonObject &i) {
        i.insert(QStringLiteral("id"), QStringLiteral("entrance_clear"));
    }) << QStringLiteral("entrance_clear");
}

void TstOrganisationStore::putScriptRefusesMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, names);
    QVERIFY(seed());
    const QStringList before = dumpOrganisation(*m_observer);
    const ScriptLoadResult loaded = loadScript(json);
    QVERIFY(!loaded.ok()); // the row is a broken script

    const WriteResult refused = OrganisationStore(*m_db).putScript(json);
    QVERIFY(!refused.ok());
    // The loader's own words: the item and the problem.
    QVERIFY(!loaded.issues.isEmpty());
    QCOMPARE(refused.error, loaded.issues.first().toString());
    if (!names.isEmpty())
        QVERIFY2(refused.error.contains(names), qPrintable(refused.error));
    QCOMPARE(dumpOrganisation(*m_observer), before);
}

void TstOrganisationStore::putScriptKeepsPublishedVersions()
{
    QVERIFY(seed());
    OrganisationStore organisation(*m_db);
    const QByteArray published = storeVisitJson();
    const auto original = organisation.script(QStringLiteral("store-visit"), 1);
    QVERIFY(original);
    QCOMPARE(original->title, QStringLiteral("Store visit"));

    // The same bytes again (a second sync of the same version): fine, nothing changes.
    const QStringList before = dumpOrganisation(*m_observer);
    QVERIFY(organisation.putScript(published).ok());
    QCOMPARE(dumpOrganisation(*m_observer), before);

    // Other content under the published (id, version): refused, and the published one kept.
    QByteArray edited = published;
    edited.replace("\"passMark\": 80", "\"passMark\": 60");
    QVERIFY(edited != published);
    QVERIFY(loadScript(edited).ok());
    const WriteResult refused = organisation.putScript(edited);
    QCOMPARE(refused.error, QStringLiteral("script store-visit version 1 is already stored with "
                                           "other content"));
    QCOMPARE(dumpOrganisation(*m_observer), before);
    const auto reread = OrganisationStore(*m_observer).script(QStringLiteral("store-visit"), 1);
    QVERIFY(reread);
    QCOMPARE(reread->passMark, original->passMark);

    // A new version is a new row; the old one stays for the audits made with it.
    const QByteArray version2 = storeVisitVariant(2, 0, 3, {});
    const WriteResult added = organisation.putScript(version2);
    QVERIFY2(added.ok(), qPrintable(added.error));
    OrganisationStore seen(*m_observer);
    const QList<QPair<QString, int>> versions{{QStringLiteral("store-visit"), 2},
                                              {QStringLiteral("store-visit"), 1},
                                              {QStringLiteral("support-call"), 1}};
    QCOMPARE(seen.scriptVersions(), versions);
    const auto latest = seen.latestScript(QStringLiteral("store-visit"));
    QVERIFY(latest);
    QCOMPARE(latest->version, 2);
    QVERIFY(seen.script(QStringLiteral("store-visit"), 1));
    QVERIFY(!seen.script(QStringLiteral("store-visit"), 3));
    QVERIFY(!seen.latestScript(QStringLiteral("no-such-script")));
}

void TstOrganisationStore::settingsRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("server")
                           << QStringLiteral("https://touchpoint.example");
    QTest::newRow("empty") << QStringLiteral("last-user") << QStringLiteral("");
    QTest::newRow("unicode") << QStringLiteral("greeting")
                             << QString::fromUtf8("Gr\u00fc\u00dfe \u4f60\u597d \U0001F642");
    QTest::newRow("quotes and SQL")
        << QStringLiteral("it's") << QStringLiteral("'); DROP TABLE settings; --");
    QTest::newRow("JSON") << QStringLiteral("sync-cursor")
                          << QStringLiteral("{\"scripts\":\"2026-03-14T17:00:00Z\",\"n\":3}");
    QTest::newRow("long") << QStringLiteral("blob") << QString(100000, QLatin1Char('x'));
}

void TstOrganisationStore::settingsRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    OrganisationStore writer(*m_db);
    OrganisationStore reader(*m_observer);
    QCOMPARE(reader.setting(key, QStringLiteral("fallback")), QStringLiteral("fallback"));
    QVERIFY(reader.setting(key).isNull());
    QVERIFY(writer.setSetting(key, QStringLiteral("first")).ok());
    QCOMPARE(reader.setting(key), QStringLiteral("first"));
    QVERIFY(writer.setSetting(key, value).ok());
    // Stored, not defaulted: even an empty value is a value.
    QCOMPARE(reader.setting(key, QStringLiteral("fallback")), value);
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM settings")), 1);
    // A null value is stored as empty, not as "no setting".
    QVERIFY(writer.setSetting(key, QString()).ok());
    QCOMPARE(reader.setting(key, QStringLiteral("fallback")), QStringLiteral(""));
}

void TstOrganisationStore::accountsAndSitesUpdate()
{
    QVERIFY(seed());
    OrganisationStore organisation(*m_db);
    OrganisationStore seen(*m_observer);
    QVERIFY(!seen.account(QStringLiteral("nobody")));
    QVERIFY(!seen.site(QStringLiteral("nowhere")));

    // An account changes its name and role in place.
    QVERIFY(organisation
                .putAccount({QStringLiteral("shopper1"), QStringLiteral("Sam Kowalski"),
                             QStringLiteral("executive")})
                .ok());
    QCOMPARE(seen.account(QStringLiteral("shopper1"))->displayName, QStringLiteral("Sam Kowalski"));
    QCOMPARE(seen.account(QStringLiteral("shopper1"))->role, QStringLiteral("executive"));
    const int accounts = seen.accounts().size();
    QVERIFY(
        organisation
            .putAccount({QStringLiteral("new1"), QStringLiteral("New"), QStringLiteral("shopper")})
            .ok());
    QCOMPARE(seen.accounts().size(), accounts + 1);

    // A site changes while assignments and audits refer to it (a sync pulling an update).
    const QString uuid = AuditStore(*m_db).start(test::bendVisit()).value_or(QString());
    QVERIFY(!uuid.isEmpty());
    SiteInfo bend = *seen.site(QStringLiteral("store-bend"));
    bend.name = QStringLiteral("Northwind Outfitters Bend (Old Mill)");
    bend.radiusMetres = 60;
    const WriteResult updated = organisation.putSite(bend);
    QVERIFY2(updated.ok(), qPrintable(updated.error));
    QCOMPARE(seen.site(QStringLiteral("store-bend"))->name, bend.name);
    QCOMPARE(seen.site(QStringLiteral("store-bend"))->radiusMetres, 60.0);
    QVERIFY(AuditStore(*m_observer).load(uuid));
    QCOMPARE(test::queryCount(*m_observer, QStringLiteral("SELECT COUNT(*) FROM "
                                                          "pragma_foreign_key_check")),
             0);

    // A site without a position or optional fields.
    SiteInfo line;
    line.id = QStringLiteral("support-test");
    line.region = QStringLiteral("americas");
    line.kind = QStringLiteral("phone");
    line.name = QStringLiteral("A test line");
    QVERIFY(organisation.putSite(line).ok());
    const auto stored = seen.site(QStringLiteral("support-test"));
    QVERIFY(stored);
    QVERIFY(!stored->latitude && !stored->longitude);
    QVERIFY(stored->address.isEmpty() && stored->phone.isEmpty() && stored->openingHours.isEmpty());
    QCOMPARE(stored->radiusMetres, 100.0);
    // A kind the schema does not know is refused with the database's reason.
    line.kind = QStringLiteral("kiosk");
    const WriteResult refused = organisation.putSite(line);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("CHECK")), qPrintable(refused.error));
    QCOMPARE(seen.site(QStringLiteral("support-test"))->kind, QStringLiteral("phone"));

    // Stores first, then phone lines; by name within each.
    const QList<SiteInfo> sites = seen.sites();
    for (int i = 1; i < sites.size(); ++i) {
        const bool ordered =
            sites[i - 1].kind > sites[i].kind ||
            (sites[i - 1].kind == sites[i].kind && sites[i - 1].name <= sites[i].name);
        QVERIFY2(ordered, qPrintable(sites[i - 1].name + QStringLiteral(" / ") + sites[i].name));
    }
}

void TstOrganisationStore::assignmentsFollowTheirOwner()
{
    QVERIFY(seed());
    OrganisationStore organisation(*m_db);
    OrganisationStore seen(*m_observer);
    AssignmentInfo extra{QStringLiteral("a-extra"),
                         QStringLiteral("store-seattle"),
                         QStringLiteral("store-visit"),
                         1,
                         QStringLiteral("shopper1"),
                         dayStart(0),
                         dayStart(3),
                         QStringLiteral("offered")};
    QVERIFY(organisation.putAssignment(extra).ok());
    const QList<AssignmentInfo> mine = seen.assignmentsFor(QStringLiteral("shopper1"));
    QCOMPARE(mine.size(), 4);
    QCOMPARE(mine.first().id, QStringLiteral("a-extra")); // the soonest window end first
    for (int i = 1; i < mine.size(); ++i) {
        QVERIFY(mine[i - 1].windowEnd < mine[i].windowEnd ||
                (mine[i - 1].windowEnd == mine[i].windowEnd && mine[i - 1].id < mine[i].id));
    }
    QVERIFY(organisation.setAssignmentState(QStringLiteral("a-extra"), QStringLiteral("accepted"))
                .ok());
    QCOMPARE(seen.assignment(QStringLiteral("a-extra"))->state, QStringLiteral("accepted"));
    // Pulled again with other dates: replaced, not duplicated.
    extra.windowEnd = dayStart(30);
    QVERIFY(organisation.putAssignment(extra).ok());
    QCOMPARE(seen.assignmentsFor(QStringLiteral("shopper1")).size(), 4);
    QCOMPARE(seen.assignment(QStringLiteral("a-extra"))->windowEnd, dayStart(30));

    // An assignment must name a site and a script version this phone has.
    AssignmentInfo orphan = extra;
    orphan.id = QStringLiteral("a-orphan");
    orphan.site = QStringLiteral("store-atlantis");
    QVERIFY(!organisation.putAssignment(orphan).ok());
    orphan.site = QStringLiteral("store-bend");
    orphan.scriptVersion = 9;
    QVERIFY(!organisation.putAssignment(orphan).ok());
    QVERIFY(!seen.assignment(QStringLiteral("a-orphan")));
}

QTEST_GUILESS_MAIN(TstOrganisationStore)
#include "tst_organisationstore.moc"
