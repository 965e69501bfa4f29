// No secret in any log: a whole session of the field app's controllers against the real
// server, with every logging category of both switched on (debug included), then every line the
// app logged and every line the server wrote is searched for the password and for the token the
// app was given. The device database must not hold either in the clear (the offline sign-in
// keeps a salted hash; the token lives in the keystore, or its fallback file, only).

#include "GoodVisit.h"
#include "ServerProcess.h"
#include "ui/FieldApp.h"
#include "ui/SyncController.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {

constexpr char kPassword[] = "touchpoint-demo";

QMutex logMutex;
QStringList appLog;

void collectMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    appLog << QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : ""),
                                           message);
}

// The lines of `lines` that contain `secret`.
QStringList linesWith(const QStringList &lines, const QString &secret)
{
    QStringList found;
    for (const QString &line : lines) {
        if (line.contains(secret))
            found << line;
    }
    return found;
}

} // namespace

class TestNoSecretsInLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Everything both sides can log, debug included (touchpoint.app, .storage, .sync,
        // .location, .ui and Qt's own); the server inherits the rules.
        qputenv("QT_LOGGING_RULES", "*=true");
        QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
        QVERIFY(m_serverFolder.isValid());
        m_serverDb = m_serverFolder.filePath(QStringLiteral("server.sqlite"));
        QString error;
        QVERIFY2(test::ServerProcess::initDemo(m_serverDb, &error), qPrintable(error));
        QVERIFY2(m_server.start(m_serverDb, {}, &error), qPrintable(error));
    }

    void wholeSessionLogsNoSecret()
    {
        QTemporaryDir phone;
        QVERIFY(phone.isValid());
        QString token;
        QString uuid;
        qInstallMessageHandler(collectMessage);
        runSession(phone.path(), &token, &uuid);
        qInstallMessageHandler(nullptr);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(token.size() >= 32, "the app got no token");

        // The logs are real: both sides logged the session (a search of empty logs proves
        // nothing). The server's lines arrive through a pipe: wait for the upload's.
        QVERIFY2(appLog.size() > 10, qPrintable(QString::number(appLog.size())));
        // The events support reads are there: the new phone's database migrated, a sync that
        // ended with the audit's receipt.
        for (const QString &event :
             {QStringLiteral("touchpoint.storage: migrating the device database"),
              QStringLiteral("touchpoint.storage: device database opened"),
              QStringLiteral("touchpoint.sync: sync started"),
              QStringLiteral("touchpoint.sync: sync ended")}) {
            QVERIFY2(!linesWith(appLog, event).isEmpty(),
                     qPrintable(QStringLiteral("the app log has no line \"%1\"").arg(event)));
        }
        const QStringList syncEnds =
            linesWith(appLog, QStringLiteral("touchpoint.sync: sync ended"));
        QVERIFY2(!linesWith(syncEnds, QStringLiteral(", receipts 1,")).isEmpty(),
                 qPrintable(syncEnds.join(QLatin1Char('\n'))));
        QTRY_VERIFY2_WITH_TIMEOUT(
            !linesWith(m_server.log().split(QLatin1Char('\n')), QStringLiteral("/audits/") + uuid)
                 .isEmpty(),
            "the server's request log does not show the upload", 10000);
        const QStringList serverLog = m_server.log().split(QLatin1Char('\n'));
        for (const auto &[what, lines] : {std::pair{QStringLiteral("app"), appLog},
                                          std::pair{QStringLiteral("server"), serverLog}}) {
            for (const QString &secret :
                 {token, QString::fromLatin1(kPassword), QStringLiteral("Bearer ")}) {
                const QStringList leaks = linesWith(lines, secret);
                QVERIFY2(leaks.isEmpty(),
                         qPrintable(QStringLiteral("the %1 log shows a secret: %2")
                                        .arg(what, leaks.join(QLatin1Char('\n')))));
            }
        }

        // Nor does any file of the phone but the token's own fallback file.
        QDirIterator files(phone.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int searched = 0;
        while (files.hasNext()) {
            const QString fileName = files.next();
            QFile file(fileName);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++searched;
            QVERIFY2(!bytes.contains(kPassword), qPrintable(fileName));
            if (!fileName.endsWith(QLatin1String("token")))
                QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(fileName));
        }
        QVERIFY(searched >= 1);
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    // Sign in online, pull, accept, visit, submit, sync, sign out, sign in offline (wrong, then
    // right password): every path that handles the password or the token.
    void runSession(const QString &folder, QString *token, QString *uuid)
    {
        ui::AppOptions options = test::phoneOptions(folder, m_server.port());
        {
            auto opened = ui::FieldApp::open(options);
            QVERIFY2(opened.app, qPrintable(opened.error));
            ui::FieldApp &app = *opened.app;
            QVERIFY(app.session()->signIn(QStringLiteral("shopper1"),
                                          QStringLiteral("not-the-password")));
            QTRY_VERIFY_WITH_TIMEOUT(!app.session()->signingIn(), 10000);
            QVERIFY(!app.session()->signedIn());
            QVERIFY(app.session()->signIn(QStringLiteral("shopper1"), QLatin1String(kPassword)));
            QTRY_VERIFY2_WITH_TIMEOUT(app.session()->signedIn(),
                                      qPrintable(app.session()->lastError()), 10000);
            *token = app.sync()->token();
            QTRY_VERIFY_WITH_TIMEOUT(
                test::assignmentState(app, QStringLiteral("demo-bend-visit")) ==
                    QLatin1String("offered"),
                10000);
            app.assignments()->accept(QStringLiteral("demo-bend-visit"));
            QTRY_COMPARE_WITH_TIMEOUT(test::assignmentState(app, QStringLiteral("demo-bend-visit")),
                                      QStringLiteral("accepted"), 10000);
            QVERIFY2(app.assignments()->open(QStringLiteral("demo-bend-visit")),
                     qPrintable(app.lastError()));
            ui::AuditSession *session = app.audit();
            QVERIFY(session);
            *uuid = session->uuid();
            test::answerLikeTheGoodVisit(*session);
            QVERIFY2(session->submit(), qPrintable(session->lastError()));
            // On the server (its receipt matched) before signing out.
            QTRY_COMPARE_WITH_TIMEOUT(test::historySyncState(app, *uuid),
                                      QStringLiteral("on_server"), 15000);
            app.signOut();
        }
        options.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // out of reach
        options.demo = false;
        auto reopened = ui::FieldApp::open(options);
        QVERIFY(reopened.app);
        ui::FieldApp &offline = *reopened.app;
        QVERIFY(offline.session()->signIn(QStringLiteral("shopper1"), QStringLiteral("wrong")));
        QTRY_VERIFY_WITH_TIMEOUT(!offline.session()->signingIn(), 10000);
        QVERIFY(offline.session()->signIn(QStringLiteral("shopper1"), QLatin1String(kPassword)));
        QTRY_VERIFY2_WITH_TIMEOUT(offline.session()->signedIn(),
                                  qPrintable(offline.session()->lastError()), 10000);
    }

    QTemporaryDir m_serverFolder;
    QString m_serverDb;
    test::ServerProcess m_server;
};

QTEST_MAIN(TestNoSecretsInLogs)
#include "tst_no_secrets_in_logs.moc"
