// The manager's desk on a large region, in the real app (the start of `touchpoint`, offscreen,
// 1440 × 900) against the real touchpoint-server on SQLite filled by `demo-data`:
// - the review table's first page shown after the review screen is opened: right after
//   signing in (everything is being fetched), after ⟳ on the review screen, and on switching to
//   it with the data in; from the action to the first frame showing the rows (target < 300 ms);
// - a table of 10,000 rows and more: each keystroke typed into its search field and each sort by a
// column,
//   from the key or click to the frame showing the result (target < 50 ms).
//
//   bench_desk [--audits N] [--runs R] [--sqlite-db FILE]
//     N defaults to 100000 (a region then has about 12,000 audits in 90 days); R to 10;
//     --sqlite-db generates into that file once and reuses it.
#include "../GeneratedDatabase.h"
#include "AppStartup.h"
#include "ServerProcess.h"
#include "ui/FieldApp.h"
#include "ui/manager/AuditListModel.h"
#include "ui/manager/ManagerController.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tp::test;

namespace {

constexpr double kShowTargetMs = 300;
constexpr double kKeystrokeTargetMs = 50;
constexpr int kTableRows = 10000;

struct Timing
{
    double handledMs = 0; // the action itself returned
    double frameMs = 0;   // the first frame showing its result
    bool ok = false;
};

QQuickItem *findItem(QQuickItem *item, const QString &objectName, bool visibleOnly = true)
{
    if (item->objectName() == objectName && (item->isVisible() || !visibleOnly))
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, objectName, visibleOnly))
            return found;
    }
    return nullptr;
}

class Desk
{
public:
    Desk(tp::ui::FieldApp &app, QQuickWindow *window)
        : m_app(app)
        , m_window(window)
    {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [this] { ++m_frames; });
    }

    QQuickItem *find(const char *name) const
    {
        return findItem(m_window->contentItem(), QString::fromLatin1(name));
    }

    bool waitFor(const std::function<bool()> &condition, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!condition()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            // As the event loop would: the screens of the previous sign-in go.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        return true;
    }

    // Runs `action`, then waits for the first frame swapped once `shown` holds.
    Timing time(const std::function<void()> &action, const std::function<bool()> &shown,
                int timeoutMs = 20000)
    {
        Timing timing;
        QElapsedTimer timer;
        timer.start();
        action();
        timing.handledMs = timer.nsecsElapsed() / 1e6;
        if (!waitFor(shown, timeoutMs)) {
            std::printf("(not shown after %d ms)\n", timeoutMs);
            return timing;
        }
        m_window->requestUpdate();
        const int before = m_frames;
        if (!waitFor([&] { return m_frames > before; }, timeoutMs))
            return timing;
        timing.frameMs = timer.nsecsElapsed() / 1e6;
        timing.ok = true;
        return timing;
    }

    bool signIn(const QString &username)
    {
        m_app.signOut();
        m_app.session()->signIn(username, QStringLiteral("touchpoint-demo"));
        return waitFor([this] { return m_app.session()->signedIn(); }, 30000);
    }

    bool idle()
    {
        return waitFor([this] { return !m_app.manager()->feed()->loading(); }, 600000);
    }

    QQuickWindow *window() const { return m_window; }
    tp::ui::FieldApp &app() const { return m_app; }

private:
    tp::ui::FieldApp &m_app;
    QQuickWindow *m_window;
    int m_frames = 0;
};

struct Percentiles
{
    double p50 = -1;
    double p95 = -1;
    double max = -1;
};

Percentiles percentiles(QList<double> values)
{
    Percentiles p;
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    p.p50 = values.at(values.size() / 2);
    p.p95 = values.at(qMin(values.size() - 1, qsizetype(values.size() * 0.95)));
    p.max = values.last();
    return p;
}

bool report(const char *name, const QList<Timing> &timings, double targetMs)
{
    QList<double> handled;
    QList<double> frames;
    for (const Timing &t : timings) {
        if (!t.ok) {
            std::printf("%-34s FAILED: the result never showed\n", name);
            return false;
        }
        handled << t.handledMs;
        frames << t.frameMs;
    }
    const Percentiles h = percentiles(handled);
    const Percentiles f = percentiles(frames);
    const bool met = f.p95 >= 0 && f.p95 < targetMs;
    std::printf("%-34s %4lld %9.1f / %6.1f %9.1f / %6.1f / %6.1f  %s (< %.0f ms)\n", name,
                qint64(timings.size()), h.p50, h.p95, f.p50, f.p95, f.max, met ? "met" : "MISSED",
                targetMs);
    return met;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    tp::app::nameApplication();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    tp::app::styleApplication();
    const GeneratedBenchOptions bench = parseGeneratedBenchOptions(argc, argv, 10);
    const int audits = bench.audits;
    const int runs = bench.runs;
    QTemporaryDir dir;
    ServerProcess server;
    if (!serveGeneratedDatabase(bench, dir, server))
        return 1;

    tp::ui::AppOptions options;
    options.databaseFile = dir.filePath(QStringLiteral("phone.sqlite"));
    options.photoFolder = dir.filePath(QStringLiteral("photos"));
    options.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.apiUrl().port()));
    options.tokenInFileOnly = true;
    const auto fieldApp = tp::app::openFieldApp(options);
    if (!fieldApp)
        return 1;
    QQmlApplicationEngine engine;
    QQuickWindow *window = tp::app::loadMainWindow(engine);
    if (!window)
        return 1;
    window->resize(1440, 900);
    window->show();
    Desk desk(*fieldApp, window);
    tp::ui::ManagerController *manager = fieldApp->manager();
    tp::ui::ReviewController *review = manager->review();

    auto page = [&desk] {
        return desk.find("managerPage");
    };
    // The review table's view on the manager's screen (a new one at each sign-in) and whether
    // its model was filled again: reset or rows inserted.
    QPointer<QQuickItem> tableView;
    int changes = 0;
    auto findTable = [&] {
        QQuickItem *view = findItem(page(), QStringLiteral("auditList"), false);
        if (view == tableView)
            return;
        tableView = view;
        auto *model = tableView->property("model").value<QAbstractItemModel *>();
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { ++changes; });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] { ++changes; });
    };
    auto tableModel = [&] {
        return tableView->property("model").value<QAbstractItemModel *>();
    };
    auto rowsShownSince = [&](int since) {
        return [&, since] {
            return changes > since && tableView->isVisible() && tableModel()->rowCount() > 0;
        };
    };

    std::printf("\nThe desk, %d audits generated, manager1 (region americas), 1440 × 900,"
                " offscreen:\n",
                audits);
    std::printf("%-34s %4s %18s %27s\n", "", "runs", "handled p50 / p95", "frame p50 / p95 / max");
    bool met = true;

    // 1. Signed in, and the review screen opened at once: the table while the rest loads.
    // The first sign-in of the process makes every screen for the first time: shown apart, as
    // the other benchmarks' warm-up runs.
    QList<Timing> afterSignIn;
    double coldMs = -1;
    for (int run = -1; run < runs; ++run) {
        if (!desk.signIn(QStringLiteral("manager1")) ||
            !desk.waitFor([&] { return page() != nullptr; }, 10000)) {
            std::fprintf(stderr, "sign-in failed\n");
            return 1;
        }
        findTable();
        const int since = changes;
        const Timing timing =
            desk.time([&] { page()->setProperty("tab", 1); }, rowsShownSince(since));
        if (run < 0)
            coldMs = timing.ok ? timing.frameMs : -1;
        else
            afterSignIn << timing;
        desk.idle();
    }
    std::printf("(the first sign-in of the app: %.1f ms)\n", coldMs);
    met = report("review table, just signed in", afterSignIn, kShowTargetMs) && met;

    // 2. ⟳ on the review screen: the table fetched again.
    QList<Timing> afterRefresh;
    for (int run = 0; run < runs; ++run) {
        const int since = changes;
        afterRefresh << desk.time([&] { manager->refresh(); }, rowsShownSince(since));
        desk.idle();
    }
    met = report("review table, refreshed", afterRefresh, kShowTargetMs) && met;

    // 3. From the reports to the review screen, everything loaded.
    QList<Timing> afterSwitch;
    for (int run = 0; run < runs; ++run) {
        page()->setProperty("tab", 0);
        desk.waitFor([] { return false; }, 50);
        afterSwitch << desk.time([&] { QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier); },
                                 [&] { return tableView->isVisible(); });
    }
    met = report("review table, screen switched", afterSwitch, kShowTargetMs) && met;

    // 4. A table of more than 10,000 audits: every audit of the period (90 days), all pages
    // loaded, as sorting by a column does.
    QQuickItem *listView = desk.find("auditListView");
    listView->setProperty("showAll", true);
    QElapsedTimer loadTimer;
    loadTimer.start();
    review->loadAll(true);
    desk.waitFor([&] { return !review->auditsHasMore() && !review->loadingMore(); }, 600000);
    const int tableRows = review->audits()->rowCount();
    std::printf("(%d audits in the table: every page of 90 days, loaded in %.1f s)\n", tableRows,
                loadTimer.elapsed() / 1000.0);
    if (tableRows < kTableRows) {
        std::printf("FAILED: fewer than %d audits in 90 days of the region\n", kTableRows);
        return 1;
    }

    QQuickItem *search = desk.find("auditSearch");
    search->forceActiveFocus();
    QList<Timing> typing;
    const QString typed = QStringLiteral("portland");
    for (int round = 0; round < qMax(1, runs / 5); ++round) {
        for (const QChar c : typed) {
            typing << desk.time([&] { QTest::keyClick(window, c.toLatin1()); },
                                [] { return true; });
        }
        for (int i = 0; i < typed.size(); ++i)
            typing << desk.time([&] { QTest::keyClick(window, Qt::Key_Backspace); },
                                [] { return true; });
    }
    met = report("typing in the search, 10k rows", typing, kKeystrokeTargetMs) && met;

    QList<Timing> sorting;
    const char *orders[] = {"Site", "LowestScore", "HighestScore", "State", "Newest"};
    const QMetaObject *filterMeta = tableModel()->metaObject();
    const QMetaEnum order = filterMeta->enumerator(filterMeta->indexOfEnumerator("Order"));
    for (int round = 0; round < qMax(1, runs / 5); ++round) {
        for (const char *name : orders) {
            const int value = order.keyToValue(name);
            sorting << desk.time(
                [&] { QMetaObject::invokeMethod(listView, "sortBy", Q_ARG(QVariant, value)); },
                [] { return true; });
        }
    }
    met = report("sorting by a column, 10k rows", sorting, kKeystrokeTargetMs) && met;

    fieldApp->signOut();
    server.stop();
    return met ? 0 : 1;
}
