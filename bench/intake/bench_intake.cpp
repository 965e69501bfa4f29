// Audit intake over HTTP with 32 concurrent clients against the real touchpoint-server, on SQLite
// and on a throwaway PostgreSQL, compared in the same run with a plain insert of the same rows
// into the same kind of database without HTTP. Target: HTTP intake at least 0.5x the plain rate.

#include "ApiClient.h"
#include "DemoAudits.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "support/TestPaths.h"

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace tp;

namespace {

struct Figures
{
    double auditsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int failures = 0;
};

QList<QByteArray> makeAudits(int count)
{
    QList<QByteArray> bodies;
    for (int i = 0; i < count; ++i) {
        QJsonObject audit = test::selfAudit(QStringLiteral("exec1"));
        audit.insert(QStringLiteral("uuid"), test::newUuid());
        bodies.append(QJsonDocument(audit).toJson(QJsonDocument::Compact));
    }
    return bodies;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

// `clients` connections, each sending its next PUT when the last one is answered.
Figures runHttp(const QUrl &api, const QString &token, const QList<QByteArray> &bodies, int clients)
{
    QList<QNetworkAccessManager *> managers;
    QList<double> latencies;
    latencies.reserve(bodies.size());
    Figures figures;
    int next = 0;
    int outstanding = 0;
    QEventLoop loop;
    QElapsedTimer total;

    std::function<void(QNetworkAccessManager *)> sendNext = [&](QNetworkAccessManager *manager) {
        if (next >= bodies.size()) {
            if (outstanding == 0)
                loop.quit();
            return;
        }
        const QByteArray &body = bodies[next++];
        const QString uuid =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("uuid")).toString();
        QNetworkRequest request(QUrl(api.toString() + QStringLiteral("/audits/") + uuid));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        auto *timer = new QElapsedTimer;
        timer->start();
        ++outstanding;
        QNetworkReply *reply = manager->put(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, timer, manager] {
            latencies.append(double(timer->nsecsElapsed()) / 1e6);
            delete timer;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
                ++figures.failures;
            reply->deleteLater();
            --outstanding;
            sendNext(manager);
            if (next >= bodies.size() && outstanding == 0)
                loop.quit();
        });
    };

    total.start();
    for (int i = 0; i < clients; ++i) {
        auto *manager = new QNetworkAccessManager;
        manager->setProxy(QNetworkProxy::NoProxy);
        managers.append(manager);
        sendNext(manager);
    }
    loop.exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    qDeleteAll(managers);
    figures.auditsPerSecond = double(bodies.size()) / seconds;
    figures.p50Ms = percentile(latencies, 0.50);
    figures.p99Ms = percentile(latencies, 0.99);
    return figures;
}

// The rows the server writes for one audit, worked out before timing starts.
struct Row
{
    QString uuid, body, sha, scoreJson, startedAt;
    QVariant overall, nps;
    int passed = 0, criticalFailures = 0;
    QList<std::tuple<QString, QString, QVariant, qint64>> groups; // kind, name, percent, weight
};

QList<Row> makeRows(const QList<QByteArray> &bodies)
{
    const ScriptLoadResult script =
        loadScriptFile(test::sourcePath(QStringLiteral("assets/demo/scripts/store-visit.json")));
    QList<Row> rows;
    for (const QByteArray &json : bodies) {
        const Audit audit = *decodeAudit(json).audit;
        const ScoreResult score = scoreAudit(*script.script, audit);
        Row row;
        row.uuid = audit.uuid;
        row.body = QString::fromUtf8(canonicalAuditJson(audit));
        row.sha = auditContentSha256(audit);
        row.scoreJson = QString::fromUtf8(
            QJsonDocument(scoreToJson(*script.script, score)).toJson(QJsonDocument::Compact));
        row.startedAt = audit.startedAt;
        row.overall = score.overall ? QVariant(qint64(*score.overall))
                                    : QVariant(QMetaType(QMetaType::LongLong));
        row.nps = score.nps ? QVariant(*score.nps) : QVariant(QMetaType(QMetaType::Int));
        row.passed = score.passed ? 1 : 0;
        row.criticalFailures = int(score.criticalFailures.size());
        for (const GroupScore &g : score.touchpoints)
            row.groups.append({QStringLiteral("touchpoint"), g.name,
                               g.percent ? QVariant(qint64(*g.percent))
                                         : QVariant(QMetaType(QMetaType::LongLong)),
                               g.weight});
        for (const GroupScore &g : score.departments)
            row.groups.append({QStringLiteral("department"), g.name,
                               g.percent ? QVariant(qint64(*g.percent))
                                         : QVariant(QMetaType(QMetaType::LongLong)),
                               g.weight});
        rows.append(row);
    }
    return rows;
}

// One transaction per audit, as the server commits them: change counter, audit row, roll-ups.
double runPlainInsert(const QString &spec, const QList<Row> &rows, QString *error)
{
    const bool postgres = spec.startsWith(QLatin1String("postgresql://"));
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("plain"));
    if (postgres) {
        const QUrl url(spec);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db.setDatabaseName(spec);
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return 0;
    }
    QSqlQuery setup(db);
    if (!postgres) {
        setup.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        setup.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        setup.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    // The statements the server runs for an audit, prepared once and reused, as the server does.
    QSqlQuery counter(db);
    counter.prepare(QStringLiteral(
        "UPDATE counters SET value = value + 1 WHERE name = 'change' RETURNING value"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audits (uuid, body, content_sha256, script_id, "
                                  "script_version, site_id, auditor, mode,"
                                  " assignment_id, started_at, received_at, overall, passed, "
                                  "critical_failures, nps, score, change_seq)"
                                  " VALUES (?, ?, ?, 'store-visit', 1, 'store-bend', 'exec1', "
                                  "'self_audit', NULL, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QString groupSql = QStringLiteral(
        "INSERT INTO audit_scores (audit_uuid, kind, name, percent, weight) VALUES ");
    for (int i = 0; i < rows.first().groups.size(); ++i)
        groupSql += i ? QStringLiteral(", (?, ?, ?, ?, ?)") : QStringLiteral("(?, ?, ?, ?, ?)");
    QSqlQuery groups(db);
    groups.prepare(groupSql);

    QElapsedTimer timer;
    timer.start();
    for (const Row &row : rows) {
        db.transaction();
        counter.exec();
        counter.next();
        const QVariant change = counter.value(0);
        counter.finish();
        for (const QVariant &v :
             {QVariant(row.uuid), QVariant(row.body), QVariant(row.sha), QVariant(row.startedAt),
              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), row.overall,
              QVariant(row.passed), QVariant(row.criticalFailures), row.nps,
              QVariant(row.scoreJson), change})
            insert.addBindValue(v);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return 0;
        }
        for (const auto &[kind, name, percent, weight] : row.groups) {
            for (const QVariant &v :
                 {QVariant(row.uuid), QVariant(kind), QVariant(name), percent, QVariant(weight)})
                groups.addBindValue(v);
        }
        if (!groups.exec()) {
            *error = groups.lastError().text();
            return 0;
        }
        db.commit();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    counter = QSqlQuery();
    insert = QSqlQuery();
    groups = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return double(rows.size()) / seconds;
}

QString login(const QUrl &api)
{
    test::ApiClient client(api);
    const test::ApiReply reply =
        client.post(QStringLiteral("/login"),
                    QJsonObject{{QStringLiteral("username"), QStringLiteral("exec1")},
                                {QStringLiteral("password"), QStringLiteral("touchpoint-demo")}});
    return reply.object().value(QStringLiteral("token")).toString();
}

bool runBackend(const QString &name, const QString &httpSpec, const QString &plainSpec, int audits,
                int clients)
{
    QString error;
    test::ServerProcess server;
    if (!test::ServerProcess::initDemo(httpSpec, &error) || !server.start(httpSpec, {}, &error)) {
        std::printf("%s: cannot start the server: %s\n", qPrintable(name), qPrintable(error));
        return false;
    }
    const QString token = login(server.apiUrl());
    const QList<QByteArray> bodies = makeAudits(audits);
    runHttp(server.apiUrl(), token, makeAudits(clients * 4),
            clients); // warm-up: connections, caches
    const Figures http = runHttp(server.apiUrl(), token, bodies, clients);
    server.stop();

    if (!test::ServerProcess::initDemo(plainSpec, &error)) {
        std::printf("%s: cannot prepare the plain database: %s\n", qPrintable(name),
                    qPrintable(error));
        return false;
    }
    const double plain = runPlainInsert(plainSpec, makeRows(bodies), &error);
    if (plain <= 0) {
        std::printf("%s: plain insert failed: %s\n", qPrintable(name), qPrintable(error));
        return false;
    }
    const double ratio = http.auditsPerSecond / plain;
    const bool met = ratio >= 0.5 && http.failures == 0;
    std::printf(
        "%-10s %6d audits, %2d clients: HTTP %7.0f audits/s (p50 %6.2f ms, p99 %6.2f ms, %d failed)"
        " | plain insert %7.0f audits/s | ratio %.2f (target >= 0.50) %s\n",
        qPrintable(name), audits, clients, http.auditsPerSecond, http.p50Ms, http.p99Ms,
        http.failures, plain, ratio, met ? "met" : "MISSED");
    return met;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int audits = args.contains(QStringLiteral("--quick")) ? 400 : 3000;
    const int clients = 32;

    QTemporaryDir dir;
    bool allMet = runBackend(QStringLiteral("SQLite"), dir.filePath(QStringLiteral("http.sqlite")),
                             dir.filePath(QStringLiteral("plain.sqlite")), audits, clients);

    test::PostgresCluster cluster;
    QString error;
    if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("http"), &error) ||
        !cluster.createDatabase(QStringLiteral("plain"), &error)) {
        std::printf("PostgreSQL: cannot start a throwaway cluster: %s\n", qPrintable(error));
        return 1;
    }
    allMet = runBackend(QStringLiteral("PostgreSQL"), cluster.url(QStringLiteral("http")),
                        cluster.url(QStringLiteral("plain")), audits, clients) &&
             allMet;
    return allMet ? 0 : 1;
}
