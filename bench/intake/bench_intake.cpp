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
#include "storage/AuditRows.h"
#include "storage/Database.h"

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
    Audit audit;
    ScoreResult score;
};

QList<Row> makeRows(const Script &script, const QList<QByteArray> &bodies)
{
    QList<Row> rows;
    for (const QByteArray &json : bodies) {
        Row row;
        row.audit = *decodeAudit(json).audit;
        row.score = scoreAudit(script, row.audit);
        row.uuid = row.audit.uuid;
        row.body = QString::fromUtf8(canonicalAuditJson(row.audit));
        row.sha = auditContentSha256(row.audit);
        row.scoreJson =
            QString::fromUtf8(QJsonDocument(scoreToJson(script, row.score, ScoreDetail::Summary))
                                  .toJson(QJsonDocument::Compact));
        row.startedAt = row.audit.startedAt;
        row.overall = row.score.overall ? QVariant(qint64(*row.score.overall))
                                        : QVariant(QMetaType(QMetaType::LongLong));
        row.nps = row.score.nps ? QVariant(*row.score.nps) : QVariant(QMetaType(QMetaType::Int));
        row.passed = row.score.passed ? 1 : 0;
        row.criticalFailures = int(row.score.criticalFailures.size());
        rows.append(row);
    }
    return rows;
}

// One transaction per audit, as the server commits them: change counter, audit row, roll-ups.
// With the server's own storage code: the same connection set-up, kept statements, change
// counter and roll-up rows; only HTTP, sign-in, validation and scoring are left out.
double runPlainInsert(const QString &spec, const Script &script, const QList<Row> &rows,
                      QString *error)
{
    server::Database db;
    if (!db.open(spec, error))
        return 0;
    QElapsedTimer timer;
    timer.start();
    for (const Row &row : rows) {
        server::Transaction transaction(db);
        const auto change = db.nextChange();
        QSqlQuery insert =
            db.prepare(QStringLiteral("INSERT INTO audits (uuid, body, content_sha256, script_id, "
                                      "script_version, site_id, auditor, mode,"
                                      " assignment_id, started_at, received_at, overall, passed, "
                                      "critical_failures, nps, score, change_seq)"
                                      " VALUES (?, ?, ?, 'store-visit', 1, 'store-bend', 'exec1', "
                                      "'self_audit', NULL, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(row.uuid), QVariant(row.body), QVariant(row.sha), QVariant(row.startedAt),
              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), row.overall,
              QVariant(row.passed), QVariant(row.criticalFailures), row.nps,
              QVariant(row.scoreJson), QVariant(change.value_or(0))})
            insert.addBindValue(v);
        if (!change || !server::exec(insert, error) ||
            !server::storeAuditRows(db, row.uuid, script, row.audit, row.score, error) ||
            !transaction.commit()) {
            if (error->isEmpty())
                *error = QStringLiteral("commit failed");
            return 0;
        }
    }
    return double(rows.size()) / (double(timer.nsecsElapsed()) / 1e9);
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
    const ScriptLoadResult script =
        loadScriptFile(test::sourcePath(QStringLiteral("assets/demo/scripts/store-visit.json")));
    const double plain =
        runPlainInsert(plainSpec, *script.script, makeRows(*script.script, bodies), &error);
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
