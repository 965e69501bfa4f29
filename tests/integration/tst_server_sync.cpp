// GET /sync when what a user may see changes without the records changing: their own account
// (a regional manager given another region) or a site moving to another region.

#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tp::test;

namespace {

QStringList ids(const QJsonArray &records)
{
    QStringList result;
    for (const QJsonValue &record : records)
        result.append(record.toObject().value(QStringLiteral("id")).toString());
    return result;
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase() { m_harness.startCluster(); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void accountChangeSendsEverything();
    void siteMoveBringsItsAssignments();

private:
    ServerFixture &server() { return *m_fixture; }
    QJsonObject pull(const QString &token, qint64 cursor);

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;
};

void TestServerSync::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
}

QJsonObject TestServerSync::pull(const QString &token, qint64 cursor)
{
    const ApiReply reply = server().api().get(QStringLiteral("/sync?cursor=%1").arg(cursor), token);
    if (reply.status != 200)
        qWarning("sync answered %s", qPrintable(reply.describe()));
    return reply.status == 200 ? reply.object() : QJsonObject();
}

void TestServerSync::accountChangeSendsEverything()
{
    TP_TOKEN(manager, server(), "manager1");
    TP_TOKEN(admin, server(), "admin");
    const QJsonObject first = pull(manager, 0);
    QVERIFY(first.value(QStringLiteral("full")).toBool());
    QVERIFY(!ids(first.value(QStringLiteral("sites")).toArray())
                 .contains(QStringLiteral("store-brussels-centre")));
    const qint64 cursor = first.value(QStringLiteral("cursor")).toInteger();
    QCOMPARE(pull(manager, cursor).value(QStringLiteral("sites")).toArray().size(), 0);

    const ApiReply changed = server().api().put(
        QStringLiteral("/users/manager1"),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Maria Lopez")},
                    {QStringLiteral("role"), QStringLiteral("regional_manager")},
                    {QStringLiteral("regions"),
                     QJsonArray{QStringLiteral("americas"), QStringLiteral("international")}}},
        admin);
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));

    const QJsonObject after = pull(manager, cursor);
    QVERIFY(after.value(QStringLiteral("full")).toBool());
    const QStringList sites = ids(after.value(QStringLiteral("sites")).toArray());
    QVERIFY2(sites.contains(QStringLiteral("store-brussels-centre")), qPrintable(sites.join(u',')));
    QVERIFY(sites.contains(QStringLiteral("store-bend")));
    QVERIFY(ids(after.value(QStringLiteral("assignments")).toArray())
                .contains(QStringLiteral("demo-brussels-visit")));

    const QJsonObject again = pull(manager, after.value(QStringLiteral("cursor")).toInteger());
    QVERIFY(!again.value(QStringLiteral("full")).toBool());
    QCOMPARE(again.value(QStringLiteral("sites")).toArray().size(), 0);
}

void TestServerSync::siteMoveBringsItsAssignments()
{
    TP_TOKEN(manager, server(), "manager2");
    TP_TOKEN(admin, server(), "admin");
    const QJsonObject first = pull(manager, 0);
    QVERIFY(!ids(first.value(QStringLiteral("assignments")).toArray())
                 .contains(QStringLiteral("demo-bend-visit")));
    const qint64 cursor = first.value(QStringLiteral("cursor")).toInteger();

    const ApiReply site = server().api().get(QStringLiteral("/sites/store-bend"), admin);
    QVERIFY2(site.status == 200, qPrintable(site.describe()));
    QJsonObject moved = site.object();
    moved.insert(QStringLiteral("region"), QStringLiteral("international"));
    const ApiReply stored = server().api().post(QStringLiteral("/sites"), moved, admin);
    QVERIFY2(stored.status == 200, qPrintable(stored.describe()));

    const QJsonObject after = pull(manager, cursor);
    QVERIFY(!after.value(QStringLiteral("full")).toBool());
    QVERIFY(
        ids(after.value(QStringLiteral("sites")).toArray()).contains(QStringLiteral("store-bend")));
    QVERIFY2(ids(after.value(QStringLiteral("assignments")).toArray())
                 .contains(QStringLiteral("demo-bend-visit")),
             qPrintable(ids(after.value(QStringLiteral("assignments")).toArray()).join(u',')));
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
