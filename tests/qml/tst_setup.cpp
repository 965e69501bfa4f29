// Qt Quick Tests of the whole app: each tst_*.qml file gets its own QML engine, and here each
// engine gets a fresh FieldApp in demo mode on its own throwaway database, as main() builds it.
#include "TestProbe.h"
#include "ui/FieldApp.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Touchpoint_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(Touchpoint_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto folder = std::make_unique<QTemporaryDir>();
        if (!folder->isValid())
            qFatal("cannot create a temporary folder: %s", qPrintable(folder->errorString()));
        tp::ui::AppOptions options;
        options.databaseFile = folder->filePath(QStringLiteral("touchpoint.sqlite"));
        options.photoFolder = folder->filePath(QStringLiteral("photos"));
        options.demo = true;
        options.nmeaReplayFile = QStringLiteral(TOUCHPOINT_SOURCE_DIR "/assets/nmea/mt3339.nmea");
        options.positionTimeoutMs = 10000;
        auto opened = tp::ui::FieldApp::open(options);
        if (!opened.app)
            qFatal("cannot open the app: %s", qPrintable(opened.error));
        tp::ui::FieldApp::setInstance(opened.app.get());
        TestProbe::setApp(opened.app.get());
        m_apps.push_back(std::move(opened.app));
        m_folders.push_back(std::move(folder));
    }

    void cleanupTestCase()
    {
        tp::ui::FieldApp::setInstance(nullptr);
        TestProbe::setApp(nullptr);
        m_apps.clear();
        m_folders.clear();
    }

private:
    // Kept until the end: QML engines of earlier files may still hold the singletons.
    std::vector<std::unique_ptr<tp::ui::FieldApp>> m_apps;
    std::vector<std::unique_ptr<QTemporaryDir>> m_folders;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_setup.moc"
