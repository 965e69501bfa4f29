#include "AppStartup.h"
#include "LaunchOptions.h"
#include "platform/RuntimePermissions.h"
#include "ui/FieldApp.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>

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
    if (!tp::app::loadMainWindow(engine))
        return 1;
    tp::platform::requestRuntimePermissions([](bool, bool) {});
    return app.exec();
}
