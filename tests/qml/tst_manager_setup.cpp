// Qt Quick Test of the manager screens against the real server: a throwaway `touchpoint-server`
// (demo organisation, SQLite, a free port on 127.0.0.1) holding two self-audits of the Bend store
// and three of the North Lakes store (their check-ins for the admin's site form) filed by exec1,
// and a FieldApp that syncs with it. tst_manager.qml then signs in as manager1 and store1 and
// drives the screens. Assignments for manager1's region are seeded too, more than one page of
// them (tst_assignments.qml), and ServerSide reads an assignment's state back from the server.
#include "TestProbe.h"
#include "ui/FieldApp.h"
#include "ui/manager/ChartRowModel.h"
#include "ui/manager/ExecutiveModel.h"
#include "ui/manager/HeatmapModel.h"
#include "ui/manager/PhoneLineModel.h"
#include "ui/manager/PromiseModel.h"
#include "ui/manager/SpreadModel.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQmlContext>
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

// A demo user's token (their password is the demo's); fatal when the server refuses.
QByteArray signInToken(QNetworkAccessManager &network, const QUrl &server, const QString &username)
{
    int status = 0;
    const QJsonObject login =
        call(network, "POST", QUrl(server.toString() + QStringLiteral("/api/v1/login")), {},
             QJsonObject{{QStringLiteral("username"), username},
                         {QStringLiteral("password"), QStringLiteral("touchpoint-demo")}},
             &status);
    const QByteArray token = login.value(QLatin1String("token")).toString().toUtf8();
    if (status != 200 || token.isEmpty())
        qFatal("%s cannot sign in (HTTP %d)", qPrintable(username), status);
    return token;
}

tp::ui::ChartRow chartRow(const QString &label, double value, bool hasValue, const QString &text,
                          const QString &detail = {}, int promoters = 0, int detractors = 0)
{
    tp::ui::ChartRow row;
    row.label = label;
    row.value = value;
    row.hasValue = hasValue;
    row.text = text;
    row.detail = detail;
    row.promoters = promoters;
    row.detractors = detractors;
    return row;
}

tp::ui::HeatCell heatCell(double value, bool hasValue, const QString &text)
{
    tp::ui::HeatCell cell;
    cell.value = value;
    cell.hasValue = hasValue;
    cell.text = text;
    return cell;
}

tp::ui::PhoneLine phoneLine(const QString &label, const QString &callsText, double answer,
                            double menus, double hold, const QStringList &texts)
{
    tp::ui::PhoneLine line;
    line.label = label;
    line.callsText = callsText;
    line.answer = answer;
    line.menus = menus;
    line.hold = hold;
    line.answerText = texts.value(0);
    line.menusText = texts.value(1);
    line.holdText = texts.value(2);
    line.transfersText = texts.value(3);
    line.resolvedText = texts.value(4);
    return line;
}

} // namespace

// Known rows for the charts' geometry test (the Charts case of tst_manager.qml), in the typed
// models the controllers hand to the screens.
class ChartSamples : public QObject
{
    Q_OBJECT
    Q_PROPERTY(tp::ui::ChartRowModel *bars MEMBER m_bars CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *nps MEMBER m_nps CONSTANT)
    Q_PROPERTY(tp::ui::SpreadModel *spread MEMBER m_spread CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *trend MEMBER m_trend CONSTANT)
    Q_PROPERTY(tp::ui::HeatmapModel *heat MEMBER m_heat CONSTANT)
    Q_PROPERTY(tp::ui::ChartRowModel *gaps MEMBER m_gaps CONSTANT)
    Q_PROPERTY(tp::ui::PhoneLineModel *calls MEMBER m_calls CONSTANT)
    Q_PROPERTY(tp::ui::ExecutiveModel *executives MEMBER m_executives CONSTANT)
    Q_PROPERTY(tp::ui::PromiseModel *promises MEMBER m_promises CONSTANT)

public:
    explicit ChartSamples(QObject *parent = nullptr)
        : QObject(parent)
    {
        using namespace tp::ui;
        m_bars->setRows({chartRow(QStringLiteral("Bend"), 90, true, QStringLiteral("90.0")),
                         chartRow(QStringLiteral("Portland"), 45, true, QStringLiteral("45.0")),
                         chartRow(QStringLiteral("Seattle"), 0, false, QStringLiteral("–"))});
        m_nps->setRows(
            {chartRow(QStringLiteral("Bend"), 50, true, QStringLiteral("50"), {}, 6, 1),
             chartRow(QStringLiteral("Portland"), -25, true, QStringLiteral("-25"), {}, 1, 3)});
        SpreadRow spread;
        spread.label = QStringLiteral("Greeting");
        spread.min = 60;
        spread.max = 90;
        spread.mean = 75;
        spread.sd = 12;
        spread.sites = 3;
        spread.text = QStringLiteral("60–90 · σ 12");
        m_spread->setRows({spread});
        m_trend->setRows({chartRow(QStringLiteral("Jan"), 70, true, QStringLiteral("70")),
                          chartRow(QStringLiteral("Feb"), 80, true, QStringLiteral("80")),
                          chartRow(QStringLiteral("Mar"), 90, true, QStringLiteral("90"))});
        HeatGrid grid;
        grid.columns = QStringList{QStringLiteral("Bend"), QStringLiteral("Portland")};
        grid.rows = {HeatRow{QStringLiteral("Greeting"),
                             {heatCell(95, true, QStringLiteral("95")),
                              heatCell(55, true, QStringLiteral("55"))}},
                     HeatRow{QStringLiteral("Checkout"),
                             {heatCell(80, true, QStringLiteral("80")),
                              heatCell(0, false, QStringLiteral("–"))}}};
        m_heat->setGrid(grid);
        m_gaps->setRows({chartRow(QStringLiteral("Bend"), 10, true, QStringLiteral("10.0"),
                                  QStringLiteral("90 vs 80")),
                         chartRow(QStringLiteral("Portland"), -5, true, QStringLiteral("-5.0"),
                                  QStringLiteral("70 vs 75")),
                         chartRow(QStringLiteral("Seattle"), 0, false, QStringLiteral("–"),
                                  QStringLiteral("88 vs –"))});
        m_calls->setRows(
            {phoneLine(QStringLiteral("Support"), QStringLiteral("3 calls"), 10, 20, 40,
                       {QStringLiteral("10 s"), QStringLiteral("20 s"), QStringLiteral("40 s"),
                        QStringLiteral("0.5"), QStringLiteral("67 %")}),
             phoneLine(QStringLiteral("Returns"), QStringLiteral("1 call"), 5, -1, -1,
                       {QStringLiteral("5.0 s"), QStringLiteral("–"), QStringLiteral("–"),
                        QStringLiteral("–"), QStringLiteral("–")})});
        ExecutiveRow executive;
        executive.user = QStringLiteral("exec1");
        executive.label = QStringLiteral("Eleanor");
        executive.visitText = QStringLiteral("3 days ago");
        executive.callText = QStringLiteral("never");
        executive.visitLate = false;
        executive.callLate = true;
        m_executives->setRows({executive});
        PromiseRow promise;
        promise.label = QStringLiteral("Bend");
        promise.kept = 3;
        promise.broken = 1;
        promise.actions = 4;
        promise.keptText = QStringLiteral("75 % kept");
        m_promises->setRows({promise});
    }

private:
    tp::ui::ChartRowModel *m_bars = new tp::ui::ChartRowModel(this);
    tp::ui::ChartRowModel *m_nps = new tp::ui::ChartRowModel(this);
    tp::ui::SpreadModel *m_spread = new tp::ui::SpreadModel(this);
    tp::ui::ChartRowModel *m_trend = new tp::ui::ChartRowModel(this);
    tp::ui::HeatmapModel *m_heat = new tp::ui::HeatmapModel(this);
    tp::ui::ChartRowModel *m_gaps = new tp::ui::ChartRowModel(this);
    tp::ui::PhoneLineModel *m_calls = new tp::ui::PhoneLineModel(this);
    tp::ui::ExecutiveModel *m_executives = new tp::ui::ExecutiveModel(this);
    tp::ui::PromiseModel *m_promises = new tp::ui::PromiseModel(this);
};

// An assignment's state as the server has it (GET /assignments/{id} as admin), so that a test
// checks what the screen did on the server and not only what the screen shows.
class ServerSide : public QObject
{
    Q_OBJECT

public:
    void setServer(const QUrl &url) { m_url = url; }

    Q_INVOKABLE QString assignmentState(const QString &id)
    {
        QNetworkAccessManager network;
        int status = 0;
        const QJsonObject assignment = call(
            network, "GET", QUrl(m_url.toString() + QStringLiteral("/api/v1/assignments/") + id),
            token(), {}, &status);
        return status == 200 ? assignment.value(QLatin1String("state")).toString()
                             : QStringLiteral("HTTP %1").arg(status);
    }

    // Withdraws an assignment behind the screen's back (another manager did); the HTTP status.
    Q_INVOKABLE int withdrawAssignment(const QString &id)
    {
        QNetworkAccessManager network;
        int status = 0;
        call(network, "POST",
             QUrl(m_url.toString() + QStringLiteral("/api/v1/assignments/%1/withdraw").arg(id)),
             token(), {}, &status);
        return status;
    }

private:
    QByteArray token()
    {
        if (m_token.isEmpty()) {
            QNetworkAccessManager network;
            m_token = signInToken(network, m_url, QStringLiteral("admin"));
        }
        return m_token;
    }

    QUrl m_url;
    QByteArray m_token;
};

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
        seedAssignments();
        m_serverSide.setServer(m_url);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("ChartSamples"), &m_samples);
        engine->rootContext()->setContextProperty(QStringLiteral("ServerSide"), &m_serverSide);
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
        const QByteArray token = signInToken(network, m_url, QStringLiteral("exec1"));
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
        // Three self-audits of the North Lakes store (radius 120 m, another region than
        // manager1's), for the admin's drawing of its check-ins: two inside, one 222 m north.
        const struct
        {
            double north;
            double east;
        } offsets[] = {{0.0003, 0}, {0, 0.0005}, {0.002, 0}};
        for (const auto &offset : offsets) {
            QJsonObject audit = good;
            const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            audit.insert(QStringLiteral("uuid"), uuid);
            audit.insert(QStringLiteral("auditor"), QStringLiteral("exec1"));
            audit.insert(QStringLiteral("mode"), QStringLiteral("self_audit"));
            audit.insert(QStringLiteral("site"), QStringLiteral("store-north-lakes"));
            audit.remove(QStringLiteral("assignment"));
            QJsonObject checkIn = audit.value(QStringLiteral("checkIn")).toObject();
            checkIn.insert(QStringLiteral("latitude"), -27.210867 + offset.north);
            checkIn.insert(QStringLiteral("longitude"), 153.052328 + offset.east);
            audit.insert(QStringLiteral("checkIn"), checkIn);
            call(network, "PUT", QUrl(m_url.toString() + QStringLiteral("/api/v1/audits/") + uuid),
                 token, audit, &status);
            if (status != 201)
                qFatal("the seeded North Lakes audit was refused (HTTP %d)", status);
        }
    }

    // Manager1's region (Americas) beside the demo's two: one overdue at Portland, one later at
    // Bend, and enough at Seattle that the list has a second page (the server's pages are 100
    // rows); each with its own window, so that every order is one order.
    void seedAssignments()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto iso = [](const QDateTime &time) {
            return time.toString(Qt::ISODate);
        };
        auto assignment = [&](const QString &id, const QString &site, const QString &shopper,
                              const QDateTime &start, const QDateTime &end) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("site"), site},
                               {QStringLiteral("script"),
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("store-visit")},
                                            {QStringLiteral("version"), 1}}},
                               {QStringLiteral("shopper"), shopper},
                               {QStringLiteral("windowStart"), iso(start)},
                               {QStringLiteral("windowEnd"), iso(end)}};
        };
        QJsonArray list{assignment(QStringLiteral("qa-portland-late"),
                                   QStringLiteral("store-portland"), QStringLiteral("shopper2"),
                                   now.addDays(-10), now.addDays(-2)),
                        assignment(QStringLiteral("qa-bend-later"), QStringLiteral("store-bend"),
                                   QStringLiteral("shopper2"), now.addDays(3), now.addDays(30))};
        for (int i = 1; i <= 110; ++i)
            list.append(assignment(QStringLiteral("qa-seattle-%1").arg(i, 3, 10, QLatin1Char('0')),
                                   QStringLiteral("store-seattle"), QStringLiteral("shopper1"),
                                   now.addDays(40).addSecs(3600 * i),
                                   now.addDays(60).addSecs(3600 * i)));
        QNetworkAccessManager network;
        int status = 0;
        const QByteArray token = signInToken(network, m_url, QStringLiteral("admin"));
        call(network, "POST", QUrl(m_url.toString() + QStringLiteral("/api/v1/assignments/bulk")),
             token, QJsonObject{{QStringLiteral("assignments"), list}}, &status);
        if (status != 201)
            qFatal("the seeded assignments were refused (HTTP %d)", status);
    }

    QTemporaryDir m_folder;
    ChartSamples m_samples;
    ServerSide m_serverSide;
    QProcess m_server;
    QUrl m_url;
    std::vector<std::unique_ptr<tp::ui::FieldApp>> m_apps;
    std::vector<std::unique_ptr<QTemporaryDir>> m_folders;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_manager, Setup)

#include "tst_manager_setup.moc"
