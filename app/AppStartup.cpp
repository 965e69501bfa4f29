#include "AppStartup.h"

#include "platform/BackupExclusion.h"
#include "ui/FieldApp.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Touchpoint_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(Touchpoint_UiPlugin)

namespace tp::app {

namespace {
Q_LOGGING_CATEGORY(lcApp, "touchpoint.app")
}

void nameApplication()
{
    QGuiApplication::setApplicationName(QStringLiteral("Touchpoint"));
    QGuiApplication::setOrganizationName(QStringLiteral("Touchpoint"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TOUCHPOINT_VERSION));
}

void styleApplication()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("org.touchpoint.app"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

std::unique_ptr<ui::FieldApp> openFieldApp(const ui::AppOptions &options)
{
    const QString folder = QFileInfo(options.databaseFile).path();
    // The server URL is logged without any user name or password it might carry.
    qCInfo(lcApp).noquote() << "Touchpoint" << QGuiApplication::applicationVersion()
                            << "starting; data folder" << folder
                            << (options.demo ? "(demo)" : "(not demo)") << "server"
                            << (options.serverUrl.isEmpty()
                                    ? QStringLiteral("none")
                                    : options.serverUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (QString error; !platform::excludeFromBackup(folder, &error))
        std::fprintf(stderr, "touchpoint: %s\n", qPrintable(error)); // not fatal: work goes on
    auto opened = ui::FieldApp::open(options);
    if (!opened.app) {
        std::fprintf(stderr, "touchpoint: %s\n", qPrintable(opened.error));
        return nullptr;
    }
    ui::FieldApp::setInstance(opened.app.get());
    return std::move(opened.app);
}

QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Touchpoint/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

} // namespace tp::app
