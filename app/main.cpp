#include "LaunchOptions.h"
#include "ScreenTour.h"
#include "platform/BackupExclusion.h"
#include "platform/RuntimePermissions.h"
#include "ui/FieldApp.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <ctime>

Q_IMPORT_QML_PLUGIN(Touchpoint_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(Touchpoint_UiPlugin)

namespace {

void printMonotonic(const char *what)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("%s %lld\n", what, qint64(now.tv_sec) * 1000000000LL + now.tv_nsec);
    std::fflush(stdout);
}

// For bench/app: prints the monotonic time of the first frame, and of the first frame that
// shows a screen (the screens load asynchronously after the first frame), then quits.
void reportFramesAndQuit(QQuickWindow *window)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window] {
        static bool first = true;
        if (first) {
            first = false;
            printMonotonic("first-frame");
        }
        if (window->property("ready").toBool()) {
            printMonotonic("screen-ready");
            QCoreApplication::quit();
        } else {
            window->requestUpdate();
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("Touchpoint"));
    QGuiApplication::setOrganizationName(QStringLiteral("Touchpoint"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TOUCHPOINT_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool tour = arguments.contains(QStringLiteral("--self-test")) ||
                      arguments.contains(QStringLiteral("--screenshots"));
    if (tour && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.touchpoint.app"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    LaunchOptions options = parseLaunchOptions(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "touchpoint: %s\n", qPrintable(options.error));
        return 2;
    }
    // The tour runs on a throwaway database: it never touches the user's audits.
    QTemporaryDir tourFolder;
    if (tour) {
        options.app.databaseFile = tourFolder.filePath(QStringLiteral("touchpoint.sqlite"));
        options.app.photoFolder = tourFolder.filePath(QStringLiteral("photos"));
    }
    if (QString error;
        !tp::platform::excludeFromBackup(QFileInfo(options.app.databaseFile).path(), &error))
        std::fprintf(stderr, "touchpoint: %s\n", qPrintable(error)); // not fatal: work goes on
    auto opened = tp::ui::FieldApp::open(options.app);
    if (!opened.app) {
        std::fprintf(stderr, "touchpoint: %s\n", qPrintable(opened.error));
        return 1;
    }
    tp::ui::FieldApp::setInstance(opened.app.get());

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    std::unique_ptr<ScreenTour> screenTour;
    if (tour)
        screenTour = std::make_unique<ScreenTour>(*opened.app, engine, options.screenshotFolder);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Touchpoint/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (screenTour)
        return screenTour->run();

    if (options.quitAfterFirstFrame) {
        reportFramesAndQuit(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    }
    tp::platform::requestRuntimePermissions([](bool, bool) {});
    return app.exec();
}
