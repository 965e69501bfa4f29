// Sync of a long queue: one phone with 10,000 submitted audits (60 answers each, every
// 10th with 2 photos of 200 KB) pushes them to the real touchpoint-server on loopback (SQLite)
// with the app's SyncClient on its own thread. Prints the time until every audit is on the
// server, until every photo is, and until the phone has confirmed everything; audits/s; and the
// sync process's resident memory, for a queue of 1,000 and of 10,000, to show that it does not
// grow with the queue. Target: the 10,000 audits on the server in under 10 s. Then, to tell the
// client's share from the server's: the server alone taking the same audits from memory on 4
// connections, and one 200 KB photo PUT at a time through QNetworkAccessManager.
//
// Each queue is prepared by a child process (`--prepare`, the app's own storage code), and
// synced by another (`--sync`), so that the memory measured is the sync's alone: the peak
// (VmHWM) and /proc/self/statm sampled every 100 ms. The parent runs the server
// and watches its database (a read-only connection, every 20 ms) for the moment the last audit
// and the last photo arrive.
//
//   bench_sync                 1,000 and 10,000 audits with photos, and 10,000 without photos
//   bench_sync --quick         1,000 and 2,000
//   bench_sync --runs N        each size N times
//   bench_sync --only N 0|1    one queue of N audits, without (0) or with (1) photos
//   bench_sync --ceiling N C   the server alone: N audits PUT from memory on C connections
//   TOUCHPOINT_BENCH_SYNC_WRAPPER="valgrind --tool=callgrind" runs the sync child under it
//   TOUCHPOINT_SYNC_CONCURRENCY, TOUCHPOINT_SYNC_BULK: requests in flight, audits per bulk upload

#include "ApiClient.h"
#include "ServerProcess.h"
#include "SyncDevices.h"
#include "SyntheticScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tp;

namespace {

constexpr double kTargetSeconds = 10.0;
constexpr int kAnswers = 60;
constexpr int kPhotoBytes = 200 * 1024;
const QString kAuditor = QStringLiteral("bench-exec");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

long rssKilobytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

// The peak resident memory of this program: VmHWM. (Linux's ru_maxrss would do, but it keeps
// the high-water mark of the process from before its exec: that of the forked parent.)
long maxRssKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// CPU seconds (user + system) this process has used.
double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds (user + system) another process has used so far, from /proc/PID/stat.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> after = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 of what follows ")".
    return after.size() > 12
               ? (after[11].toDouble() + after[12].toDouble()) / double(sysconf(_SC_CLK_TCK))
               : 0;
}

// Child: fills the phone's database.
int prepareMain(const QString &folder, int audits, bool photos)
{
    QElapsedTimer clock;
    clock.start();
    test::DeviceSpec spec;
    spec.folder = folder;
    spec.auditor = kAuditor;
    spec.audits = audits;
    spec.script = bench::syntheticScript(kAnswers);
    spec.scriptId = QStringLiteral("synthetic");
    spec.scriptVersion = 1;
    spec.answersFrom = bench::syntheticAudit(kAnswers);
    spec.photoItem = QStringLiteral("item_9");
    spec.photoEvery = photos ? 10 : 0;
    spec.photosPerAudit = 2;
    spec.photoMinBytes = kPhotoBytes;
    spec.photoMaxBytes = kPhotoBytes;
    spec.seed = 20261126;
    test::DeviceContents contents;
    QString error;
    if (!test::makeDevice(spec, &contents, &error)) {
        std::fprintf(stderr, "bench_sync --prepare: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("PREPARED audits=%lld photos=%lld photo_bytes=%lld ms=%lld\n",
                static_cast<long long>(contents.uuids.size()),
                static_cast<long long>(contents.photos.size()),
                static_cast<long long>(contents.photoBytes),
                static_cast<long long>(clock.elapsed()));
    return 0;
}

// Child: syncs the phone until its outbox is empty, measuring its own memory.
int syncMain(const QString &databaseFile, const QString &server, const QString &token)
{
    const long baseKb = rssKilobytes();
    const double cpuAtStart = ownCpuSeconds();
    sync::SyncSettings settings; // the app's defaults: 6 requests in flight, 20 s timeout, ...
    settings.server = QUrl(server);
    settings.databaseFile = databaseFile;
    // TOUCHPOINT_SYNC_CONCURRENCY: requests in flight, to see what the default costs.
    if (const int inFlight = qEnvironmentVariableIntValue("TOUCHPOINT_SYNC_CONCURRENCY");
        inFlight > 0)
        settings.concurrency = inFlight;
    // TOUCHPOINT_SYNC_BULK: audits per bulk upload, likewise.
    if (const int perRequest = qEnvironmentVariableIntValue("TOUCHPOINT_SYNC_BULK"); perRequest > 0)
        settings.auditsPerRequest = perRequest;
    long sampledPeakKb = baseKb;
    QList<long> samples;
    test::SyncRunner runner(settings);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const long kb = rssKilobytes();
        samples << kb;
        sampledPeakKb = std::max(sampledPeakKb, kb);
    });
    sampler.start(100);
    runner.start(token);
    const qint64 startMs = nowMs();
    runner.syncNow();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (runner.cycles() > 0 && runner.idleAndEmpty())
            loop.quit();
        if (nowMs() - startMs > 15 * 60 * 1000)
            loop.quit();
    });
    check.start(5);
    loop.exec();
    const qint64 endMs = nowMs();
    const auto status = runner.status();
    // Memory at the start, the middle and the end of the run (10 % steps of the samples).
    QStringList curve;
    for (int i = 0; i <= 10 && !samples.isEmpty(); ++i)
        curve << QString::number(
            samples[std::min<qsizetype>(samples.size() - 1, samples.size() * i / 10)] / 1024.0, 'f',
            1);
    std::printf("SYNCED start_ms=%lld end_ms=%lld base_kb=%ld peak_sampled_kb=%ld maxrss_kb=%ld "
                "cycles=%d waiting=%d cpu_s=%.3f error=\"%s\" curve_mib=%s\n",
                static_cast<long long>(startMs), static_cast<long long>(endMs), baseKb,
                sampledPeakKb, maxRssKilobytes(), runner.cycles(), status.waiting,
                ownCpuSeconds() - cpuAtStart, qPrintable(status.lastError),
                qPrintable(curve.join(QLatin1Char('/'))));
    return status.waiting == 0 ? 0 : 1;
}

struct Run
{
    bool ok = false;
    int audits = 0;
    int photos = 0;
    double auditsSeconds = 0; // sync start -> the last audit is on the server
    double photosSeconds = 0; // sync start -> the last photo is on the server
    double totalSeconds = 0;  // sync start -> the phone has confirmed everything
    double prepareSeconds = 0;
    long baseKb = 0;
    long peakKb = 0;
    long maxRssKb = 0;
    int cycles = 0;
    int serverErrors = 0;       // answers with a 5xx status in the server's log
    double serverMsPerBulk = 0; // the server's own time per bulk upload (from its request log)
    int bulkUploads = 0;
    double serverMsPerPhoto = 0;
    double serverMaxMsPerPhoto = 0;
    double phoneCpuSeconds = 0;  // the sync child's CPU time over the sync
    double serverCpuSeconds = 0; // the server's CPU time over the sync
    QString curve;
    QString problem;
};

QMap<QString, QString> fields(const QByteArray &output, const char *tag)
{
    QMap<QString, QString> result;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith(tag))
            continue;
        static const QRegularExpression field(QStringLiteral(R"((\w+)=("[^"]*"|\S+))"));
        for (auto it = field.globalMatch(QString::fromUtf8(line)); it.hasNext();) {
            const auto m = it.next();
            QString value = m.captured(2);
            if (value.startsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2);
            result.insert(m.captured(1), value);
        }
    }
    return result;
}

// Runs a child of this binary, keeping the event loop (and so the server's log pipe) going.
QByteArray runChild(const QStringList &arguments, int *exitCode)
{
    QProcess child;
    // TOUCHPOINT_BENCH_SYNC_WRAPPER (for profiling the phone's side): a command the sync child
    // runs under, such as "valgrind --tool=callgrind".
    QStringList wrapper = qEnvironmentVariable("TOUCHPOINT_BENCH_SYNC_WRAPPER")
                              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (arguments.value(0) != QLatin1String("--sync"))
        wrapper.clear();
    if (wrapper.isEmpty()) {
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments(arguments);
    } else {
        child.setProgram(wrapper.takeFirst());
        child.setArguments(wrapper + QStringList{QCoreApplication::applicationFilePath()} +
                           arguments);
    }
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    child.start();
    if (!child.waitForStarted()) {
        *exitCode = -1;
        return {};
    }
    loop.exec();
    *exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return child.readAllStandardOutput();
}

Run runOnce(int audits, bool photos)
{
    Run run;
    QTemporaryDir dir;
    const QString serverDb = dir.filePath(QStringLiteral("server.sqlite"));
    QString error;
    auto failed = [&run](const QString &problem) {
        run.problem = problem;
        return run;
    };
    if (!test::ServerProcess::initDemo(serverDb, &error) ||
        !test::addUser(serverDb, kAuditor, QStringLiteral("executive"), &error))
        return failed(error);
    test::ServerProcess server;
    if (!server.start(serverDb, {}, &error))
        return failed(error);
    // The script must be published on the server as on the phone.
    test::ApiClient api(server.apiUrl());
    const QString admin = test::signIn(server.apiUrl(), QStringLiteral("admin"), &error);
    const test::ApiReply published =
        api.post(QStringLiteral("/scripts"), bench::syntheticScript(kAnswers), admin);
    if (published.status != 201)
        return failed(QStringLiteral("publishing the script: ") + published.describe());

    int exitCode = 0;
    const QString phone = dir.filePath(QStringLiteral("phone"));
    const auto prepared =
        fields(runChild({QStringLiteral("--prepare"), phone, QString::number(audits),
                         photos ? QStringLiteral("1") : QStringLiteral("0")},
                        &exitCode),
               "PREPARED");
    if (exitCode != 0)
        return failed(QStringLiteral("preparing the phone failed"));
    run.audits = prepared.value(QStringLiteral("audits")).toInt();
    run.photos = prepared.value(QStringLiteral("photos")).toInt();
    run.prepareSeconds = prepared.value(QStringLiteral("ms")).toDouble() / 1000;

    const QString token = test::signIn(server.apiUrl(), kAuditor, &error);
    if (token.isEmpty())
        return failed(error);
    // The phone's queue (and its photos: 400 MB for 10,000 audits) is written just before; left
    // to the kernel's writeback, those writes would land on the disk during the timed sync and
    // slow the server's fsyncs.
    ::sync();

    // Watch the server's database for the last audit and the last photo.
    qint64 auditsAtMs = 0;
    qint64 photosAtMs = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        db.setDatabaseName(serverDb);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        db.open();
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, [&] {
            QSqlQuery q(db);
            if (!auditsAtMs && q.exec(QStringLiteral("SELECT COUNT(*) FROM audits")) && q.next() &&
                q.value(0).toInt() >= run.audits)
                auditsAtMs = nowMs();
            if (!photosAtMs && q.exec(QStringLiteral("SELECT COUNT(*) FROM photos")) && q.next() &&
                q.value(0).toInt() >= run.photos)
                photosAtMs = nowMs();
        });
        watch.start(20);
        const double serverCpuAtStart = processCpuSeconds(server.processId());
        const auto synced =
            fields(runChild({QStringLiteral("--sync"), phone + QStringLiteral("/touchpoint.sqlite"),
                             QStringLiteral("http://127.0.0.1:%1").arg(server.port()), token},
                            &exitCode),
                   "SYNCED");
        run.serverCpuSeconds = processCpuSeconds(server.processId()) - serverCpuAtStart;
        watch.stop();
        db.close();
        if (exitCode != 0 || synced.isEmpty()) {
            QSqlDatabase::removeDatabase(QStringLiteral("watch"));
            return failed(QStringLiteral("the sync did not finish: %1")
                              .arg(synced.value(QStringLiteral("error"))));
        }
        const qint64 startMs = synced.value(QStringLiteral("start_ms")).toLongLong();
        const qint64 endMs = synced.value(QStringLiteral("end_ms")).toLongLong();
        run.totalSeconds = (endMs - startMs) / 1000.0;
        run.auditsSeconds = ((auditsAtMs ? auditsAtMs : endMs) - startMs) / 1000.0;
        run.photosSeconds = ((photosAtMs ? photosAtMs : endMs) - startMs) / 1000.0;
        run.baseKb = synced.value(QStringLiteral("base_kb")).toLong();
        run.peakKb = synced.value(QStringLiteral("peak_sampled_kb")).toLong();
        run.maxRssKb = synced.value(QStringLiteral("maxrss_kb")).toLong();
        run.cycles = synced.value(QStringLiteral("cycles")).toInt();
        run.phoneCpuSeconds = synced.value(QStringLiteral("cpu_s")).toDouble();
        run.curve = synced.value(QStringLiteral("curve_mib"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    static const QRegularExpression error5xx(QStringLiteral(R"(touchpoint\.api: \S+ \S+ 5\d\d )"));
    const QString log = server.log();
    for (auto it = error5xx.globalMatch(log); it.hasNext(); it.next())
        ++run.serverErrors;
    static const QRegularExpression bulkPost(
        QStringLiteral(R"(touchpoint\.api: POST /api/v1/audits/bulk \d+ (\d+) ms)"));
    for (auto it = bulkPost.globalMatch(log); it.hasNext();) {
        run.serverMsPerBulk += it.next().captured(1).toDouble();
        ++run.bulkUploads;
    }
    run.serverMsPerBulk = run.bulkUploads ? run.serverMsPerBulk / run.bulkUploads : 0;
    int puts = 0;
    static const QRegularExpression photoPut(
        QStringLiteral(R"(touchpoint\.api: PUT /api/v1/photos/\S+ \d+ (\d+) ms)"));
    puts = 0;
    for (auto it = photoPut.globalMatch(log); it.hasNext();) {
        const double ms = it.next().captured(1).toDouble();
        run.serverMsPerPhoto += ms;
        run.serverMaxMsPerPhoto = std::max(run.serverMaxMsPerPhoto, ms);
        ++puts;
    }
    run.serverMsPerPhoto = puts ? run.serverMsPerPhoto / puts : 0;

    // Exactly what the phone made, nothing lost, every outbox row confirmed.
    const test::ServerHoldings held = test::readServerHoldings(serverDb, false);
    const test::DeviceOutbox outbox =
        test::readDeviceOutbox(phone + QStringLiteral("/touchpoint.sqlite"));
    int matching = 0;
    for (auto it = outbox.contentSha256.cbegin(); it != outbox.contentSha256.cend(); ++it)
        matching += held.contentSha256.value(it.key()) == it.value() ? 1 : 0;
    if (matching != run.audits || held.auditRows != run.audits || outbox.unconfirmed != 0 ||
        held.photoSha.size() != run.photos)
        return failed(QStringLiteral("the server holds %1 audits (%2 matching of %3), %4 photos of "
                                     "%5; %6 unconfirmed on the phone")
                          .arg(held.auditRows)
                          .arg(matching)
                          .arg(run.audits)
                          .arg(held.photoSha.size())
                          .arg(run.photos)
                          .arg(outbox.unconfirmed));
    run.ok = true;
    return run;
}

// The server alone: the same audits PUT straight from memory by `clients` connections, each
// sending its next audit when the last is answered (no phone database, no receipts recorded).
// What the server can take at best, to tell the client's share of the time from the server's.
double serverCeiling(int audits, int clients, QString *problem)
{
    QTemporaryDir dir;
    const QString serverDb = dir.filePath(QStringLiteral("server.sqlite"));
    QString error;
    test::ServerProcess server;
    if (!test::ServerProcess::initDemo(serverDb, &error) ||
        !test::addUser(serverDb, kAuditor, QStringLiteral("executive"), &error) ||
        !server.start(serverDb, {}, &error)) {
        *problem = error;
        return 0;
    }
    test::ApiClient api(server.apiUrl());
    const QString admin = test::signIn(server.apiUrl(), QStringLiteral("admin"), &error);
    const test::ApiReply published =
        api.post(QStringLiteral("/scripts"), bench::syntheticScript(kAnswers), admin);
    const QString token = test::signIn(server.apiUrl(), kAuditor, &error);
    if (published.status != 201 || token.isEmpty()) {
        *problem = published.describe() + error;
        return 0;
    }
    QJsonObject model = QJsonDocument::fromJson(bench::syntheticAudit(kAnswers)).object();
    model.insert(QStringLiteral("auditor"), kAuditor);
    model.insert(QStringLiteral("mode"), QStringLiteral("self_audit"));
    model.insert(QStringLiteral("submittedAt"), QStringLiteral("2026-03-14T10:30:00Z"));
    QList<QPair<QString, QByteArray>> bodies;
    for (int i = 0; i < audits; ++i) {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        model.insert(QStringLiteral("uuid"), uuid);
        bodies.append({uuid, QJsonDocument(model).toJson(QJsonDocument::Compact)});
    }
    QList<QNetworkAccessManager *> managers;
    int next = 0;
    int outstanding = 0;
    int failures = 0;
    QEventLoop loop;
    std::function<void(QNetworkAccessManager *)> sendNext = [&](QNetworkAccessManager *manager) {
        if (next >= bodies.size()) {
            if (outstanding == 0)
                loop.quit();
            return;
        }
        const auto &[uuid, body] = bodies[next++];
        QNetworkRequest request(
            QUrl(server.apiUrl().toString() + QStringLiteral("/audits/") + uuid));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        ++outstanding;
        QNetworkReply *reply = manager->put(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, manager] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
                ++failures;
            reply->deleteLater();
            --outstanding;
            sendNext(manager);
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < clients; ++i) {
        managers.append(new QNetworkAccessManager);
        sendNext(managers.last());
    }
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    qDeleteAll(managers);
    if (failures > 0)
        *problem = QStringLiteral("%1 PUTs were not answered 201").arg(failures);
    return audits / seconds;
}

// One 200 KB photo at a time through QNetworkAccessManager, as the SyncClient sends it: the
// median time from the request to the answer, against the server's own time for it.
double photoRoundTripMs(int photos, QString *problem)
{
    QTemporaryDir dir;
    const QString serverDb = dir.filePath(QStringLiteral("server.sqlite"));
    QString error;
    test::ServerProcess server;
    if (!test::ServerProcess::initDemo(serverDb, &error) || !server.start(serverDb, {}, &error)) {
        *problem = error;
        return 0;
    }
    const QString token = test::signIn(server.apiUrl(), QStringLiteral("exec1"), &error);
    QNetworkAccessManager manager;
    QList<double> ms;
    QRandomGenerator random(7);
    for (int i = 0; i < photos; ++i) {
        QByteArray body(kPhotoBytes, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        QNetworkRequest request(
            QUrl(server.apiUrl().toString() + QStringLiteral("/photos/") + sha));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/octet-stream"));
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = manager.sendCustomRequest(request, "PUT", body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ms << clock.nsecsElapsed() / 1e6;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
            *problem = QStringLiteral("a photo PUT was answered %1")
                           .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        delete reply;
    }
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty() ? 0 : ms[ms.size() / 2];
}

void print(const char *label, const Run &r)
{
    if (!r.ok) {
        std::printf("  %-26s FAILED: %s\n", label, qPrintable(r.problem));
        return;
    }
    std::printf(
        "  %-26s audits on server %6.2f s (%5.0f audits/s), photos %6.2f s, all confirmed "
        "%6.2f s | RSS start %5.1f, peak %5.1f MiB (VmHWM %5.1f) | %d cycles, %d answers "
        "5xx, server %.1f ms per bulk upload (%d of them), %.1f ms per photo (at most %.0f) | "
        "prepared in %.0f s\n",
        label, r.auditsSeconds, r.audits / r.auditsSeconds, r.photosSeconds, r.totalSeconds,
        r.baseKb / 1024.0, r.peakKb / 1024.0, r.maxRssKb / 1024.0, r.cycles, r.serverErrors,
        r.serverMsPerBulk, r.bulkUploads, r.serverMsPerPhoto, r.serverMaxMsPerPhoto,
        r.prepareSeconds);
    std::printf("  %-26s CPU over the sync: phone %.2f s, server %.2f s (%.0f us per audit, "
                "both together)\n",
                "", r.phoneCpuSeconds, r.serverCpuSeconds,
                (r.phoneCpuSeconds + r.serverCpuSeconds) * 1e6 / std::max(1, r.audits));
    std::printf("  %-26s RSS over the run (MiB, every 10 %%): %s\n", "", qPrintable(r.curve));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--prepare"))
        return prepareMain(args.value(2), args.value(3).toInt(),
                           args.value(4) == QLatin1String("1"));
    if (args.value(1) == QLatin1String("--sync"))
        return syncMain(args.value(2), args.value(3), args.value(4));

    if (args.value(1) == QLatin1String("--ceiling")) {
        QString problem;
        const double rate = serverCeiling(args.value(2).toInt(), args.value(3).toInt(), &problem);
        std::printf("server alone: %.0f audits/s %s\n", rate, qPrintable(problem));
        return problem.isEmpty() ? 0 : 1;
    }
    if (args.value(1) == QLatin1String("--only")) { // one run of one size, for profiling
        const Run one = runOnce(args.value(2).toInt(), args.value(3) != QLatin1String("0"));
        print("one run", one);
        return one.ok ? 0 : 1;
    }
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int runs = std::max(1, args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt());
    const int large = quick ? 2000 : 10000;
    const QByteArray largeLabel =
        QStringLiteral("%1 audits with photos").arg(QLocale::c().toString(large)).toUtf8();
    std::printf("sync of a queue of audits (%d answers each; every 10th with 2 photos of %d KB) "
                "to the real server on loopback (SQLite), one phone, SyncClient defaults "
                "(6 requests in flight, 25 audits per bulk upload)\n",
                kAnswers, kPhotoBytes / 1024);
    bool met = true;
    for (int r = 0; r < runs; ++r) {
        std::printf("run %d\n", r + 1);
        const Run small = runOnce(1000, true);
        print("1,000 audits with photos", small);
        const Run big = runOnce(large, true);
        print(largeLabel.constData(), big);
        const Run bare = runOnce(large, false);
        print(quick ? "2,000 audits, no photos" : "10,000 audits, no photos", bare);
        if (!small.ok || !big.ok || !bare.ok) {
            met = false;
            continue;
        }
        const double scale = 10000.0 / big.audits;
        const bool fast = big.auditsSeconds * scale < kTargetSeconds;
        // Flat: the larger queue's peak within 1 MiB of the small one's, and the resident memory
        // at the end of the 10,000 without photos (the smoothest curve: no photo buffers coming
        // and going) within 1 MiB of what it was at 10 % of the run, once the first requests
        // (6 bulk uploads of 25 audits, about 1 MiB with their answers) were in flight.
        const QStringList curve = bare.curve.split(QLatin1Char('/'));
        const double growthMiB =
            curve.size() > 2 ? curve.last().toDouble() - curve.at(1).toDouble() : 0;
        const bool flat = big.peakKb - small.peakKb < 1024 && growthMiB < 1.0;
        std::printf(
            "  the %s audits on the server in %.2f s (%.2f s without photos); target < %.0f "
            "s for 10,000: %s\n",
            quick ? "2,000" : "10,000", big.auditsSeconds, bare.auditsSeconds, kTargetSeconds,
            fast ? "met" : "MISSED");
        std::printf(
            "  peak RSS of the sync %.1f MiB for %d queued vs %.1f MiB for 1,000; over the "
            "%d without photos from %s (at 10 %%) to %s MiB (target: no growth with the queue): "
            "%s\n",
            big.peakKb / 1024.0, big.audits, small.peakKb / 1024.0, bare.audits,
            qPrintable(curve.value(1)), qPrintable(curve.last()), flat ? "met" : "MISSED");
        met = met && fast && flat;
    }
    // Where the time goes: the server alone, and one photo at a time.
    QString problem;
    const double ceiling = serverCeiling(large, 4, &problem);
    std::printf("the server alone, the same %d audits PUT from memory on 4 connections: %.0f "
                "audits/s (%.2f s) %s\n",
                large, ceiling, ceiling > 0 ? large / ceiling : 0.0, qPrintable(problem));
    problem.clear();
    const double photoMs = photoRoundTripMs(40, &problem);
    std::printf("one %d KB photo PUT through QNetworkAccessManager, one at a time: median %.1f ms "
                "%s\n",
                kPhotoBytes / 1024, photoMs, qPrintable(problem));
    return met ? 0 : 1;
}
