// `touchpoint-tour`: the field app started the way `touchpoint` starts it, then walked by a
// program instead of a person (the self-test, the screenshots) or timed (bench_startup).
// It is built beside `touchpoint` and never shipped.
#include "AppStartup.h"
#include "FirstFrameReport.h"
#include "ScreenTour.h"
#include "TourOptions.h"
#include "ui/FieldApp.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    tp::app::nameApplication();
    if (tourRunsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tp::app::styleApplication();

    TourOptions options = parseTourOptions(QGuiApplication::arguments());
    if (!options.launch.error.isEmpty()) {
        std::fprintf(stderr, "touchpoint-tour: %s\n", qPrintable(options.launch.error));
        return 2;
    }
    // The walks run on a throwaway database: they never touch the user's audits.
    QTemporaryDir tourFolder;
    const bool walk = options.mode != TourOptions::Mode::FirstFrame;
    if (walk) {
        options.launch.app.databaseFile = tourFolder.filePath(QStringLiteral("touchpoint.sqlite"));
        options.launch.app.photoFolder = tourFolder.filePath(QStringLiteral("photos"));
    }
    const auto fieldApp = tp::app::openFieldApp(options.launch.app);
    if (!fieldApp)
        return 1;

    QQmlApplicationEngine engine;
    // The tour collects warnings from before the screens load.
    std::unique_ptr<ScreenTour> screenTour;
    if (walk)
        screenTour = std::make_unique<ScreenTour>(*fieldApp, engine, options.screenshotFolder);
    QQuickWindow *window = tp::app::loadMainWindow(engine);
    if (!window)
        return 1;
    if (screenTour)
        return screenTour->run();
    reportFramesAndQuit(window);
    return app.exec();
}
