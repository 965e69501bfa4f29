// Qt Quick Test of the manager screens against the real server: a throwaway `touchpoint-server`
// (demo organisation, SQLite, a free port on 127.0.0.1) holding two self-audits of the Bend store
// filed by exec1, and a FieldApp that syncs with it. tst_manager.qml then signs in as manager1
// and store1 and drives the screens.
#include "TestProbe.h"
#include "ui/FieldApp.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <cstdio>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Touchpoint_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(Touchpoint_UiPlugin)

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One request, waited for: the set-up runs before any QML.
QJsonObject call(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                 const QByteArray &token, const QJsonObject &body, int *status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_folder.isValid())
            qFatal("cannot create a temporary folder");
        const QString db = m_folder.filePath(QStringLiteral("server.sqlite"));
        if (QProcess::execute(QStringLiteral(TOUCHPOINT_SERVER_BINARY),
                              {QStringLiteral("init"), QStringLiteral("--db"), db,
                               QStringLiteral("--demo")}) != 0)
            qFatal("touchpoint-server init failed");
        const int port = freePort();
        m_server.setProgram(QStringLiteral(TOUCHPOINT_SERVER_BINARY));
        m_server.setArguments({QStringLiteral("serve"), QStringLiteral("--db"), db,
                               QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(port)});
        m_server.setStandardErrorFile(m_folder.filePath(QStringLiteral("server.log")));
        m_server.start();
        if (!m_server.waitForStarted())
            qFatal("touchpoint-server did not start");
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (socket.waitForConnected(100))
                break;
            QThread::msleep(50);
        }
        seedAudits();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        auto folder = std::make_unique<QTemporaryDir>();
        tp::ui::AppOptions options;
        options.databaseFile = folder->filePath(QStringLiteral("touchpoint.sqlite"));
        options.photoFolder = folder->filePath(QStringLiteral("photos"));
        options.demo = true;
        options.serverUrl = m_url;
        options.tokenInFileOnly = true;
        options.nmeaReplayFile = QStringLiteral(TOUCHPOINT_SOURCE_DIR "/assets/nmea/mt3339.nmea");
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
        checkExports();
        tp::ui::FieldApp::setInstance(nullptr);
        TestProbe::setApp(nullptr);
        m_apps.clear();
        m_folders.clear();
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

private:
    // What the screens exported (into each app's data folder): PDFs that are PDFs, CSVs with a
    // header and at least one row. The QML test checks that the screens said where they are.
    void checkExports()
    {
        int files = 0;
        for (const auto &folder : m_folders) {
            const QDir exports(folder->filePath(QStringLiteral("exports")));
            for (const QFileInfo &info : exports.entryInfoList(QDir::Files)) {
                QFile file(info.filePath());
                if (!file.open(QIODevice::ReadOnly))
                    qFatal("cannot read the export %s", qPrintable(info.filePath()));
                const QByteArray bytes = file.readAll();
                ++files;
                if (info.suffix() == QLatin1String("pdf") && !bytes.startsWith("%PDF"))
                    qFatal("%s is not a PDF", qPrintable(info.fileName()));
                if (info.suffix() == QLatin1String("csv") && bytes.count('\n') < 2)
                    qFatal("%s has no rows", qPrintable(info.fileName()));
            }
        }
        if (files < 4)
            qFatal("expected 4 exports (audit and report PDF, audits and answers CSV), found %d",
                   files);
        std::printf("exports checked: %d files\n", files);
    }

    // Two self-audits of the Bend store by exec1 (the demo's good visit with new uuids), so
    // that manager1 has something to approve and something to reject.
    void seedAudits()
    {
        QFile file(QStringLiteral(TOUCHPOINT_SOURCE_DIR "/assets/demo/audits/good.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read good.json");
        const QJsonObject good = QJsonDocument::fromJson(file.readAll()).object();
        QNetworkAccessManager network;
        int status = 0;
        const QJsonObject login =
            call(network, "POST", QUrl(m_url.toString() + QStringLiteral("/api/v1/login")), {},
                 QJsonObject{{QStringLiteral("username"), QStringLiteral("exec1")},
                             {QStringLiteral("password"), QStringLiteral("touchpoint-demo")}},
                 &status);
        const QByteArray token = login.value(QLatin1String("token")).toString().toUtf8();
        if (status != 200 || token.isEmpty())
            qFatal("exec1 cannot sign in (HTTP %d)", status);
        for (int i = 0; i < 2; ++i) {
            QJsonObject audit = good;
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            audit.insert(QStringLiteral("uuid"), uuid);
            audit.insert(QStringLiteral("auditor"), QStringLiteral("exec1"));
            audit.insert(QStringLiteral("mode"), QStringLiteral("self_audit"));
            audit.remove(QStringLiteral("assignment"));
            call(network, "PUT", QUrl(m_url.toString() + QStringLiteral("/api/v1/audits/") + uuid),
                 token, audit, &status);
            if (status != 201)
                qFatal("the seeded audit was refused (HTTP %d)", status);
        }
    }

    QTemporaryDir m_folder;
    QProcess m_server;
    QUrl m_url;
    std::vector<std::unique_ptr<tp::ui::FieldApp>> m_apps;
    std::vector<std::unique_ptr<QTemporaryDir>> m_folders;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_manager, Setup)

#include "tst_manager_setup.moc"
