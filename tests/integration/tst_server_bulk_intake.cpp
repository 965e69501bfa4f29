// Bulk audit intake (POST /audits/bulk) on the real server: each audit of the request is
// checked, stored and answered as its own PUT /audits/{uuid} would be, in order; a refused or
// failing audit leaves the others stored; retries get the same receipts; a malformed request is
// a 4xx that stores nothing. Each test runs on SQLite and on PostgreSQL.

#include "DemoAudits.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tp::test;

namespace {

QString uuidOf(const QJsonObject &audit)
{
    return audit.value(QStringLiteral("uuid")).toString();
}

QJsonObject bulkOf(const QJsonArray &audits)
{
    return {{QStringLiteral("audits"), audits}};
}

QJsonArray resultsOf(const ApiReply &reply)
{
    return reply.object().value(QStringLiteral("results")).toArray();
}

int statusAt(const QJsonArray &results, int index)
{
    return results.at(index).toObject().value(QStringLiteral("status")).toInt();
}

QJsonObject bodyAt(const QJsonArray &results, int index)
{
    return results.at(index).toObject().value(QStringLiteral("body")).toObject();
}

QString errorCodeAt(const QJsonArray &results, int index)
{
    return bodyAt(results, index)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestServerBulkIntake : public QObject
{
    Q_OBJECT

private:
    ServerFixture &server() { return *m_fixture; }
    qint64 storedRows(const QString &uuid);
    qint64 auditCount();

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase() { m_harness.startCluster(); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void eachAuditAnsweredAsItsPut();
    void retriesGetTheSameReceipts();
    void storageFailureOfOneLeavesTheOthers();
    void malformedRequestsStoreNothing();
};

void TestServerBulkIntake::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
}

qint64 TestServerBulkIntake::storedRows(const QString &uuid)
{
    return server()
        .db()
        .scalar(QStringLiteral("SELECT COUNT(*) FROM audits WHERE uuid = ?"), {uuid})
        .toLongLong();
}

qint64 TestServerBulkIntake::auditCount()
{
    return server().db().scalar(QStringLiteral("SELECT COUNT(*) FROM audits")).toLongLong();
}

void TestServerBulkIntake::eachAuditAnsweredAsItsPut()
{
    TP_TOKEN(token, server(), "exec1");
    const qint64 before = auditCount();
    const QJsonObject first = selfAudit(QStringLiteral("exec1"));
    const QJsonObject second = selfAudit(QStringLiteral("exec1"));
    QJsonObject invalid = selfAudit(QStringLiteral("exec1"));
    invalid.insert(QStringLiteral("startedAt"), QStringLiteral("yesterday"));
    const QJsonObject someoneElses = selfAudit(QStringLiteral("admin"));
    QJsonObject unknownVersion = selfAudit(QStringLiteral("exec1"));
    QJsonObject script = unknownVersion.value(QStringLiteral("script")).toObject();
    script.insert(QStringLiteral("version"), 99);
    unknownVersion.insert(QStringLiteral("script"), script);
    const QJsonArray audits{
        first, QStringLiteral("not an audit"), invalid, someoneElses, unknownVersion, second};

    const ApiReply reply =
        server().api().post(QStringLiteral("/audits/bulk"), bulkOf(audits), token);
    TP_EXPECT_STATUS(reply, 200);
    const QJsonArray results = resultsOf(reply);
    QCOMPARE(results.size(), audits.size());
    const QList<int> expected{201, 400, 422, 403, 422, 201};
    for (int i = 0; i < audits.size(); ++i) {
        QVERIFY2(statusAt(results, i) == expected[i],
                 qPrintable(QStringLiteral("audit %1: %2").arg(i).arg(reply.describe())));
        QCOMPARE(results.at(i).toObject().value(QStringLiteral("uuid")).toString(),
                 audits.at(i).toObject().value(QStringLiteral("uuid")).toString());
    }
    QVERIFY(results.at(1).toObject().value(QStringLiteral("uuid")).isNull());
    QCOMPARE(errorCodeAt(results, 1), QStringLiteral("invalid_json"));
    QCOMPARE(errorCodeAt(results, 2), QStringLiteral("invalid_audit"));
    QCOMPARE(errorCodeAt(results, 3), QStringLiteral("forbidden"));
    QCOMPARE(errorCodeAt(results, 4), QStringLiteral("unknown_script_version"));
    QCOMPARE(auditCount(), before + 2);
    QCOMPARE(storedRows(uuidOf(first)), 1);
    QCOMPARE(storedRows(uuidOf(second)), 1);
    QCOMPARE(storedRows(uuidOf(someoneElses)), 0);

    // The receipt is the one PUT gives for the same audit, and names what is stored.
    const ApiReply put =
        server().api().put(QStringLiteral("/audits/") + uuidOf(first), first, token);
    TP_EXPECT_STATUS(put, 200);
    QCOMPARE(put.object(), bodyAt(results, 0));
    const ApiReply read = server().api().get(QStringLiteral("/audits/") + uuidOf(second), token);
    TP_EXPECT_STATUS(read, 200);
    QCOMPARE(read.object().value(QStringLiteral("contentSha256")),
             bodyAt(results, 5).value(QStringLiteral("contentSha256")));
}

void TestServerBulkIntake::retriesGetTheSameReceipts()
{
    TP_TOKEN(token, server(), "exec1");
    const QJsonObject first = selfAudit(QStringLiteral("exec1"));
    const QJsonObject second = selfAudit(QStringLiteral("exec1"));
    const ApiReply stored =
        server().api().post(QStringLiteral("/audits/bulk"), bulkOf({first, second}), token);
    TP_EXPECT_STATUS(stored, 200);
    const QJsonArray receipts = resultsOf(stored);
    QCOMPARE(statusAt(receipts, 0), 201);
    QCOMPARE(statusAt(receipts, 1), 201);

    // The answer was lost: the phone sends the same audits again, with a new one among them.
    const QJsonObject third = selfAudit(QStringLiteral("exec1"));
    const ApiReply again =
        server().api().post(QStringLiteral("/audits/bulk"), bulkOf({second, third, first}), token);
    TP_EXPECT_STATUS(again, 200);
    const QJsonArray repeated = resultsOf(again);
    QCOMPARE(statusAt(repeated, 0), 200);
    QCOMPARE(bodyAt(repeated, 0), bodyAt(receipts, 1));
    QCOMPARE(statusAt(repeated, 1), 201);
    QCOMPARE(statusAt(repeated, 2), 200);
    QCOMPARE(bodyAt(repeated, 2), bodyAt(receipts, 0));
    QCOMPARE(storedRows(uuidOf(first)), 1);
    QCOMPARE(storedRows(uuidOf(second)), 1);
    QCOMPARE(storedRows(uuidOf(third)), 1);

    // Other content under a stored uuid: that audit is a conflict, as for PUT.
    QJsonObject changed = first;
    changed.insert(QStringLiteral("startedAt"), QStringLiteral("2026-03-02T09:00:00Z"));
    const ApiReply conflict =
        server().api().post(QStringLiteral("/audits/bulk"), bulkOf({changed}), token);
    TP_EXPECT_STATUS(conflict, 200);
    QCOMPARE(statusAt(resultsOf(conflict), 0), 409);
    QCOMPARE(errorCodeAt(resultsOf(conflict), 0), QStringLiteral("conflict"));
}

// A real storage failure for one audit (a trigger, as a failing disk would for one write): that
// audit is answered 500 and the others of the same request are stored.
void TestServerBulkIntake::storageFailureOfOneLeavesTheOthers()
{
    TP_TOKEN(token, server(), "exec1");
    const QJsonObject good = selfAudit(QStringLiteral("exec1"));
    const QJsonObject failing = selfAudit(QStringLiteral("exec1"));
    const QJsonObject alsoGood = selfAudit(QStringLiteral("exec1"));
    QString error;
    if (server().backend() == QLatin1String("sqlite")) {
        QVERIFY2(server().db().exec(
                     QStringLiteral("CREATE TRIGGER fail_one BEFORE INSERT ON audits WHEN "
                                    "NEW.uuid = '%1' BEGIN SELECT RAISE(ABORT, 'disk I/O error "
                                    "(simulated)'); END")
                         .arg(uuidOf(failing)),
                     {}, &error),
                 qPrintable(error));
    } else { // a constraint the audit breaks (a plpgsql trigger cannot go through a prepare)
        QVERIFY2(server().db().exec(QStringLiteral("ALTER TABLE audits ADD CONSTRAINT fail_one "
                                                   "CHECK (uuid <> '%1')")
                                        .arg(uuidOf(failing)),
                                    {}, &error),
                 qPrintable(error));
    }
    const ApiReply reply = server().api().post(QStringLiteral("/audits/bulk"),
                                               bulkOf({good, failing, alsoGood}), token);
    TP_EXPECT_STATUS(reply, 200);
    const QJsonArray results = resultsOf(reply);
    QCOMPARE(statusAt(results, 0), 201);
    QCOMPARE(statusAt(results, 1), 500);
    QCOMPARE(errorCodeAt(results, 1), QStringLiteral("internal"));
    QCOMPARE(statusAt(results, 2), 201);
    QCOMPARE(storedRows(uuidOf(good)), 1);
    QCOMPARE(storedRows(uuidOf(failing)), 0);
    QCOMPARE(storedRows(uuidOf(alsoGood)), 1);
    // Nothing of the failed audit is left behind: no answers, no roll-up rows of its own.
    QCOMPARE(server()
                 .db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_answers WHERE audit_uuid = ?"),
                         {uuidOf(failing)})
                 .toLongLong(),
             0);
}

void TestServerBulkIntake::malformedRequestsStoreNothing()
{
    TP_TOKEN(token, server(), "exec1");
    const qint64 before = auditCount();
    const QJsonObject audit = selfAudit(QStringLiteral("exec1"));
    const auto post = [&](const QByteArray &body) {
        return server().api().post(QStringLiteral("/audits/bulk"), body, token);
    };
    const auto postObject = [&](const QJsonObject &body) {
        return server().api().post(QStringLiteral("/audits/bulk"), body, token);
    };

    const ApiReply notJson = post("{\"audits\": [");
    TP_EXPECT_STATUS(notJson, 400);
    QCOMPARE(notJson.errorCode(), QStringLiteral("invalid_json"));

    const ApiReply empty = postObject(bulkOf({}));
    TP_EXPECT_STATUS(empty, 422);
    QCOMPARE(empty.errorCode(), QStringLiteral("invalid_body"));

    const ApiReply notAnArray = postObject({{QStringLiteral("audits"), audit}});
    TP_EXPECT_STATUS(notAnArray, 422);

    QJsonObject extra = bulkOf({audit});
    extra.insert(QStringLiteral("device"), QStringLiteral("phone"));
    const ApiReply unknownField = postObject(extra);
    TP_EXPECT_STATUS(unknownField, 422);

    const ApiReply twice = postObject(bulkOf({audit, audit}));
    TP_EXPECT_STATUS(twice, 422);
    QVERIFY2(twice.body.contains("audits[1]/uuid") && twice.body.contains("duplicate"),
             qPrintable(twice.describe()));

    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(selfAudit(QStringLiteral("exec1")));
    const ApiReply overLimit = postObject(bulkOf(tooMany));
    TP_EXPECT_STATUS(overLimit, 422);
    QVERIFY2(overLimit.body.contains("too_many"), qPrintable(overLimit.describe()));

    const ApiReply tooLarge =
        post(R"({"audits":[")" + QByteArray(5 * 1024 * 1024 + 1, 'x') + R"("]})");
    TP_EXPECT_STATUS(tooLarge, 413);

    QCOMPARE(auditCount(), before);
    QCOMPARE(storedRows(uuidOf(audit)), 0);
}

QTEST_GUILESS_MAIN(TestServerBulkIntake)
#include "tst_server_bulk_intake.moc"
