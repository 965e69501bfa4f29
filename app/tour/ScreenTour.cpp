#include "ScreenTour.h"
#include "TextFit.h"

#include "TourAnswers.h"
#include "ui/FieldApp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace {

QStringList *s_messages = nullptr;
QtMessageHandler s_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_messages && type != QtDebugMsg && type != QtInfoMsg)
        *s_messages << message;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (!item)
        return nullptr;
    if (item->objectName() == objectName && item->isVisible())
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

// A screen that rendered nothing is a single colour.
bool hasContent(const QImage &image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

} // namespace

ScreenTour::ScreenTour(tp::ui::FieldApp &app, QQmlApplicationEngine &engine,
                       const QString &screenshotFolder)
    : m_app(app)
    , m_engine(engine)
    , m_screenshotFolder(screenshotFolder)
{
    s_messages = &m_problems;
    s_previousHandler = qInstallMessageHandler(collectWarnings);
    m_scratchFolder = QDir::temp().filePath(
        QStringLiteral("touchpoint-tour-%1").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(m_scratchFolder);
}

ScreenTour::~ScreenTour()
{
    qInstallMessageHandler(s_previousHandler);
    s_messages = nullptr;
    QDir(m_scratchFolder).removeRecursively();
}

void ScreenTour::settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool ScreenTour::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        settle(50);
    }
    return true;
}

bool ScreenTour::syncing() const
{
    return m_app.sync()->enabled();
}

QString ScreenTour::assignmentState() const
{
    const auto assignment =
        m_app.context().organisation->assignment(QStringLiteral("demo-bend-visit"));
    return assignment ? assignment->state : QString();
}

QQuickItem *ScreenTour::find(const QString &objectName) const
{
    return m_window ? findItem(m_window->contentItem(), objectName) : nullptr;
}

QList<ScreenTour::Step> ScreenTour::steps()
{
    using tp::ui::AuditSession;
    auto audit = [this] {
        return m_app.audit();
    };
    return {
        {QStringLiteral("sign-in"), QStringLiteral("signInPage"),
         [this] {
             m_app.signOut();
             return true;
         }},
        {QStringLiteral("home-shopper"), QStringLiteral("homePage"),
         [this] {
             m_app.session()->signIn(QStringLiteral("shopper1"), QStringLiteral("touchpoint-demo"));
             if (!waitFor([this] { return m_app.session()->signedIn(); }, 10000))
                 return false;
             // With a server, the pull brings the assignments as the server has them: offered.
             return !syncing() ||
                    waitFor([this] { return assignmentState() == QLatin1String("offered"); },
                            10000);
         }},
        {QStringLiteral("check-in"), QStringLiteral("checkInPage"),
         [this, audit] {
             if (syncing()) {
                 m_app.assignments()->accept(QStringLiteral("demo-bend-visit"));
                 if (!waitFor([this] { return assignmentState() == QLatin1String("accepted"); },
                              10000))
                     return false;
             }
             if (!m_app.assignments()->open(QStringLiteral("demo-bend-visit")))
                 return false;
             return waitFor(
                 [audit] {
                     return audit()->checkInController() && audit()->checkInController()->hasFix();
                 },
                 8000);
         }},
        {QStringLiteral("visit-moments"), QStringLiteral("visitPage"),
         [this, audit] {
             if (!audit()->confirmCheckIn())
                 return false;
             audit()->tapMoment(QStringLiteral("entered"));
             settle(1100);
             return audit()->tapMoment(QStringLiteral("greeted"));
         }},
        {QStringLiteral("questions"), QStringLiteral("questionsPage"),
         [audit] {
             audit()->setStage(tp::ui::Stage::Questions);
             audit()->setCurrentSection(1);
             return audit()->setValue(QStringLiteral("floor_clean"), true);
         }},
        {QStringLiteral("questions-choices"), QStringLiteral("questionsPage"),
         [audit] {
             audit()->setCurrentSection(2);
             return true;
         }},
        {QStringLiteral("summary-incomplete"), QStringLiteral("summaryPage"),
         [audit] {
             audit()->setStage(tp::ui::Stage::Summary);
             return audit()->summary()->missingRequired()->count() > 0;
         }},
        {QStringLiteral("summary-complete"), QStringLiteral("summaryPage"),
         [this, audit] {
             QString error;
             answerEverything(*audit(), m_scratchFolder, &error);
             audit()->tapMoment(QStringLiteral("served"));
             audit()->tapMoment(QStringLiteral("paid"));
             audit()->tapMoment(QStringLiteral("left"));
             if (!error.isEmpty())
                 m_problems << error;
             return error.isEmpty() && audit()->summary()->missingRequired()->count() == 0;
         }},
        {QStringLiteral("submitted"), QStringLiteral("summaryPage"),
         [audit] {
             return audit()->submit();
         }},
        {QStringLiteral("history"), QStringLiteral("historyList"),
         [this] {
             m_app.closeAudit();
             settle(100);
             QQuickItem *home = find(QStringLiteral("homePage"));
             if (syncing() && !waitFor([this] { return m_app.sync()->waiting() == 0; }, 15000))
                 return false;
             m_app.refresh();
             return home && home->setProperty("tab", 1) && m_app.history()->model()->count() == 1;
         }},
        {QStringLiteral("home-synced"), QStringLiteral("homePage"),
         [this] {
             QQuickItem *home = find(QStringLiteral("homePage"));
             return home && home->setProperty("tab", 0);
         }},
        {QStringLiteral("home-executive"), QStringLiteral("homePage"),
         [this] {
             m_app.signOut();
             m_app.session()->signIn(QStringLiteral("exec1"), QStringLiteral("touchpoint-demo"));
             return waitFor([this] { return m_app.session()->signedIn(); }, 10000);
         }},
        {QStringLiteral("call"), QStringLiteral("callPage"),
         [this, audit] {
             if (!m_app.assignments()->startSelfAudit(QStringLiteral("support-americas")))
                 return false;
             audit()->tapMoment(QStringLiteral("dialled"));
             settle(1100);
             audit()->tapMoment(QStringLiteral("menuEntered"));
             audit()->tapMoment(QStringLiteral("agentAnswered"));
             return audit()->tapMoment(QStringLiteral("holdStarted"));
         }},
        {QStringLiteral("call-questions"), QStringLiteral("questionsPage"),
         [audit] {
             audit()->setStage(tp::ui::Stage::Questions);
             return true;
         }},
        {QStringLiteral("discreet-visit"), QStringLiteral("visitPage"),
         [this, audit] {
             m_app.closeAudit();
             m_app.setDiscreet(true);
             if (!m_app.assignments()->startSelfAudit(QStringLiteral("store-portland")))
                 return false;
             audit()->setStage(tp::ui::Stage::Moments);
             return audit()->tapMoment(QStringLiteral("entered"));
         }},
        {QStringLiteral("discreet-questions"), QStringLiteral("questionsPage"),
         [audit] {
             audit()->setStage(tp::ui::Stage::Questions);
             return true;
         }},
    };
}

bool ScreenTour::perform(int number, const Step &step)
{
    const qsizetype warningsBefore = m_problems.size();
    if (!step.action()) {
        m_problems << QStringLiteral("%1: the step failed (%2)")
                          .arg(step.name,
                               m_app.audit() ? m_app.audit()->lastError() : m_app.lastError());
        return false;
    }
    settle(150);
    if (!waitFor([&] { return find(step.expectedPage) != nullptr; }, 3000)) {
        m_problems << QStringLiteral("%1: %2 is not on screen").arg(step.name, step.expectedPage);
        return false;
    }
    settle(250); // let images and transitions finish
    const QImage image = m_window->grabWindow();
    for (const QString &cut : cutOffTexts(m_window->contentItem()))
        m_cutOffTexts << QStringLiteral("%1%2: %3").arg(m_shotPrefix, step.name, cut);
    if (!hasContent(image)) {
        m_problems << QStringLiteral("%1: the screen is blank").arg(step.name);
        return false;
    }
    if (!m_screenshotFolder.isEmpty()) {
        const QString file = QDir(m_screenshotFolder)
                                 .filePath(QStringLiteral("%1%2-%3.png")
                                               .arg(m_shotPrefix)
                                               .arg(number, 2, 10, QLatin1Char('0'))
                                               .arg(step.name));
        if (!image.save(file))
            m_problems << QStringLiteral("cannot write %1").arg(file);
    }
    std::printf("screen %s%2d %-24s ok\n", qPrintable(m_shotPrefix), number, qPrintable(step.name));
    return m_problems.size() == warningsBefore;
}

int ScreenTour::run()
{
    m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
    if (!m_window) {
        std::fprintf(stderr, "touchpoint: the main window did not load\n");
        return 1;
    }
    if (!m_screenshotFolder.isEmpty())
        QDir().mkpath(m_screenshotFolder);
    settle(300);
    const QList<Step> all = steps() + managerSteps() + adminSteps();
    int number = 0;
    bool walked = true;
    for (const Step &step : all) {
        if (!(walked = perform(++number, step)))
            break;
    }
    // The same app at a desk: a desktop window, the wide layout.
    const QSize phone = m_window->size();
    m_window->resize(1440, 900);
    m_shotPrefix = QStringLiteral("desk-");
    int deskNumber = 0;
    for (const Step &step : deskSteps() + adminSteps()) {
        if (!walked || !perform(++deskNumber, step))
            break;
    }
    m_window->resize(phone);
    number += deskNumber;
    // A text cut off fails the walk like a warning: every screen's are listed at once.
    for (const QString &cut : std::as_const(m_cutOffTexts))
        m_problems << QStringLiteral("text cut off: %1").arg(cut);
    if (!m_problems.isEmpty()) {
        for (const QString &problem : std::as_const(m_problems))
            std::fprintf(stderr, "touchpoint self-test: %s\n", qPrintable(problem));
        return 1;
    }
    std::printf("self-test: %d screens loaded without a warning\n", number);
    return 0;
}
