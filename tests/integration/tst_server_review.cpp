// Review and corrective actions on the real server, on SQLite and on PostgreSQL: approving and
// rejecting audits (with the reason the shopper reads, on the audit and through the assignment
// in their sync), what is refused and to whom, the lists each role gets, the store manager's
// view (no shopper named, nothing pending), the life of a corrective action, overdue actions and
// the promises kept and broken per site, and the setting of which audits reports count.

#include "DemoAudits.h"
#include "ServerFixture.h"
#include "support/TestPaths.h"

#include "auth/Passwords.h"
#include "cli/DemoData.h"
#include "storage/Database.h"
#include "storage/Directory.h"
#include "storage/Migrations.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

using namespace tp::test;

namespace {

const QString kBend = QStringLiteral("store-bend");

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QString dueIn(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

QJsonObject withAnswer(QJsonObject audit, const QString &item, const QJsonValue &value)
{
    QJsonObject answers = audit.value(QStringLiteral("answers")).toObject();
    QJsonObject answer = answers.value(item).toObject();
    answer.insert(QStringLiteral("value"), value);
    answers.insert(item, answer);
    audit.insert(QStringLiteral("answers"), answers);
    return audit;
}

QJsonObject errorObject(const ApiReply &reply)
{
    return reply.object().value(QStringLiteral("error")).toObject();
}

bool hasIssue(const ApiReply &reply, const QString &code)
{
    for (const QJsonValue &detail : errorObject(reply).value(QStringLiteral("details")).toArray()) {
        if (detail.toObject().value(QStringLiteral("code")).toString() == code)
            return true;
    }
    return false;
}

QSet<QString> field(const QJsonArray &list, const QString &name)
{
    QSet<QString> values;
    for (const QJsonValue &value : list)
        values.insert(value.toObject().value(name).toString());
    return values;
}

QJsonObject byId(const QJsonArray &list, const QString &key, const QString &id)
{
    for (const QJsonValue &value : list) {
        if (value.toObject().value(key).toString() == id)
            return value.toObject();
    }
    return {};
}

// Every shopper of the demo organisation: user name and display name, as a store manager must
// never read them.
QStringList demoShopperIdentities()
{
    QStringList identities;
    const QJsonObject organisation =
        readJsonFile(sourcePath(QStringLiteral("assets/demo/organisation.json")));
    for (const QJsonValue &value : organisation.value(QStringLiteral("users")).toArray()) {
        const QJsonObject user = value.toObject();
        if (user.value(QStringLiteral("role")).toString() == QLatin1String("shopper"))
            identities << user.value(QStringLiteral("username")).toString()
                       << user.value(QStringLiteral("displayName")).toString();
    }
    return identities;
}

QJsonObject userOwner(const char *user)
{
    return {{QStringLiteral("user"), QLatin1String(user)}};
}

QJsonObject departmentOwner(const char *department)
{
    return {{QStringLiteral("department"), QLatin1String(department)}};
}

} // namespace

class TestServerReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase()
    {
        QVERIFY(tp::server::initialiseCrypto()); // for the demo users' password hashes
        m_harness.startCluster();
    }
    void init();
    void cleanup() { m_fixture.reset(); }

    void schemaIsTheLatest();
    void upgradesAVersion1Database();
    void approvalReachesTheShoppersSync();
    void rejectionNeedsAReasonTheShopperReads();
    void reviewIsFinalAndOneRacerWins();
    void reviewRefusals();
    void listsFollowRolesAndFilters();
    void storeManagerSeesNoShopperAndNothingPending();
    void auditShowsItemsTrustAndActions();
    void actionLifecycle();
    void actionRefusals();
    void overdueAndPromisesKeptOrBroken();
    void whoMayCloseAndReopen();
    void settingChoosesCountedAudits();

private:
    ServerFixture &server() { return *m_fixture; }
    // Accepts the assignment and files good.json for it (with `changes` applied); the audit's
    // uuid, or empty (the test has failed).
    QString fileMysteryShop(const char *shopper, const char *assignment, const QString &site,
                            QJsonObject audit = {});
    QString fileSelfAudit(const char *user, const QString &site, QJsonObject audit = {});
    // An offered assignment made by the admin.
    bool offer(const QString &id, const QString &site, const char *shopper);
    ApiReply review(const QString &uuid, const char *reviewer, const char *decision,
                    const QString &reason = QString());
    ApiReply createAction(const char *user, const QString &audit, const QString &item,
                          const QJsonObject &owner, const QString &due,
                          const QString &note = QStringLiteral("Fix it"));
    ApiReply get(const QString &path, const char *user);
    ApiReply post(const QString &path, const QJsonObject &body, const char *user);
    QJsonObject pull(const char *user, qint64 cursor);

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;
};

void TestServerReview::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
}

ApiReply TestServerReview::get(const QString &path, const char *user)
{
    return server().api().get(path, server().token(user));
}

ApiReply TestServerReview::post(const QString &path, const QJsonObject &body, const char *user)
{
    return server().api().post(path, body, server().token(user));
}

QJsonObject TestServerReview::pull(const char *user, qint64 cursor)
{
    const ApiReply reply = get(QStringLiteral("/sync?cursor=%1").arg(cursor), user);
    if (reply.status != 200)
        qWarning("sync answered %s", qPrintable(reply.describe()));
    return reply.object();
}

QString TestServerReview::fileMysteryShop(const char *shopper, const char *assignment,
                                          const QString &site, QJsonObject audit)
{
    const ApiReply accepted =
        post(QStringLiteral("/assignments/%1/accept").arg(QLatin1String(assignment)), {}, shopper);
    if (accepted.status != 200) {
        qWarning("accept answered %s", qPrintable(accepted.describe()));
        return {};
    }
    const QJsonObject base =
        mysteryShop(QLatin1String(shopper), QLatin1String(assignment), site, 44.068851, -121.31417);
    if (audit.isEmpty())
        audit = base;
    for (const char *key : {"uuid", "auditor", "mode", "site", "assignment"})
        audit.insert(QLatin1String(key), base.value(QLatin1String(key)));
    const QString uuid = audit.value(QStringLiteral("uuid")).toString();
    const ApiReply filed =
        server().api().put(QStringLiteral("/audits/") + uuid, audit, server().token(shopper));
    if (filed.status != 201) {
        qWarning("filing answered %s", qPrintable(filed.describe()));
        return {};
    }
    return uuid;
}

QString TestServerReview::fileSelfAudit(const char *user, const QString &site, QJsonObject audit)
{
    const QJsonObject base = selfAudit(QLatin1String(user), site);
    if (audit.isEmpty())
        audit = base;
    for (const char *key : {"uuid", "auditor", "mode", "site"})
        audit.insert(QLatin1String(key), base.value(QLatin1String(key)));
    audit.remove(QStringLiteral("assignment"));
    const QString uuid = audit.value(QStringLiteral("uuid")).toString();
    const ApiReply filed =
        server().api().put(QStringLiteral("/audits/") + uuid, audit, server().token(user));
    if (filed.status != 201) {
        qWarning("filing answered %s", qPrintable(filed.describe()));
        return {};
    }
    return uuid;
}

bool TestServerReview::offer(const QString &id, const QString &site, const char *shopper)
{
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    const ApiReply reply =
        post(QStringLiteral("/assignments"),
             {{QStringLiteral("id"), id},
              {QStringLiteral("site"), site},
              {QStringLiteral("script"),
               QJsonObject{{QStringLiteral("id"), QStringLiteral("store-visit")},
                           {QStringLiteral("version"), 1}}},
              {QStringLiteral("shopper"), QLatin1String(shopper)},
              {QStringLiteral("windowStart"), today.addDays(-1).toString(Qt::ISODate)},
              {QStringLiteral("windowEnd"), today.addDays(14).toString(Qt::ISODate)}},
             "admin");
    if (reply.status != 201)
        qWarning("offering answered %s", qPrintable(reply.describe()));
    return reply.status == 201;
}

ApiReply TestServerReview::review(const QString &uuid, const char *reviewer, const char *decision,
                                  const QString &reason)
{
    QJsonObject body{{QStringLiteral("decision"), QLatin1String(decision)}};
    if (!reason.isNull())
        body.insert(QStringLiteral("reason"), reason);
    return post(QStringLiteral("/audits/%1/review").arg(uuid), body, reviewer);
}

ApiReply TestServerReview::createAction(const char *user, const QString &audit, const QString &item,
                                        const QJsonObject &owner, const QString &due,
                                        const QString &note)
{
    return post(QStringLiteral("/actions"),
                {{QStringLiteral("audit"), audit},
                 {QStringLiteral("item"), item},
                 {QStringLiteral("owner"), owner},
                 {QStringLiteral("due"), due},
                 {QStringLiteral("note"), note}},
                user);
}

namespace {

int latestSchemaVersion()
{
    return int(tp::server::migrations(tp::server::Dialect::Sqlite).size());
}

} // namespace

void TestServerReview::schemaIsTheLatest()
{
    QString error;
    QVERIFY(latestSchemaVersion() >= 5); // review (2), report roll-ups (3, 4), list orders (5)
    QCOMPARE(server()
                 .db()
                 .scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"), {}, &error)
                 .toInt(),
             latestSchemaVersion());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char *table : {"corrective_actions", "corrective_action_events", "settings"}) {
        server().db().scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)),
                             {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Migrating again changes nothing.
    const CommandResult again = server().runCli({QStringLiteral("init")});
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QVERIFY2(again.out.contains("schema version " + QByteArray::number(latestSchemaVersion())),
             again.out.constData());
}

// A database made by the first release (schema version 1, with the demo organisation in it) is
// brought to version 2 when the new server starts on it, and review works on it.
void TestServerReview::upgradesAVersion1Database()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    const auto database = TestDatabase::create(backend, &m_harness.cluster(), &error);
    QVERIFY2(database, qPrintable(error));
    {
        tp::server::Database db;
        QVERIFY2(db.open(database->spec(), &error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY "
                                          "KEY, applied_at TEXT NOT NULL)")));
        const QList<QStringList> versions = tp::server::migrations(db.dialect());
        for (const QString &statement : versions.first())
            QVERIFY2(query.exec(statement), qPrintable(statement));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (1, CURRENT_TIMESTAMP)")));
        QCOMPARE(db.schemaVersion(), 1);
        tp::server::Directory directory(db);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QVERIFY2(tp::cli::loadDemo(directory, outStream, errStream), qPrintable(err));
    }
    ServerProcess served;
    QVERIFY2(served.start(database->spec(), {}, &error), qPrintable(error));
    QCOMPARE(
        database->scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"), {}, &error)
            .toInt(),
        latestSchemaVersion()); // through every version since the first
    ApiClient api(served.apiUrl());
    TokenCache tokens(api, QLatin1String(kDemoPassword));
    const auto signIn = [&tokens, &error](const char *user) {
        return tokens.token(QLatin1String(user), &error);
    };
    const QString shopper = signIn("shopper1");
    const QString manager = signIn("manager1");
    const QString store = signIn("store1");
    TP_EXPECT_STATUS(
        api.post(QStringLiteral("/assignments/demo-bend-visit/accept"), QByteArray(), shopper),
        200);
    const QJsonObject audit =
        mysteryShop(str("shopper1"), str("demo-bend-visit"), kBend, 44.068851, -121.31417);
    const QString uuid = audit.value(QStringLiteral("uuid")).toString();
    TP_EXPECT_STATUS(api.put(QStringLiteral("/audits/") + uuid, audit, shopper), 201);
    TP_EXPECT_STATUS(api.post(QStringLiteral("/audits/%1/review").arg(uuid),
                              QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}},
                              manager),
                     200);
    const ApiReply seen = api.get(QStringLiteral("/audits"), store);
    TP_EXPECT_STATUS(seen, 200);
    QCOMPARE(field(seen.array(), QStringLiteral("auditor")), QSet<QString>{str("Shopper A")});
    TP_EXPECT_STATUS(
        api.post(QStringLiteral("/actions"),
                 QJsonObject{{QStringLiteral("audit"), uuid},
                             {QStringLiteral("item"), QStringLiteral("window_display")},
                             {QStringLiteral("owner"), userOwner("store1")},
                             {QStringLiteral("due"), dueIn(7)},
                             {QStringLiteral("note"), QStringLiteral("Fix it")}},
                 manager),
        201);
    QCOMPARE(
        api.get(QStringLiteral("/settings"), store).object().value(QStringLiteral("reportAudits")),
        QJsonValue(str("approved")));
}

void TestServerReview::approvalReachesTheShoppersSync()
{
    const qint64 cursor = pull("shopper1", 0).value(QStringLiteral("cursor")).toInteger();
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    QVERIFY(!uuid.isEmpty());
    const qint64 filed = pull("shopper1", cursor).value(QStringLiteral("cursor")).toInteger();

    // The regional manager's queue.
    const ApiReply queue = get(QStringLiteral("/audits?state=submitted"), "manager1");
    TP_EXPECT_STATUS(queue, 200);
    QCOMPARE(field(queue.array(), QStringLiteral("uuid")), QSet<QString>{uuid});
    const QJsonObject queued = queue.array().first().toObject();
    QCOMPARE(queued.value(QStringLiteral("auditorName")).toString(), str("Sam K."));
    QCOMPARE(queued.value(QStringLiteral("assignment")).toString(), str("demo-bend-visit"));
    QVERIFY(queued.value(QStringLiteral("review")).isNull());

    const ApiReply approved = review(uuid, "manager1", "approve", QStringLiteral("  Thorough.  "));
    TP_EXPECT_STATUS(approved, 200);
    const QJsonObject result = approved.object();
    QCOMPARE(result.value(QStringLiteral("state")).toString(), str("approved"));
    QCOMPARE(result.value(QStringLiteral("reviewReason")).toString(), str("Thorough."));
    const QJsonObject outcome = result.value(QStringLiteral("review")).toObject();
    QCOMPARE(outcome.value(QStringLiteral("outcome")).toString(), str("approved"));
    QCOMPARE(outcome.value(QStringLiteral("reason")).toString(), str("Thorough."));
    QCOMPARE(outcome.value(QStringLiteral("reviewedBy")).toString(), str("manager1"));
    QVERIFY(!outcome.value(QStringLiteral("reviewedAt")).toString().isEmpty());

    // The shopper's next sync brings the assignment, approved, with the reviewer's note.
    const QJsonObject after = pull("shopper1", filed);
    const QJsonObject assignment = byId(after.value(QStringLiteral("assignments")).toArray(),
                                        QStringLiteral("id"), str("demo-bend-visit"));
    QVERIFY2(!assignment.isEmpty(), qPrintable(compactJson(after)));
    QCOMPARE(assignment.value(QStringLiteral("state")).toString(), str("approved"));
    QCOMPARE(assignment.value(QStringLiteral("reason")).toString(), str("Thorough."));
    QCOMPARE(assignment.value(QStringLiteral("auditUuid")).toString(), uuid);
    // ... and so does the region's manager's.
    const QJsonObject managerSync = pull("manager1", filed);
    QCOMPARE(byId(managerSync.value(QStringLiteral("assignments")).toArray(), QStringLiteral("id"),
                  str("demo-bend-visit"))
                 .value(QStringLiteral("state"))
                 .toString(),
             str("approved"));
    const ApiReply listed = get(QStringLiteral("/assignments/demo-bend-visit"), "shopper1");
    QCOMPARE(listed.object().value(QStringLiteral("state")).toString(), str("approved"));

    // The shopper reads the outcome on the audit, without the reviewer's name.
    const ApiReply own = get(QStringLiteral("/audits/") + uuid, "shopper1");
    TP_EXPECT_STATUS(own, 200);
    const QJsonObject ownReview = own.object().value(QStringLiteral("review")).toObject();
    QCOMPARE(ownReview.value(QStringLiteral("outcome")).toString(), str("approved"));
    QCOMPARE(ownReview.value(QStringLiteral("reason")).toString(), str("Thorough."));
    QVERIFY(!ownReview.contains(QStringLiteral("reviewedBy")));
    QVERIFY(!own.object().contains(QStringLiteral("actions")));

    QString error;
    QCOMPARE(server()
                 .db()
                 .scalar(QStringLiteral("SELECT state FROM audits WHERE uuid = ?"), {uuid}, &error)
                 .toString(),
             str("approved"));
}

void TestServerReview::rejectionNeedsAReasonTheShopperReads()
{
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    QVERIFY(!uuid.isEmpty());
    const qint64 cursor = pull("shopper1", 0).value(QStringLiteral("cursor")).toInteger();

    for (const QString &reason : {QString(), QStringLiteral(""), QStringLiteral("   ")}) {
        const ApiReply bare = review(uuid, "manager1", "reject", reason);
        TP_EXPECT_STATUS(bare, 422);
        QVERIFY2(hasIssue(bare, QStringLiteral("missing_field")) ||
                     hasIssue(bare, QStringLiteral("empty_text")),
                 qPrintable(bare.describe()));
    }
    const QString why = QStringLiteral("The check-in is 1.9 km from the store.");
    const ApiReply rejected = review(uuid, "manager1", "reject", why);
    TP_EXPECT_STATUS(rejected, 200);
    QCOMPARE(rejected.object().value(QStringLiteral("state")).toString(), str("rejected"));

    // The shopper's history and phone.
    const ApiReply history = get(QStringLiteral("/audits"), "shopper1");
    TP_EXPECT_STATUS(history, 200);
    const QJsonObject mine = byId(history.array(), QStringLiteral("uuid"), uuid);
    QCOMPARE(mine.value(QStringLiteral("state")).toString(), str("rejected"));
    QCOMPARE(
        mine.value(QStringLiteral("review")).toObject().value(QStringLiteral("reason")).toString(),
        why);
    QVERIFY(
        !mine.value(QStringLiteral("review")).toObject().contains(QStringLiteral("reviewedBy")));
    const QJsonObject assignment =
        byId(pull("shopper1", cursor).value(QStringLiteral("assignments")).toArray(),
             QStringLiteral("id"), str("demo-bend-visit"));
    QCOMPARE(assignment.value(QStringLiteral("state")).toString(), str("rejected"));
    QCOMPARE(assignment.value(QStringLiteral("reason")).toString(), why);

    // A rejected audit is never the store's to see, and its assignment is closed.
    TP_EXPECT_STATUS(get(QStringLiteral("/audits/") + uuid, "store1"), 404);
    QCOMPARE(get(QStringLiteral("/audits"), "store1").array().size(), 0);
    QJsonObject again =
        mysteryShop(str("shopper1"), str("demo-bend-visit"), kBend, 44.068851, -121.31417);
    const ApiReply refiled = server().api().put(QStringLiteral("/audits/") +
                                                    again.value(QStringLiteral("uuid")).toString(),
                                                again, server().token("shopper1"));
    TP_EXPECT_STATUS(refiled, 409);
    QCOMPARE(refiled.errorCode(), str("assignment_closed"));
    // No corrective action from a rejected audit.
    const ApiReply action =
        createAction("manager1", uuid, str("window_display"), userOwner("store1"), dueIn(7));
    TP_EXPECT_STATUS(action, 409);
    QCOMPARE(action.errorCode(), str("audit_not_approved"));
}

void TestServerReview::reviewIsFinalAndOneRacerWins()
{
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    QVERIFY(!uuid.isEmpty());
    TP_EXPECT_STATUS(review(uuid, "manager1", "approve"), 200);
    for (const char *decision : {"approve", "reject"}) {
        const ApiReply again = review(uuid, "admin", decision, QStringLiteral("changed my mind"));
        TP_EXPECT_STATUS(again, 409);
        QCOMPARE(again.errorCode(), str("wrong_state"));
        QCOMPARE(errorObject(again)
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("state")),
                 QJsonValue(str("approved")));
    }

    // Two reviewers at once: one decision lands, the other is told it came too late.
    const QString self = fileSelfAudit("exec1", kBend);
    QVERIFY(!self.isEmpty());
    const QString path = QStringLiteral("/audits/%1/review").arg(self);
    const QList<ApiReply> replies = server().api().sendConcurrently(
        {{"POST", path, toJsonBytes({{QStringLiteral("decision"), QStringLiteral("approve")}}),
          server().token("manager1")},
         {"POST", path,
          toJsonBytes({{QStringLiteral("decision"), QStringLiteral("reject")},
                       {QStringLiteral("reason"), QStringLiteral("too quick")}}),
          server().token("admin")}});
    QCOMPARE(replies.size(), 2);
    QList<int> statuses{replies[0].status, replies[1].status};
    std::sort(statuses.begin(), statuses.end());
    QVERIFY2(statuses == (QList<int>{200, 409}),
             qPrintable(replies[0].describe() + QLatin1Char('\n') + replies[1].describe()));
    const QString winner = replies[0].status == 200 ? str("approved") : str("rejected");
    QString error;
    QCOMPARE(server()
                 .db()
                 .scalar(QStringLiteral("SELECT state FROM audits WHERE uuid = ?"), {self}, &error)
                 .toString(),
             winner);
}

void TestServerReview::reviewRefusals()
{
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    QVERIFY(!uuid.isEmpty());
    // Roles that never review.
    for (const char *user : {"exec1", "shopper1", "store1"}) {
        const ApiReply refused = review(uuid, user, "approve");
        TP_EXPECT_STATUS(refused, 403);
        QCOMPARE(refused.errorCode(), str("forbidden"));
    }
    TP_EXPECT_STATUS(
        server().api().post(QStringLiteral("/audits/%1/review").arg(uuid),
                            QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}}),
        401);
    // Another region's manager, an unknown audit and a path that is no uuid: as if not there.
    TP_EXPECT_STATUS(review(uuid, "manager2", "approve"), 404);
    TP_EXPECT_STATUS(review(newUuid(), "admin", "approve"), 404);
    TP_EXPECT_STATUS(post(QStringLiteral("/audits/not-a-uuid/review"),
                          {{QStringLiteral("decision"), QStringLiteral("approve")}}, "admin"),
                     404);

    // Bodies.
    const QString path = QStringLiteral("/audits/%1/review").arg(uuid);
    const ApiReply notJson =
        server().api().post(path, QByteArray("decision=approve"), server().token("manager1"));
    TP_EXPECT_STATUS(notJson, 400);
    QCOMPARE(notJson.errorCode(), str("invalid_json"));
    const ApiReply empty = server().api().post(path, QByteArray(), server().token("manager1"));
    TP_EXPECT_STATUS(empty, 400);
    const ApiReply maybe = review(uuid, "manager1", "maybe");
    TP_EXPECT_STATUS(maybe, 422);
    QVERIFY(hasIssue(maybe, QStringLiteral("invalid_decision")));
    const ApiReply extra = post(path,
                                {{QStringLiteral("decision"), QStringLiteral("approve")},
                                 {QStringLiteral("state"), QStringLiteral("approved")}},
                                "manager1");
    TP_EXPECT_STATUS(extra, 422);
    QVERIFY(hasIssue(extra, QStringLiteral("unknown_field")));
    const ApiReply wrongType = post(path, {{QStringLiteral("decision"), true}}, "manager1");
    TP_EXPECT_STATUS(wrongType, 422);
    const ApiReply tooLong = review(uuid, "manager1", "reject", QString(1001, QLatin1Char('x')));
    TP_EXPECT_STATUS(tooLong, 422);
    QVERIFY(hasIssue(tooLong, QStringLiteral("too_long")));
    const ApiReply huge =
        server().api().post(path, QByteArray(6 * 1024 * 1024, ' '), server().token("manager1"));
    TP_EXPECT_STATUS(huge, 413);
    QString error;
    QCOMPARE(server()
                 .db()
                 .scalar(QStringLiteral("SELECT state FROM audits WHERE uuid = ?"), {uuid}, &error)
                 .toString(),
             str("submitted"));

    // Nobody reviews their own audit; someone else may.
    const QString own = fileSelfAudit("admin", kBend);
    QVERIFY(!own.isEmpty());
    const ApiReply self = review(own, "admin", "approve");
    TP_EXPECT_STATUS(self, 403);
    QCOMPARE(errorObject(self).value(QStringLiteral("message")).toString(),
             str("you cannot review an audit you filed yourself"));
    TP_EXPECT_STATUS(review(own, "manager1", "approve"), 200);
}

void TestServerReview::listsFollowRolesAndFilters()
{
    const QString bend = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    const QString brussels =
        fileMysteryShop("shopper2", "demo-brussels-visit", QStringLiteral("store-brussels-centre"));
    // Started late on 14 March in Bend, which is already 15 March in UTC.
    QJsonObject late = selfAudit(str("exec1"));
    late.insert(QStringLiteral("startedAt"), QStringLiteral("2026-03-15T03:00:00Z"));
    late.insert(QStringLiteral("submittedAt"), QStringLiteral("2026-03-15T03:20:00Z"));
    const QString self = fileSelfAudit("exec1", kBend, late);
    QVERIFY(!bend.isEmpty() && !brussels.isEmpty() && !self.isEmpty());
    TP_EXPECT_STATUS(review(brussels, "manager2", "approve"), 200);

    const auto uuids = [this](const QString &path, const char *user) {
        const ApiReply reply = get(path, user);
        if (reply.status != 200)
            qWarning("%s as %s: %s", qPrintable(path), user, qPrintable(reply.describe()));
        return field(reply.array(), QStringLiteral("uuid"));
    };
    const QSet<QString> all{bend, brussels, self};
    QCOMPARE(uuids(QStringLiteral("/audits"), "admin"), all);
    QCOMPARE(uuids(QStringLiteral("/audits"), "exec1"), all);
    QCOMPARE(uuids(QStringLiteral("/audits"), "manager1"), (QSet<QString>{bend, self}));
    QCOMPARE(uuids(QStringLiteral("/audits"), "manager2"), QSet<QString>{brussels});
    QCOMPARE(uuids(QStringLiteral("/audits"), "shopper1"), QSet<QString>{bend});
    QCOMPARE(uuids(QStringLiteral("/audits"), "shopper2"), QSet<QString>{brussels});
    QCOMPARE(uuids(QStringLiteral("/audits"), "store1"), QSet<QString>{});

    QCOMPARE(uuids(QStringLiteral("/audits?state=approved"), "admin"), QSet<QString>{brussels});
    QCOMPARE(uuids(QStringLiteral("/audits?state=submitted&region=americas"), "admin"),
             (QSet<QString>{bend, self}));
    QCOMPARE(uuids(QStringLiteral("/audits?site=store-brussels-centre"), "manager1"),
             QSet<QString>{});
    QCOMPARE(uuids(QStringLiteral("/audits?region=international"), "manager1"), QSet<QString>{});
    // Days at the site: good.json's visit was on 14 March, and so was the late one, locally.
    QCOMPARE(
        uuids(QStringLiteral("/audits?from=2026-03-14&to=2026-03-14&site=store-bend"), "admin"),
        (QSet<QString>{bend, self}));
    QCOMPARE(uuids(QStringLiteral("/audits?from=2026-03-15"), "admin"), QSet<QString>{});
    QCOMPARE(uuids(QStringLiteral("/audits?to=2026-03-13"), "admin"), QSet<QString>{});

    for (const char *query : {"state=pending", "site=Store%20Bend", "from=2026-3-1",
                              "from=2026-02-30", "from=2026-03-15&to=2026-03-14", "region="}) {
        const ApiReply refused = get(QStringLiteral("/audits?") + QLatin1String(query), "admin");
        TP_EXPECT_STATUS(refused, 400);
        QCOMPARE(refused.errorCode(), str("invalid_filter"));
    }
    const ApiReply unknown = get(QStringLiteral("/audits?auditor=shopper1"), "admin");
    TP_EXPECT_STATUS(unknown, 400);
    QCOMPARE(unknown.errorCode(), str("unknown_parameter"));
    TP_EXPECT_STATUS(server().api().get(QStringLiteral("/audits")), 401);
}

void TestServerReview::storeManagerSeesNoShopperAndNothingPending()
{
    // Two approved audits of store-bend (a mystery shop and an executive's self-audit), one
    // submitted, one rejected, an assignment offered for the site, and actions on them.
    QVERIFY(offer(QStringLiteral("review-bend-2"), kBend, "shopper2"));
    QVERIFY(offer(QStringLiteral("review-bend-3"), kBend, "shopper2"));
    QVERIFY(offer(QStringLiteral("review-bend-upcoming"), kBend, "shopper1"));
    const QString first = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    const QString second = fileMysteryShop("shopper2", "review-bend-2", kBend);
    const QString self = fileSelfAudit("exec1", kBend);
    const QString pending = fileMysteryShop("shopper2", "review-bend-3", kBend);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !self.isEmpty() && !pending.isEmpty());
    TP_EXPECT_STATUS(review(first, "manager1", "approve"), 200);
    TP_EXPECT_STATUS(review(self, "manager1", "approve"), 200);
    TP_EXPECT_STATUS(review(second, "manager1", "reject", QStringLiteral("no receipt photo")), 200);
    const ApiReply action =
        createAction("manager1", first, str("window_display"), userOwner("store1"), dueIn(5));
    TP_EXPECT_STATUS(action, 201);
    const QString actionId = action.object().value(QStringLiteral("id")).toString();
    TP_EXPECT_STATUS(
        createAction("manager1", self, str("needs_questions"), departmentOwner("sales"), dueIn(9)),
        201);

    QList<ApiReply> answers;
    const auto read = [&](const QString &path) {
        const ApiReply reply = get(path, "store1");
        answers.append(reply);
        return reply;
    };
    const ApiReply list = read(QStringLiteral("/audits"));
    TP_EXPECT_STATUS(list, 200);
    QCOMPARE(field(list.array(), QStringLiteral("uuid")), (QSet<QString>{first, self}));
    QSet<QString> pseudonyms;
    for (const QJsonValue &value : list.array()) {
        const QJsonObject audit = value.toObject();
        QCOMPARE(audit.value(QStringLiteral("state")).toString(), str("approved"));
        QVERIFY(audit.value(QStringLiteral("auditor")).toString().startsWith(str("Shopper ")));
        QVERIFY(!audit.contains(QStringLiteral("auditorName")));
        QVERIFY(!audit.contains(QStringLiteral("assignment")));
        pseudonyms.insert(audit.value(QStringLiteral("auditor")).toString());
    }
    QCOMPARE(pseudonyms, (QSet<QString>{str("Shopper A"), str("Shopper B")}));
    for (const QString &uuid : {first, self}) {
        const ApiReply audit = read(QStringLiteral("/audits/") + uuid);
        TP_EXPECT_STATUS(audit, 200);
        QVERIFY(!audit.object()
                     .value(QStringLiteral("audit"))
                     .toObject()
                     .contains(QStringLiteral("assignment")));
        QVERIFY(!audit.object().contains(QStringLiteral("auditorName")));
        // The pseudonym is the audit's, the same in the list and on the audit.
        QCOMPARE(audit.object()
                     .value(QStringLiteral("audit"))
                     .toObject()
                     .value(QStringLiteral("auditor")),
                 byId(list.array(), QStringLiteral("uuid"), uuid).value(QStringLiteral("auditor")));
    }
    // Nothing pending: not the submitted audit, not the rejected one, no assignment.
    for (const QString &uuid : {pending, second})
        TP_EXPECT_STATUS(read(QStringLiteral("/audits/") + uuid), 404);
    for (const char *path : {"/audits?state=submitted", "/audits?state=rejected"}) {
        const ApiReply none = read(QLatin1String(path));
        TP_EXPECT_STATUS(none, 200);
        QCOMPARE(none.array().size(), 0);
    }
    TP_EXPECT_STATUS(read(QStringLiteral("/assignments")), 403);
    TP_EXPECT_STATUS(read(QStringLiteral("/assignments/review-bend-upcoming")), 403);
    const ApiReply sync = read(QStringLiteral("/sync"));
    TP_EXPECT_STATUS(sync, 200);
    QCOMPARE(sync.object().value(QStringLiteral("assignments")).toArray().size(), 0);
    const ApiReply actions = read(QStringLiteral("/actions"));
    TP_EXPECT_STATUS(actions, 200);
    QCOMPARE(actions.array().size(), 2);
    TP_EXPECT_STATUS(read(QStringLiteral("/actions/") + actionId), 200);
    TP_EXPECT_STATUS(read(QStringLiteral("/actions/summary")), 200);
    for (const char *path : {"/sites", "/regions", "/settings", "/me"})
        TP_EXPECT_STATUS(read(QLatin1String(path)), 200);
    const ApiReply done =
        post(QStringLiteral("/actions/%1/done").arg(actionId),
             {{QStringLiteral("note"), QStringLiteral("New poster up")}}, "store1");
    TP_EXPECT_STATUS(done, 200);
    answers.append(done);

    // No answer to the store manager names a shopper (or the executive who audited), or an
    // assignment.
    QStringList secrets = demoShopperIdentities();
    QVERIFY(secrets.contains(str("shopper1")) && secrets.contains(str("Robin T.")));
    secrets << str("exec1") << str("Eleanor Whitfield") << str("demo-bend-visit")
            << str("review-bend-");
    for (const ApiReply &answer : std::as_const(answers)) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!answer.body.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("a store manager's answer names %1: %2")
                                    .arg(secret, QString::fromUtf8(answer.body.left(600)))));
    }
    // The regional manager still sees who did what.
    const ApiReply managers = get(QStringLiteral("/audits?site=store-bend"), "manager1");
    QCOMPARE(field(managers.array(), QStringLiteral("auditor")),
             (QSet<QString>{str("shopper1"), str("shopper2"), str("exec1")}));
}

void TestServerReview::auditShowsItemsTrustAndActions()
{
    // hours_posted answered "no": it fails; window_display and needs_questions score low.
    QJsonObject audit = withAnswer(selfAudit(str("exec1")), str("hours_posted"), false);
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend, audit);
    QVERIFY(!uuid.isEmpty());
    const ApiReply read = get(QStringLiteral("/audits/") + uuid, "manager1");
    TP_EXPECT_STATUS(read, 200);
    const QJsonObject body = read.object();
    QVERIFY(body.value(QStringLiteral("review")).isNull());
    QCOMPARE(body.value(QStringLiteral("auditorName")).toString(), str("Sam K."));
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    QVERIFY(items.size() > 10);
    QCOMPARE(items.first().toObject().value(QStringLiteral("item")).toString(),
             str("storefront_photo")); // the script's order
    const auto result = [&items](const char *item) {
        return byId(items, QStringLiteral("item"), QLatin1String(item))
            .value(QStringLiteral("result"));
    };
    QCOMPARE(result("hours_posted"), QJsonValue(str("failed")));
    QCOMPARE(result("window_display"), QJsonValue(str("low")));
    QCOMPARE(result("needs_questions"), QJsonValue(str("low")));
    QCOMPARE(result("entrance_clear"), QJsonValue(str("full")));
    QVERIFY(result("storefront_photo").isNull());
    const QJsonObject window = byId(items, QStringLiteral("item"), str("window_display"));
    QCOMPARE(window.value(QStringLiteral("earned")).toDouble(), 1.5);
    QCOMPARE(window.value(QStringLiteral("possible")).toDouble(), 2.0);
    QCOMPARE(window.value(QStringLiteral("section")).toString(), str("storefront"));

    const QJsonObject trust = body.value(QStringLiteral("trust")).toObject();
    QCOMPARE(trust.value(QStringLiteral("trusted")).toBool(), true);
    QCOMPARE(trust.value(QStringLiteral("checkIn")).toObject().value(QStringLiteral("status")),
             QJsonValue(str("verified")));
    QCOMPARE(trust.value(QStringLiteral("timeOnSiteSeconds")).toInt(), 672);
    QCOMPARE(body.value(QStringLiteral("actions")).toArray().size(), 0);

    // A check-in far from the store is a trust reason the reviewer reads.
    QJsonObject far = selfAudit(str("exec1"));
    QJsonObject checkIn = far.value(QStringLiteral("checkIn")).toObject();
    checkIn.insert(QStringLiteral("latitude"), 44.085);
    far.insert(QStringLiteral("checkIn"), checkIn);
    const QString farUuid = fileSelfAudit("exec1", kBend, far);
    QVERIFY(!farUuid.isEmpty());
    const QJsonObject farTrust = get(QStringLiteral("/audits/") + farUuid, "manager1")
                                     .object()
                                     .value(QStringLiteral("trust"))
                                     .toObject();
    QCOMPARE(farTrust.value(QStringLiteral("trusted")).toBool(), false);
    QVERIFY2(farTrust.value(QStringLiteral("reasons"))
                 .toArray()
                 .first()
                 .toString()
                 .contains(str("from the store")),
             qPrintable(compactJson(farTrust)));

    // Once approved, its actions come with it (not to the shopper).
    TP_EXPECT_STATUS(review(uuid, "manager1", "approve"), 200);
    TP_EXPECT_STATUS(
        createAction("manager1", uuid, str("hours_posted"), userOwner("store1"), dueIn(3)), 201);
    const QJsonArray actions = get(QStringLiteral("/audits/") + uuid, "store1")
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().toObject().value(QStringLiteral("item")).toString(),
             str("hours_posted"));
    QCOMPARE(actions.first().toObject().value(QStringLiteral("overdue")).toBool(), false);
    QVERIFY(!get(QStringLiteral("/audits/") + uuid, "shopper1")
                 .object()
                 .contains(QStringLiteral("actions")));
}

void TestServerReview::actionLifecycle()
{
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    QVERIFY(!uuid.isEmpty());
    TP_EXPECT_STATUS(review(uuid, "manager1", "approve"), 200);
    const QString due = dueIn(7);
    const ApiReply created =
        createAction("manager1", uuid, str("window_display"), userOwner("store1"), due,
                     QStringLiteral("Replace the faded poster"));
    TP_EXPECT_STATUS(created, 201);
    QJsonObject action = created.object();
    const QString id = action.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(str("ca-")));
    QCOMPARE(action.value(QStringLiteral("audit")).toString(), uuid);
    QCOMPARE(action.value(QStringLiteral("item")).toString(), str("window_display"));
    QCOMPARE(action.value(QStringLiteral("section")).toString(), str("storefront"));
    QCOMPARE(action.value(QStringLiteral("site")).toString(), kBend);
    QCOMPARE(action.value(QStringLiteral("region")).toString(), str("americas"));
    QCOMPARE(action.value(QStringLiteral("owner")).toObject(),
             (QJsonObject{{QStringLiteral("user"), QStringLiteral("store1")},
                          {QStringLiteral("displayName"), QStringLiteral("Jordan Reyes")}}));
    QCOMPARE(action.value(QStringLiteral("due")).toString(), due);
    QCOMPARE(action.value(QStringLiteral("state")).toString(), str("open"));
    QCOMPARE(action.value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(action.value(QStringLiteral("outcome")).toString(), str("pending"));
    QVERIFY(action.value(QStringLiteral("closedAt")).isNull());
    QCOMPARE(action.value(QStringLiteral("history")).toArray().size(), 1);

    // One open action per item.
    const ApiReply twice =
        createAction("admin", uuid, str("window_display"), departmentOwner("marketing"), due);
    TP_EXPECT_STATUS(twice, 409);
    QCOMPARE(twice.errorCode(), str("duplicate_action"));
    QCOMPARE(
        errorObject(twice).value(QStringLiteral("details")).toObject().value(QStringLiteral("id")),
        QJsonValue(id));

    const ApiReply read = get(QStringLiteral("/actions/") + id, "store1");
    TP_EXPECT_STATUS(read, 200);
    QCOMPARE(read.object().value(QStringLiteral("note")).toString(),
             str("Replace the faded poster"));

    // open -> done, with a note.
    const QString donePath = QStringLiteral("/actions/%1/done").arg(id);
    TP_EXPECT_STATUS(post(donePath, {}, "store1"), 422);
    TP_EXPECT_STATUS(post(donePath, {{QStringLiteral("note"), QStringLiteral("  ")}}, "store1"),
                     422);
    TP_EXPECT_STATUS(server().api().post(donePath, QByteArray(), server().token("store1")), 400);
    const ApiReply done =
        post(donePath, {{QStringLiteral("note"), QStringLiteral("New poster up")}}, "store1");
    TP_EXPECT_STATUS(done, 200);
    action = done.object();
    QCOMPARE(action.value(QStringLiteral("state")).toString(), str("done"));
    QCOMPARE(action.value(QStringLiteral("outcome")).toString(), str("kept"));
    QCOMPARE(action.value(QStringLiteral("doneNote")).toString(), str("New poster up"));
    QCOMPARE(action.value(QStringLiteral("closedBy")).toString(), str("store1"));
    QVERIFY(!action.value(QStringLiteral("closedAt")).toString().isEmpty());
    const QJsonArray history = action.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[1].toObject().value(QStringLiteral("event")).toString(), str("done"));
    QCOMPARE(history[1].toObject().value(QStringLiteral("by")).toString(), str("store1"));
    const ApiReply doneTwice =
        post(donePath, {{QStringLiteral("note"), QStringLiteral("again")}}, "store1");
    TP_EXPECT_STATUS(doneTwice, 409);
    QCOMPARE(doneTwice.errorCode(), str("wrong_state"));

    // done -> open, by the region's manager, with a note and a new due date.
    const QString reopenPath = QStringLiteral("/actions/%1/reopen").arg(id);
    TP_EXPECT_STATUS(post(reopenPath, {{QStringLiteral("note"), QStringLiteral("no")}}, "store1"),
                     403);
    const ApiReply past = post(reopenPath,
                               {{QStringLiteral("note"), QStringLiteral("not yet")},
                                {QStringLiteral("due"), QStringLiteral("2020-01-01")}},
                               "manager1");
    TP_EXPECT_STATUS(past, 422);
    QVERIFY(hasIssue(past, QStringLiteral("due_in_past")));
    const QString later = dueIn(14);
    const ApiReply reopened = post(
        reopenPath,
        {{QStringLiteral("note"), QStringLiteral("Still faded")}, {QStringLiteral("due"), later}},
        "manager1");
    TP_EXPECT_STATUS(reopened, 200);
    action = reopened.object();
    QCOMPARE(action.value(QStringLiteral("state")).toString(), str("open"));
    QCOMPARE(action.value(QStringLiteral("due")).toString(), later);
    QCOMPARE(action.value(QStringLiteral("doneNote")).toString(), QString());
    QVERIFY(action.value(QStringLiteral("closedBy")).isNull());
    QCOMPARE(action.value(QStringLiteral("history")).toArray().size(), 3);
    QCOMPARE(action.value(QStringLiteral("history"))
                 .toArray()[2]
                 .toObject()
                 .value(QStringLiteral("due")),
             QJsonValue(later));
    const ApiReply reopenTwice =
        post(reopenPath, {{QStringLiteral("note"), QStringLiteral("x")}}, "manager1");
    TP_EXPECT_STATUS(reopenTwice, 409);
    QCOMPARE(reopenTwice.errorCode(), str("wrong_state"));

    // Done again; a second action for the same item; reopening the first would make two open.
    TP_EXPECT_STATUS(
        post(donePath, {{QStringLiteral("note"), QStringLiteral("Done now")}}, "manager1"), 200);
    const ApiReply second =
        createAction("manager1", uuid, str("window_display"), departmentOwner("marketing"), due);
    TP_EXPECT_STATUS(second, 201);
    const QString secondId = second.object().value(QStringLiteral("id")).toString();
    const ApiReply clash =
        post(reopenPath, {{QStringLiteral("note"), QStringLiteral("x")}}, "admin");
    TP_EXPECT_STATUS(clash, 409);
    QCOMPARE(clash.errorCode(), str("duplicate_action"));
    QCOMPARE(
        errorObject(clash).value(QStringLiteral("details")).toObject().value(QStringLiteral("id")),
        QJsonValue(secondId));
    QCOMPARE(get(QStringLiteral("/actions/") + id, "admin").object().value(QStringLiteral("state")),
             QJsonValue(str("done")));
    const ApiReply department = get(QStringLiteral("/actions/") + secondId, "store1");
    QCOMPARE(department.object().value(QStringLiteral("owner")).toObject(),
             (QJsonObject{{QStringLiteral("department"), QStringLiteral("marketing")}}));

    TP_EXPECT_STATUS(get(QStringLiteral("/actions/ca-unknown"), "admin"), 404);
    TP_EXPECT_STATUS(post(QStringLiteral("/actions/ca-unknown/done"),
                          {{QStringLiteral("note"), QStringLiteral("x")}}, "admin"),
                     404);
    TP_EXPECT_STATUS(post(QStringLiteral("/actions/ca-unknown/reopen"),
                          {{QStringLiteral("note"), QStringLiteral("x")}}, "admin"),
                     404);
}

void TestServerReview::actionRefusals()
{
    const QString submitted = fileSelfAudit("exec1", kBend);
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    const QString brussels =
        fileMysteryShop("shopper2", "demo-brussels-visit", QStringLiteral("store-brussels-centre"));
    QVERIFY(!submitted.isEmpty() && !uuid.isEmpty() && !brussels.isEmpty());
    TP_EXPECT_STATUS(review(uuid, "manager1", "approve"), 200);
    TP_EXPECT_STATUS(review(brussels, "manager2", "approve"), 200);
    const QString due = dueIn(7);

    for (const char *user : {"exec1", "shopper1", "store1"})
        TP_EXPECT_STATUS(createAction(user, uuid, str("window_display"), userOwner("store1"), due),
                         403);
    const ApiReply notApproved =
        createAction("manager1", submitted, str("window_display"), userOwner("store1"), due);
    TP_EXPECT_STATUS(notApproved, 409);
    QCOMPARE(notApproved.errorCode(), str("audit_not_approved"));

    struct Case
    {
        const char *name;
        const char *user;
        QString audit;
        QString item;
        QJsonObject owner;
        QString due;
        const char *code;
    };
    const QList<Case> cases{
        {"unknown audit", "admin", newUuid(), str("window_display"), userOwner("store1"), due,
         "unknown_audit"},
        {"other region's audit", "manager2", uuid, str("window_display"), userOwner("store1"), due,
         "unknown_audit"},
        {"audit not a uuid", "admin", str("fdd8b837"), str("window_display"), userOwner("store1"),
         due, "invalid_uuid"},
        {"unknown item", "manager1", uuid, str("no_such_item"), userOwner("store1"), due,
         "unknown_item"},
        {"full marks", "manager1", uuid, str("hours_posted"), userOwner("store1"), due,
         "item_not_actionable"},
        {"not scored", "manager1", uuid, str("storefront_photo"), userOwner("store1"), due,
         "item_not_actionable"},
        {"owner both",
         "manager1",
         uuid,
         str("window_display"),
         {{QStringLiteral("user"), QStringLiteral("store1")},
          {QStringLiteral("department"), QStringLiteral("sales")}},
         due,
         "invalid_owner"},
        {"owner neither", "manager1", uuid, str("window_display"), {}, due, "invalid_owner"},
        {"owner field",
         "manager1",
         uuid,
         str("window_display"),
         {{QStringLiteral("team"), QStringLiteral("sales")}},
         due,
         "unknown_field"},
        {"owner a shopper", "manager1", uuid, str("window_display"), userOwner("shopper1"), due,
         "owner_not_allowed"},
        {"owner of another region", "manager1", uuid, str("window_display"), userOwner("manager2"),
         due, "owner_not_allowed"},
        {"owner of another store", "manager2", brussels, str("window_display"), userOwner("store1"),
         due, "owner_not_allowed"},
        {"unknown owner", "manager1", uuid, str("window_display"), userOwner("nobody"), due,
         "unknown_owner"},
        {"unknown department", "manager1", uuid, str("window_display"), departmentOwner("legal"),
         due, "unknown_department"},
        {"due not a date", "manager1", uuid, str("window_display"), userOwner("store1"),
         str("2026-1-5"), "invalid_date"},
        {"due no such day", "manager1", uuid, str("window_display"), userOwner("store1"),
         str("2026-02-30"), "invalid_date"},
        {"due in the past", "manager1", uuid, str("window_display"), userOwner("store1"), dueIn(-3),
         "due_in_past"},
        {"due too far", "manager1", uuid, str("window_display"), userOwner("store1"), dueIn(400),
         "due_too_far"},
    };
    for (const Case &c : cases) {
        const ApiReply refused = createAction(c.user, c.audit, c.item, c.owner, c.due);
        QVERIFY2(
            refused.status == 422 && hasIssue(refused, QLatin1String(c.code)),
            qPrintable(QStringLiteral("%1: expected 422 %2, got %3")
                           .arg(QLatin1String(c.name), QLatin1String(c.code), refused.describe())));
    }
    const ApiReply missing =
        post(QStringLiteral("/actions"),
             {{QStringLiteral("audit"), uuid}, {QStringLiteral("extra"), 1}}, "manager1");
    TP_EXPECT_STATUS(missing, 422);
    QVERIFY(hasIssue(missing, QStringLiteral("missing_field")));
    QVERIFY(hasIssue(missing, QStringLiteral("unknown_field")));
    const ApiReply longNote = createAction("manager1", uuid, str("window_display"),
                                           userOwner("store1"), due, QString(2001, u'x'));
    TP_EXPECT_STATUS(longNote, 422);
    QVERIFY(hasIssue(longNote, QStringLiteral("too_long")));
    const ApiReply notJson = server().api().post(QStringLiteral("/actions"), QByteArray("[]"),
                                                 server().token("manager1"));
    TP_EXPECT_STATUS(notJson, 400);
    const ApiReply deep =
        server().api().post(QStringLiteral("/actions"), QByteArray(40, '[') + QByteArray(40, ']'),
                            server().token("manager1"));
    TP_EXPECT_STATUS(deep, 400);
    QCOMPARE(deep.errorCode(), str("too_deep"));
    TP_EXPECT_STATUS(server().api().post(QStringLiteral("/actions"), QJsonObject{}), 401);

    // None of these stored anything; a valid one still can be.
    QString error;
    QCOMPARE(server()
                 .db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM corrective_actions"), {}, &error)
                 .toLongLong(),
             0);
    TP_EXPECT_STATUS(
        createAction("manager2", brussels, str("window_display"), userOwner("manager2"), due), 201);

    // The lists' own refusals.
    for (const char *query : {"state=late", "site=Store", "region=A B"}) {
        const ApiReply refused = get(QStringLiteral("/actions?") + QLatin1String(query), "admin");
        TP_EXPECT_STATUS(refused, 400);
        QCOMPARE(refused.errorCode(), str("invalid_filter"));
    }
    TP_EXPECT_STATUS(get(QStringLiteral("/actions?owner=store1"), "admin"), 400);
    TP_EXPECT_STATUS(get(QStringLiteral("/actions/summary?state=open"), "admin"), 400);
    for (const char *user : {"shopper1", "shopper2"}) {
        TP_EXPECT_STATUS(get(QStringLiteral("/actions"), user), 403);
        TP_EXPECT_STATUS(get(QStringLiteral("/actions/summary"), user), 403);
    }
}

void TestServerReview::overdueAndPromisesKeptOrBroken()
{
    // Four actionable items: two low, two failed.
    QJsonObject answers = withAnswer(selfAudit(str("exec1")), str("hours_posted"), false);
    answers = withAnswer(answers, str("entrance_clear"), false);
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend, answers);
    QVERIFY(!uuid.isEmpty());
    TP_EXPECT_STATUS(review(uuid, "manager1", "approve"), 200);
    QHash<QString, QString> ids;
    for (const char *item :
         {"window_display", "needs_questions", "hours_posted", "entrance_clear"}) {
        const ApiReply created =
            createAction("manager1", uuid, QLatin1String(item), userOwner("store1"), dueIn(7));
        TP_EXPECT_STATUS(created, 201);
        ids.insert(QLatin1String(item), created.object().value(QStringLiteral("id")).toString());
    }
    // Time passes for two of them: their due dates are moved into the past, as if made long ago.
    QString error;
    for (const char *item : {"needs_questions", "hours_posted"})
        QVERIFY2(
            server().db().exec(
                QStringLiteral("UPDATE corrective_actions SET due = '2020-01-01' WHERE id = ?"),
                {ids.value(QLatin1String(item))}, &error),
            qPrintable(error));
    const auto close = [&](const char *item) {
        return post(QStringLiteral("/actions/%1/done").arg(ids.value(QLatin1String(item))),
                    {{QStringLiteral("note"), QStringLiteral("done")}}, "store1");
    };
    // window_display: done on time (kept); needs_questions: done late (broken);
    // hours_posted: open past due (overdue, broken); entrance_clear: open, not due (pending).
    TP_EXPECT_STATUS(close("window_display"), 200);
    const ApiReply late = close("needs_questions");
    TP_EXPECT_STATUS(late, 200);
    QCOMPARE(late.object().value(QStringLiteral("outcome")).toString(), str("broken"));
    QCOMPARE(late.object().value(QStringLiteral("overdue")).toBool(), false);

    const ApiReply overdue = get(QStringLiteral("/actions?state=overdue"), "store1");
    TP_EXPECT_STATUS(overdue, 200);
    QCOMPARE(field(overdue.array(), QStringLiteral("id")),
             QSet<QString>{ids.value(str("hours_posted"))});
    const QJsonObject late1 = overdue.array().first().toObject();
    QCOMPARE(late1.value(QStringLiteral("overdue")).toBool(), true);
    QCOMPARE(late1.value(QStringLiteral("outcome")).toString(), str("broken"));
    const ApiReply all = get(QStringLiteral("/actions?site=store-bend"), "manager1");
    const auto outcome = [&](const char *item) {
        return byId(all.array(), QStringLiteral("id"), ids.value(QLatin1String(item)))
            .value(QStringLiteral("outcome"))
            .toString();
    };
    QCOMPARE(outcome("window_display"), str("kept"));
    QCOMPARE(outcome("needs_questions"), str("broken"));
    QCOMPARE(outcome("hours_posted"), str("broken"));
    QCOMPARE(outcome("entrance_clear"), str("pending"));
    // The overdue flag is on the single action and on the audit too.
    QCOMPARE(get(QStringLiteral("/actions/") + ids.value(str("hours_posted")), "exec1")
                 .object()
                 .value(QStringLiteral("overdue")),
             QJsonValue(true));
    const QJsonArray onAudit = get(QStringLiteral("/audits/") + uuid, "store1")
                                   .object()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    QCOMPARE(byId(onAudit, QStringLiteral("id"), ids.value(str("hours_posted")))
                 .value(QStringLiteral("overdue")),
             QJsonValue(true));
    QCOMPARE(
        field(get(QStringLiteral("/actions?state=open"), "admin").array(), QStringLiteral("id")),
        (QSet<QString>{ids.value(str("hours_posted")), ids.value(str("entrance_clear"))}));
    QCOMPARE(get(QStringLiteral("/actions?state=done"), "admin").array().size(), 2);

    // Per site: kept 1, late 1, overdue 1, so broken 2 and 33.3 % kept.
    const ApiReply summary = get(QStringLiteral("/actions/summary"), "manager1");
    TP_EXPECT_STATUS(summary, 200);
    QCOMPARE(field(summary.array(), QStringLiteral("site")),
             (QSet<QString>{str("store-bend"), str("store-portland"), str("store-seattle"),
                            str("support-americas")}));
    const QJsonObject bend = byId(summary.array(), QStringLiteral("site"), kBend);
    QCOMPARE(bend.value(QStringLiteral("actions")).toInt(), 4);
    QCOMPARE(bend.value(QStringLiteral("open")).toInt(), 2);
    QCOMPARE(bend.value(QStringLiteral("overdue")).toInt(), 1);
    QCOMPARE(bend.value(QStringLiteral("done")).toInt(), 2);
    QCOMPARE(bend.value(QStringLiteral("kept")).toInt(), 1);
    QCOMPARE(bend.value(QStringLiteral("late")).toInt(), 1);
    QCOMPARE(bend.value(QStringLiteral("broken")).toInt(), 2);
    QCOMPARE(bend.value(QStringLiteral("keptPercent")).toDouble(), 33.3);
    QCOMPARE(bend.value(QStringLiteral("name")).toString(), str("Northwind Outfitters Bend"));
    const QJsonObject portland =
        byId(summary.array(), QStringLiteral("site"), str("store-portland"));
    QCOMPARE(portland.value(QStringLiteral("actions")).toInt(), 0);
    QVERIFY(portland.value(QStringLiteral("keptPercent")).isNull());

    QCOMPARE(
        field(get(QStringLiteral("/actions/summary"), "store1").array(), QStringLiteral("site")),
        QSet<QString>{kBend});
    QCOMPARE(field(get(QStringLiteral("/actions/summary?site=store-bend"), "manager2").array(),
                   QStringLiteral("site")),
             QSet<QString>{});
    QCOMPARE(field(get(QStringLiteral("/actions/summary?region=americas"), "exec1").array(),
                   QStringLiteral("site")),
             field(summary.array(), QStringLiteral("site")));
    QCOMPARE(byId(get(QStringLiteral("/actions/summary"), "admin").array(), QStringLiteral("site"),
                  kBend),
             bend);

    // Reopening the kept one without a new due date keeps its date: pending again.
    const ApiReply reopened =
        post(QStringLiteral("/actions/%1/reopen").arg(ids.value(str("window_display"))),
             {{QStringLiteral("note"), QStringLiteral("not good enough")}}, "manager1");
    TP_EXPECT_STATUS(reopened, 200);
    QCOMPARE(reopened.object().value(QStringLiteral("outcome")).toString(), str("pending"));
    const QJsonObject after =
        byId(get(QStringLiteral("/actions/summary?site=store-bend"), "manager1").array(),
             QStringLiteral("site"), kBend);
    QCOMPARE(after.value(QStringLiteral("kept")).toInt(), 0);
    QCOMPARE(after.value(QStringLiteral("broken")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("keptPercent")).toDouble(), 0.0);
}

void TestServerReview::whoMayCloseAndReopen()
{
    const QString uuid = fileMysteryShop("shopper1", "demo-bend-visit", kBend);
    QVERIFY(!uuid.isEmpty());
    TP_EXPECT_STATUS(review(uuid, "manager1", "approve"), 200);
    // A second store manager, of another store.
    const ApiReply created = post(QStringLiteral("/users"),
                                  {{QStringLiteral("username"), QStringLiteral("store2")},
                                   {QStringLiteral("displayName"), QStringLiteral("Pat Portland")},
                                   {QStringLiteral("role"), QStringLiteral("store_manager")},
                                   {QStringLiteral("site"), QStringLiteral("store-portland")},
                                   {QStringLiteral("password"), QLatin1String(kDemoPassword)}},
                                  "admin");
    TP_EXPECT_STATUS(created, 201);
    // An admin's new user chooses their own password first; this session goes on.
    TP_EXPECT_STATUS(post(QStringLiteral("/me/password"),
                          {{QStringLiteral("currentPassword"), QLatin1String(kDemoPassword)},
                           {QStringLiteral("newPassword"), QStringLiteral("pat-portland-7")}},
                          "store2"),
                     200);

    const ApiReply execOwned =
        createAction("manager1", uuid, str("window_display"), userOwner("exec1"), dueIn(7));
    TP_EXPECT_STATUS(execOwned, 201);
    const ApiReply salesOwned =
        createAction("manager1", uuid, str("needs_questions"), departmentOwner("sales"), dueIn(7));
    TP_EXPECT_STATUS(salesOwned, 201);
    const QString execId = execOwned.object().value(QStringLiteral("id")).toString();
    const QString salesId = salesOwned.object().value(QStringLiteral("id")).toString();
    const QJsonObject note{{QStringLiteral("note"), QStringLiteral("done")}};
    const auto done = [&](const QString &id, const char *user) {
        return post(QStringLiteral("/actions/%1/done").arg(id), note, user);
    };
    const auto reopen = [&](const QString &id, const char *user) {
        return post(QStringLiteral("/actions/%1/reopen").arg(id), note, user);
    };

    TP_EXPECT_STATUS(get(QStringLiteral("/actions/") + salesId, "store2"), 404);
    TP_EXPECT_STATUS(done(salesId, "store2"), 404);
    TP_EXPECT_STATUS(get(QStringLiteral("/actions"), "store2"), 200);
    QCOMPARE(get(QStringLiteral("/actions"), "store2").array().size(), 0);
    TP_EXPECT_STATUS(done(salesId, "manager2"), 404);
    TP_EXPECT_STATUS(done(salesId, "shopper1"), 403);
    TP_EXPECT_STATUS(done(salesId, "exec1"), 403); // reads it, does not own it
    TP_EXPECT_STATUS(done(execId, "exec1"), 200);  // owns this one
    TP_EXPECT_STATUS(reopen(execId, "exec1"), 403);
    TP_EXPECT_STATUS(reopen(execId, "store1"), 403);
    TP_EXPECT_STATUS(reopen(execId, "manager2"), 404);
    TP_EXPECT_STATUS(reopen(execId, "admin"), 200);
    TP_EXPECT_STATUS(done(execId, "manager1"), 200);
    TP_EXPECT_STATUS(done(salesId, "admin"), 200);
    const QJsonArray history = get(QStringLiteral("/actions/") + execId, "admin")
                                   .object()
                                   .value(QStringLiteral("history"))
                                   .toArray();
    QStringList events;
    for (const QJsonValue &event : history)
        events << event.toObject().value(QStringLiteral("event")).toString() + QLatin1Char(':') +
                      event.toObject().value(QStringLiteral("by")).toString();
    QCOMPARE(events, (QStringList{str("created:manager1"), str("done:exec1"), str("reopened:admin"),
                                  str("done:manager1")}));

    // A store manager who moves to another site loses the old site's actions.
    const ApiReply moved = server().api().put(
        QStringLiteral("/users/store1"),
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Jordan Reyes")},
                    {QStringLiteral("role"), QStringLiteral("store_manager")},
                    {QStringLiteral("site"), QStringLiteral("store-seattle")}},
        server().token("admin"));
    TP_EXPECT_STATUS(moved, 200);
    TP_EXPECT_STATUS(get(QStringLiteral("/actions/") + execId, "store1"), 404);
    QCOMPARE(get(QStringLiteral("/audits"), "store1").array().size(), 0);
}

void TestServerReview::settingChoosesCountedAudits()
{
    for (const char *user : {"admin", "manager1", "exec1", "shopper1", "store1"}) {
        const ApiReply read = get(QStringLiteral("/settings"), user);
        TP_EXPECT_STATUS(read, 200);
        QCOMPARE(read.object(),
                 (QJsonObject{{QStringLiteral("reportAudits"), QStringLiteral("approved")}}));
    }
    const auto put = [this](const QJsonObject &body, const char *user) {
        return server().api().put(QStringLiteral("/settings"), body, server().token(user));
    };
    const QJsonObject notRejected{{QStringLiteral("reportAudits"), QStringLiteral("not_rejected")}};
    for (const char *user : {"manager1", "exec1", "shopper1", "store1"})
        TP_EXPECT_STATUS(put(notRejected, user), 403);
    const ApiReply bad = put({{QStringLiteral("reportAudits"), QStringLiteral("all")}}, "admin");
    TP_EXPECT_STATUS(bad, 422);
    QVERIFY(hasIssue(bad, QStringLiteral("invalid_value")));
    TP_EXPECT_STATUS(put({{QStringLiteral("reportAudits"), QStringLiteral("approved")},
                          {QStringLiteral("colour"), QStringLiteral("blue")}},
                         "admin"),
                     422);
    TP_EXPECT_STATUS(put({}, "admin"), 422);
    TP_EXPECT_STATUS(server().api().put(QStringLiteral("/settings"), QByteArray("nope"),
                                        server().token("admin")),
                     400);
    const ApiReply changed = put(notRejected, "admin");
    TP_EXPECT_STATUS(changed, 200);
    QCOMPARE(changed.object(), notRejected);
    QCOMPARE(get(QStringLiteral("/settings"), "manager1").object(), notRejected);
    QString error;
    QCOMPARE(server()
                 .db()
                 .scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'report_audits'"),
                         {}, &error)
                 .toString(),
             str("not_rejected"));
    TP_EXPECT_STATUS(get(QStringLiteral("/settings?x=1"), "admin"), 400);
}

QTEST_GUILESS_MAIN(TestServerReview)
#include "tst_server_review.moc"
