// Keyset paging of the list routes, against the real server on SQLite and on PostgreSQL: pages
// follow the Link header, never repeat or skip a row while rows are added between them, the
// default and largest page sizes hold, and a bad limit or cursor is a 400.

#include "ServerFixture.h"

#include "DemoAudits.h"

#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

using namespace tp::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestServerPaging : public QObject
{
    Q_OBJECT

private:
    ServerFixture &server() { return *m_fixture; }
    void startServer();
    // Every page of `path` as `user`, `between(page)` run after each page; the key of each row
    // in the order received. Fails the test on a bad answer.
    QStringList walk(const QString &path, const QString &user, const QString &key,
                     const std::function<void(int)> &between = {});
    QStringList column(const QString &sql);

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase() { m_harness.startCluster(); }
    void cleanup() { m_fixture.reset(); }

    void auditPagesNeitherRepeatNorSkipWhileAuditsArrive();
    void listsPageInTheirOrderWhileRowsAreAdded();
    void defaultAndLargestPageSizes();
    void badLimitOrCursorIs400();
};

void TestServerPaging::startServer()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
}

QStringList TestServerPaging::walk(const QString &path, const QString &user, const QString &key,
                                   const std::function<void(int)> &between)
{
    QStringList keys;
    const QString token = server().token(user.toUtf8().constData());
    QString next = path;
    for (int page = 0; !next.isEmpty(); ++page) {
        if (page > 1000) {
            qWarning("more than 1000 pages of %s", qPrintable(path));
            return {};
        }
        const ApiReply reply = server().api().get(next, token);
        if (reply.status != 200) {
            qWarning().noquote() << next << reply.describe();
            return {};
        }
        for (const QJsonValue &row : reply.array())
            keys.append(row.toObject().value(key).toVariant().toString());
        next = nextPagePath(next, reply);
        if (between)
            between(page);
    }
    return keys;
}

QStringList TestServerPaging::column(const QString &sql)
{
    QStringList values;
    QString error;
    // One string of every row, joined in SQL: TestDatabase reads one value.
    const QString joined =
        server().backend() == QLatin1String("postgres")
            ? QStringLiteral("SELECT string_agg(k, ',' ORDER BY k) FROM (%1) t")
            : QStringLiteral("SELECT group_concat(k, ',') FROM (%1 ORDER BY 1) t");
    const QVariant all = server().db().scalar(joined.arg(sql), {}, &error);
    if (!error.isEmpty())
        qWarning().noquote() << sql << error;
    if (!all.isNull())
        values = all.toString().split(QLatin1Char(','));
    return values;
}

void TestServerPaging::auditPagesNeitherRepeatNorSkipWhileAuditsArrive()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const CommandResult generated =
        server().runCli({str("demo-data"), str("--audits"), str("230"), str("--seed"), str("5")});
    QVERIFY2(generated.ok(), qPrintable(generated.describe()));
    const QStringList before = column(QStringLiteral("SELECT uuid AS k FROM audits"));
    QVERIFY2(before.size() >= 230, qPrintable(QString::number(before.size())));

    TP_TOKEN(exec, server(), "exec1");
    QStringList added;
    const QStringList seen =
        walk(QStringLiteral("/audits?limit=17"), QStringLiteral("admin"), QStringLiteral("uuid"),
             [&](int) {
                 const QJsonObject audit = selfAudit(QStringLiteral("exec1"));
                 const QString uuid = audit.value(QStringLiteral("uuid")).toString();
                 const ApiReply stored =
                     server().api().put(QStringLiteral("/audits/") + uuid, audit, exec);
                 if (stored.status == 201 || stored.status == 200)
                     added.append(uuid);
                 else
                     qWarning().noquote() << "PUT" << stored.describe();
             });
    QVERIFY(added.size() >= 13); // 230 rows and more in pages of 17
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size()); // no row twice
    for (const QString &uuid : before)
        QVERIFY2(seen.contains(uuid), qPrintable(uuid + QStringLiteral(" was skipped")));
    // Newest first: every audit that arrived meanwhile is newer than the page being read.
    for (const QString &uuid : std::as_const(added))
        QVERIFY2(!seen.contains(uuid), qPrintable(uuid + QStringLiteral(" came after its page")));

    // A regional manager's pages are their regions' audits, whole.
    const QStringList americas =
        column(QStringLiteral("SELECT a.uuid AS k FROM audits a JOIN sites s ON s.id = a.site_id"
                              " WHERE s.region_id = 'americas'"));
    const QStringList managers = walk(QStringLiteral("/audits?limit=50"),
                                      QStringLiteral("manager1"), QStringLiteral("uuid"));
    QCOMPARE(managers.size(), americas.size());
    QCOMPARE(QSet<QString>(managers.cbegin(), managers.cend()),
             QSet<QString>(americas.cbegin(), americas.cend()));
}

void TestServerPaging::listsPageInTheirOrderWhileRowsAreAdded()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    // Users: created on both sides of the page being read.
    const QStringList usersBefore = column(QStringLiteral("SELECT username AS k FROM users"));
    int made = 0;
    const QStringList users =
        walk(QStringLiteral("/users?limit=3"), QStringLiteral("admin"), QStringLiteral("username"),
             [&](int page) {
                 for (const char *prefix : {"aaa-paging-", "zzz-paging-"}) {
                     QString error;
                     const bool ok = server().db().exec(
                         QStringLiteral("INSERT INTO users (username, display_name, role,"
                                        " password_hash, created_at, change_seq)"
                                        " VALUES (?, 'Paging', 'shopper', 'x', '2026-01-01', 0)"),
                         {str(prefix) + QString::number(page)}, &error);
                     QVERIFY2(ok, qPrintable(error));
                     ++made;
                 }
             });
    QVERIFY(made >= 6);
    QCOMPARE(QSet<QString>(users.cbegin(), users.cend()).size(), users.size());
    // In the list's order across pages: the database's own order of the names (its collation).
    QStringList inOrder = column(QStringLiteral("SELECT username AS k FROM users"));
    inOrder.removeIf([&users](const QString &name) { return !users.contains(name); });
    QCOMPARE(users, inOrder);
    for (const QString &user : usersBefore)
        QVERIFY2(users.contains(user), qPrintable(user + QStringLiteral(" was skipped")));
    // Rows added behind the page being read are not seen; ahead of it, they are.
    QVERIFY(!users.contains(QStringLiteral("aaa-paging-1")));
    QVERIFY(users.contains(QStringLiteral("zzz-paging-0")));

    // Sites, ordered by region then id, with a site added to a region already passed.
    const QStringList sitesBefore = column(QStringLiteral("SELECT id AS k FROM sites"));
    const QStringList sites =
        walk(QStringLiteral("/sites?limit=2"), QStringLiteral("admin"), QStringLiteral("id"),
             [&](int page) {
                 QString error;
                 const bool ok = server().db().exec(
                     QStringLiteral("INSERT INTO sites (id, region_id, kind, name, change_seq)"
                                    " VALUES (?, 'americas', 'store', 'Paging', 0)"),
                     {QStringLiteral("aaa-site-%1").arg(page)}, &error);
                 QVERIFY2(ok, qPrintable(error));
             });
    QCOMPARE(QSet<QString>(sites.cbegin(), sites.cend()).size(), sites.size());
    for (const QString &site : sitesBefore)
        QVERIFY2(sites.contains(site), qPrintable(site + QStringLiteral(" was skipped")));

    // Regions, scripts, assignments and actions page the same way.
    const QStringList regions =
        walk(QStringLiteral("/regions?limit=1"), QStringLiteral("admin"), QStringLiteral("id"));
    QCOMPARE(regions, column(QStringLiteral("SELECT id AS k FROM regions")));
    QVERIFY(regions.size() >= 2);
    const QStringList scripts =
        walk(QStringLiteral("/scripts?limit=1"), QStringLiteral("admin"), QStringLiteral("id"));
    QCOMPARE(scripts.size(), column(QStringLiteral("SELECT id AS k FROM scripts")).size());
    const QStringList assignments =
        walk(QStringLiteral("/assignments?limit=1"), QStringLiteral("admin"), QStringLiteral("id"));
    const QStringList storedAssignments = column(QStringLiteral("SELECT id AS k FROM assignments"));
    QVERIFY(!assignments.isEmpty());
    QCOMPARE(assignments.size(), storedAssignments.size());
    QCOMPARE(QSet<QString>(assignments.cbegin(), assignments.cend()),
             QSet<QString>(storedAssignments.cbegin(), storedAssignments.cend()));
    const QStringList actions =
        walk(QStringLiteral("/actions?limit=1"), QStringLiteral("admin"), QStringLiteral("id"));
    QCOMPARE(actions.size(),
             column(QStringLiteral("SELECT id AS k FROM corrective_actions")).size());
}

void TestServerPaging::defaultAndLargestPageSizes()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    const CommandResult generated =
        server().runCli({str("demo-data"), str("--audits"), str("620"), str("--seed"), str("3")});
    QVERIFY2(generated.ok(), qPrintable(generated.describe()));
    TP_TOKEN(admin, server(), "admin");

    const ApiReply first = server().api().get(QStringLiteral("/audits"), admin);
    TP_EXPECT_STATUS(first, 200);
    QCOMPARE(first.array().size(), 100);
    const QUrlQuery next(QUrl(nextPagePath(QStringLiteral("/audits"), first)).query());
    QCOMPARE(next.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    QVERIFY(!next.queryItemValue(QStringLiteral("after")).isEmpty());

    const ApiReply largest = server().api().get(QStringLiteral("/audits?limit=500"), admin);
    TP_EXPECT_STATUS(largest, 200);
    QCOMPARE(largest.array().size(), 500);
    // The filters stay in the next page's query.
    const ApiReply filtered =
        server().api().get(QStringLiteral("/audits?state=submitted&limit=5"), admin);
    TP_EXPECT_STATUS(filtered, 200);
    const QString filteredNext =
        nextPagePath(QStringLiteral("/audits?state=submitted&limit=5"), filtered);
    QVERIFY2(filteredNext.contains(QStringLiteral("state=submitted")), qPrintable(filteredNext));
    const ApiReply second = server().api().get(filteredNext, admin);
    TP_EXPECT_STATUS(second, 200);
    for (const QJsonValue &audit : second.array())
        QCOMPARE(audit.toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("submitted"));
}

void TestServerPaging::badLimitOrCursorIs400()
{
    startServer();
    if (QTest::currentTestFailed())
        return;
    TP_TOKEN(admin, server(), "admin");
    for (const char *query : {"limit=0", "limit=501", "limit=ten", "limit=-1", "after=not-a-cursor",
                              "after=e30", "after=%00", "after=WzEsMl0"}) {
        for (const char *path : {"/audits", "/users", "/sites", "/actions"}) {
            const ApiReply reply =
                server().api().get(str(path) + QLatin1Char('?') + str(query), admin);
            TP_EXPECT_STATUS(reply, 400);
            QCOMPARE(reply.errorCode(), QStringLiteral("invalid_paging"));
        }
    }
    // A cursor of one list is no cursor of another ([\"x\"] has one key; audits have two).
    const ApiReply users = server().api().get(QStringLiteral("/users?limit=1"), admin);
    const QString usersNext = nextPagePath(QStringLiteral("/users?limit=1"), users);
    const QString after =
        QUrlQuery(QUrl(usersNext).query()).queryItemValue(QStringLiteral("after"));
    QVERIFY(!after.isEmpty());
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/audits?after=") + after, admin), 400);
}

QTEST_GUILESS_MAIN(TestServerPaging)
#include "tst_server_paging.moc"
