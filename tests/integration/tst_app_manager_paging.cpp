// The manager's lists in the app against the real server, on a database with more audits than
// one page: the review list shows the first page, loads the next one when asked (as the screen
// does when its end scrolls into view) without resetting the rows already shown, and knows when
// the list ends.
#include "CommandRunner.h"
#include "GoodVisit.h"
#include "ServerProcess.h"
#include "support/TestPaths.h"
#include "ui/FieldApp.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {

constexpr char kPassword[] = "touchpoint-demo";

} // namespace

class TestAppManagerPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_serverFolder.isValid());
        const QString db = m_serverFolder.filePath(QStringLiteral("server.sqlite"));
        QString error;
        QVERIFY2(test::ServerProcess::initDemo(db, &error), qPrintable(error));
        const test::CommandResult generated = test::runServerCommand(
            {QStringLiteral("demo-data"), QStringLiteral("--db"), db, QStringLiteral("--audits"),
             QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY2(generated.ok(), qPrintable(generated.describe()));
        QVERIFY2(m_server.start(db, {}, &error), qPrintable(error));
    }

    void reviewListLoadsPageByPage()
    {
        QTemporaryDir phone;
        auto opened = ui::FieldApp::open(test::phoneOptions(phone.path(), m_server.port()));
        QVERIFY2(opened.app, qPrintable(opened.error));
        ui::ManagerController *manager = signInManager(*opened.app);
        QVERIFY(manager);
        ui::ReviewController *review = manager->review();
        QTRY_VERIFY_WITH_TIMEOUT(!manager->feed()->loading() && review->audits()->count() > 0,
                                 20000);
        QCOMPARE(review->audits()->count(), 100);
        QVERIFY(review->auditsHasMore());

        QSignalSpy resets(review->audits(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(review->audits(), &QAbstractItemModel::rowsInserted);
        const QString firstUuid = review->audits()->uuidAt(0);
        int pages = 1;
        while (review->auditsHasMore()) {
            const int before = review->audits()->count();
            review->loadMore(true);
            QTRY_VERIFY_WITH_TIMEOUT(!review->loadingMore(), 10000);
            QVERIFY2(review->audits()->count() > before || !review->auditsHasMore(),
                     qPrintable(manager->feed()->error()));
            QVERIFY(++pages < 20);
        }
        QCOMPARE(resets.count(), 0); // rows shown stay where they are
        QCOMPARE(inserted.count(), pages - 1);
        QCOMPARE(review->audits()->uuidAt(0), firstUuid);
        // Every audit of the region once.
        QSet<QString> uuids;
        for (int row = 0; row < review->audits()->count(); ++row)
            uuids.insert(review->audits()->uuidAt(row));
        QCOMPARE(uuids.size(), review->audits()->count());
        QVERIFY2(review->audits()->count() > 100, qPrintable(QString::number(pages)));
    }

    // A table sorted by score sorts every audit of the period: loadAll brings the pages not
    // loaded yet, and the rows shown first stay.
    void everyPageLoadsForASort()
    {
        QTemporaryDir phone;
        auto opened = ui::FieldApp::open(test::phoneOptions(phone.path(), m_server.port()));
        QVERIFY2(opened.app, qPrintable(opened.error));
        ui::ManagerController *manager = signInManager(*opened.app);
        QVERIFY(manager);
        ui::ReviewController *review = manager->review();
        QTRY_VERIFY_WITH_TIMEOUT(!manager->feed()->loading() && review->audits()->count() > 0,
                                 20000);
        QCOMPARE(review->audits()->count(), 100);
        const QString firstUuid = review->audits()->uuidAt(0);
        QSignalSpy resets(review->audits(), &QAbstractItemModel::modelReset);
        review->loadAll(true);
        QTRY_VERIFY_WITH_TIMEOUT(!review->auditsHasMore() && !review->loadingMore(), 30000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(review->audits()->uuidAt(0), firstUuid);
        QSet<QString> uuids;
        for (int row = 0; row < review->audits()->count(); ++row)
            uuids.insert(review->audits()->uuidAt(row));
        QCOMPARE(uuids.size(), review->audits()->count());
        QVERIFY(review->audits()->count() > 200);
        QCOMPARE(manager->feed()->error(), QString());
    }

private:
    // manager1 signed in, the period set to every generated audit; null when the sign-in failed.
    static ui::ManagerController *signInManager(ui::FieldApp &app)
    {
        if (!app.session()->signIn(QStringLiteral("manager1"), QLatin1String(kPassword)))
            return nullptr;
        if (!QTest::qWaitFor([&app] { return app.session()->signedIn(); }, 10000)) {
            qWarning("sign-in failed: %s", qPrintable(app.session()->lastError()));
            return nullptr;
        }
        app.manager()->feed()->setPeriodDays(3650);
        return app.manager();
    }

    QTemporaryDir m_serverFolder;
    test::ServerProcess m_server;
};

QTEST_MAIN(TestAppManagerPaging)
#include "tst_app_manager_paging.moc"
