#include "AppStartup.h"
#include "LaunchOptions.h"
#include "WindowPlacement.h"
#include "platform/RuntimePermissions.h"
#include "ui/FieldApp.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    tp::app::nameApplication();
    QGuiApplication app(argc, argv);
    tp::app::styleApplication();

    const LaunchOptions options = parseLaunchOptions(QGuiApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "touchpoint: %s\n", qPrintable(options.error));
        return 2;
    }
    const auto fieldApp = tp::app::openFieldApp(options.app);
    if (!fieldApp)
        return 1;
    QQmlApplicationEngine engine;
    QQuickWindow *window = tp::app::loadMainWindow(engine);
    if (!window)
        return 1;
#if !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    tp::app::keepWindowPlacement(*window);
#endif
    tp::platform::requestRuntimePermissions([](bool, bool) {});
    return app.exec();
}
