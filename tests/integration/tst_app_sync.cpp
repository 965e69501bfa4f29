// The field app's controllers against the real server: sign in online, pull the assignments,
// accept one, do the visit, submit, and see it arrive and show "On the server"; then sign in
// again offline; sign out with nothing lost.
#include "ApiClient.h"
#include "GoodVisit.h"
#include "ServerProcess.h"
#include "core/Audit.h"
#include "storage/SyncStore.h"
#include "support/TestPaths.h"
#include "ui/FieldApp.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {

constexpr char kPassword[] = "touchpoint-demo";

} // namespace

class TestAppSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_serverFolder.isValid());
        m_serverDb = m_serverFolder.filePath(QStringLiteral("server.sqlite"));
        QString error;
        QVERIFY2(test::ServerProcess::initDemo(m_serverDb, &error), qPrintable(error));
        QVERIFY2(m_server.start(m_serverDb, {}, &error), qPrintable(error));
    }

    void visitGoesToTheServer()
    {
        QTemporaryDir phone;
        auto opened = ui::FieldApp::open(options(phone.path()));
        QVERIFY2(opened.app, qPrintable(opened.error));
        ui::FieldApp &app = *opened.app;
        QVERIFY(app.sync()->enabled());

        QVERIFY(app.session()->signIn(QStringLiteral("shopper1"), QLatin1String(kPassword)));
        QTRY_VERIFY2_WITH_TIMEOUT(app.session()->signedIn(), qPrintable(app.session()->lastError()),
                                  10000);
        // The pull replaces the demo seed's states with the server's: offered.
        QTRY_VERIFY_WITH_TIMEOUT(test::assignmentState(app, QStringLiteral("demo-bend-visit")) ==
                                     QLatin1String("offered"),
                                 10000);
        QVERIFY(!app.assignments()->open(QStringLiteral("demo-bend-visit")));
        QVERIFY(app.lastError().contains(QLatin1String("Accept")));

        app.assignments()->accept(QStringLiteral("demo-bend-visit"));
        QTRY_COMPARE_WITH_TIMEOUT(test::assignmentState(app, QStringLiteral("demo-bend-visit")),
                                  QStringLiteral("accepted"), 10000);
        QVERIFY2(app.assignments()->open(QStringLiteral("demo-bend-visit")),
                 qPrintable(app.lastError()));
        ui::AuditSession *session = app.audit();
        QVERIFY(session);
        const QString uuid = session->uuid();
        test::answerLikeTheGoodVisit(*session);
        QVERIFY2(session->submit(), qPrintable(session->lastError()));

        // Sent after submit, without asking; the history says where it is.
        QTRY_COMPARE_WITH_TIMEOUT(app.sync()->waiting(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(test::historySyncState(app, uuid), QStringLiteral("on_server"),
                                  5000);
        QVERIFY(app.sync()->lastError().isEmpty());
        QVERIFY(!app.sync()->lastSyncText().isEmpty());

        // The server holds exactly what the phone submitted.
        test::ApiClient api(m_server.apiUrl());
        const auto login =
            api.post(QStringLiteral("/login"),
                     QJsonObject{{QStringLiteral("username"), QStringLiteral("shopper1")},
                                 {QStringLiteral("password"), QLatin1String(kPassword)}});
        QCOMPARE(login.status, 200);
        const QString token = login.object().value(QLatin1String("token")).toString();
        const auto stored = api.get(QStringLiteral("/audits/") + uuid, token);
        QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
        const auto local = app.context().audits->load(uuid);
        QVERIFY(local);
        QCOMPARE(stored.object().value(QLatin1String("contentSha256")).toString(),
                 local->contentSha256);

        // Signing out keeps everything.
        app.signOut();
        QVERIFY(!app.session()->signedIn());
        QVERIFY(app.context().audits->load(uuid));
        opened.app.reset();

        // The same phone with the server out of reach: the earlier sign-in lets shopper1 in
        // with the right password, and only with it.
        ui::AppOptions unreachable = options(phone.path());
        unreachable.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        unreachable.demo = false;
        auto reopened = ui::FieldApp::open(unreachable);
        QVERIFY(reopened.app);
        ui::FieldApp &offline = *reopened.app;
        QVERIFY(offline.session()->signIn(QStringLiteral("shopper1"), QStringLiteral("wrong")));
        QTRY_VERIFY_WITH_TIMEOUT(!offline.session()->signingIn(), 10000);
        QVERIFY(!offline.session()->signedIn());
        QVERIFY(offline.session()->signIn(QStringLiteral("shopper1"), QLatin1String(kPassword)));
        QTRY_VERIFY2_WITH_TIMEOUT(offline.session()->signedIn(),
                                  qPrintable(offline.session()->lastError()), 10000);
        QCOMPARE(test::historySyncState(offline, uuid), QStringLiteral("on_server"));
    }

    void offlineSignInNeedsAnEarlierOnlineOne()
    {
        QTemporaryDir phone;
        ui::AppOptions offline = options(phone.path());
        offline.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
        offline.demo = false;
        auto opened = ui::FieldApp::open(offline);
        QVERIFY(opened.app);
        ui::FieldApp &app = *opened.app;
        QVERIFY(app.session()->signIn(QStringLiteral("shopper1"), QLatin1String(kPassword)));
        QTRY_VERIFY_WITH_TIMEOUT(!app.session()->signingIn(), 10000);
        QVERIFY(!app.session()->signedIn());
        QVERIFY2(app.session()->lastError().contains(
                     QLatin1String("not signed in on this phone before")),
                 qPrintable(app.session()->lastError()));
    }

    void wrongPasswordIsRefused()
    {
        QTemporaryDir phone;
        auto opened = ui::FieldApp::open(options(phone.path()));
        QVERIFY(opened.app);
        ui::FieldApp &app = *opened.app;
        QVERIFY(
            app.session()->signIn(QStringLiteral("shopper1"), QStringLiteral("not-the-password")));
        QTRY_VERIFY_WITH_TIMEOUT(!app.session()->signingIn(), 10000);
        QVERIFY(!app.session()->signedIn());
        QCOMPARE(app.session()->lastError(), QStringLiteral("Unknown user or wrong password."));
    }

    // A user an admin created signs in with the initial password: the app asks for their own
    // (twice, 8 characters or more, not the given one) before anything else, and signs in with
    // it once the server has it.
    void initialPasswordIsReplacedFirst()
    {
        test::ApiClient api(m_server.apiUrl());
        QString error;
        const QString admin = api.signIn(QStringLiteral("admin"), QLatin1String(kPassword), &error);
        QVERIFY2(!admin.isEmpty(), qPrintable(error));
        const test::ApiReply created =
            api.post(QStringLiteral("/users"),
                     QJsonObject{{QStringLiteral("username"), QStringLiteral("shopper8")},
                                 {QStringLiteral("displayName"), QStringLiteral("Lee N.")},
                                 {QStringLiteral("role"), QStringLiteral("shopper")},
                                 {QStringLiteral("password"), QStringLiteral("given-pass-1")}},
                     admin);
        QCOMPARE(created.status, 201);

        QTemporaryDir phone;
        auto opened = ui::FieldApp::open(options(phone.path()));
        QVERIFY(opened.app);
        ui::AccountSession &session = *opened.app->session();
        QVERIFY(session.signIn(QStringLiteral("shopper8"), QStringLiteral("given-pass-1")));
        QTRY_VERIFY_WITH_TIMEOUT(session.mustChoosePassword(), 10000);
        QVERIFY(!session.signedIn());
        QVERIFY(!session.choosePassword(QStringLiteral("short"), QStringLiteral("short")));
        QVERIFY(!session.choosePassword(QStringLiteral("my-own-pass-9"),
                                        QStringLiteral("my-own-pass-8")));
        QVERIFY(!session.choosePassword(QStringLiteral("given-pass-1"),
                                        QStringLiteral("given-pass-1")));
        QVERIFY(session.choosePassword(QStringLiteral("my-own-pass-9"),
                                       QStringLiteral("my-own-pass-9")));
        QTRY_VERIFY2_WITH_TIMEOUT(session.signedIn(), qPrintable(session.lastError()), 10000);
        QVERIFY(!session.mustChoosePassword());
        QTRY_COMPARE_WITH_TIMEOUT(opened.app->sync()->lastError(), QString(), 5000);
        // The server has the user's own password now, and only that one.
        QVERIFY(api.signIn(QStringLiteral("shopper8"), QStringLiteral("given-pass-1"), &error)
                    .isEmpty());
        QVERIFY2(!api.signIn(QStringLiteral("shopper8"), QStringLiteral("my-own-pass-9"), &error)
                      .isEmpty(),
                 qPrintable(error));
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    ui::AppOptions options(const QString &folder) const
    {
        return test::phoneOptions(folder, m_server.port());
    }

    QTemporaryDir m_serverFolder;
    QString m_serverDb;
    test::ServerProcess m_server;
};

QTEST_MAIN(TestAppSync)
#include "tst_app_sync.moc"
