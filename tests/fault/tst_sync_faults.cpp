// Sync under faults: the app's SyncClient, each on its own thread as in the app,
// against the real touchpoint-server on loopback, through a fault proxy (FaultProxy) that cuts
// connections at random byte offsets of requests and of responses (the latter after the server
// has committed, before the client has read the answer), delays chunks, and resets instead of
// closing. At the end the server must hold exactly the audits the phones made (uuids, content
// hashes, bodies byte for byte), every photo, and every outbox must be empty.
//
//   randomFaults                3 phones x 200 self-audits with photos under random faults
//   serverKilledDuringUploads   the server killed with SIGKILL and restarted, several times
//   offlineForAWeek             the network gone mid-upload; a new script version published
//                               meanwhile; the queued version-1 audits still accepted
//   tokenExpiresMidSync         the token expires during uploads: needsSignIn, nothing lost
//   storageErrorsRetried        the server's storage fails (5xx): kept, retried, then arrives
//   refusalKeptUntilAsked       a 4xx refusal stays on the phone until syncNow(true)
//
// TOUCHPOINT_FAULT_SEED repeats a run (the seed is printed, and named in every failure);
// TOUCHPOINT_SYNC_AUDITS sets the audits per phone of randomFaults (default 200);
// TOUCHPOINT_FAULT_SHOW_5XX=1 prints the server's 5xx answers: randomFaults expects none (the
// server used to answer some photo PUTs and sign-ins with 500 while another lane wrote).

#include "ApiClient.h"
#include "FaultProxy.h"
#include "ServerProcess.h"
#include "SyncDevices.h"
#include "support/TestPaths.h"

#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace tp::test;
using tp::sync::SyncSettings;

namespace {

constexpr int kStallMs = 3000; // idle with work left this long: the retry timer did not fire

SyncSettings fastSettings(quint16 proxyPort, const QString &databaseFile)
{
    SyncSettings settings;
    settings.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxyPort));
    settings.databaseFile = databaseFile;
    settings.concurrency = 4;
    // Small bulk uploads: many requests, so that faults land on many of them, and some in the
    // middle of a bulk upload's audits.
    settings.auditsPerRequest = 5;
    settings.transferTimeoutMs = 5000;
    settings.firstRetryMs = 50;
    settings.maxRetryMs = 500;
    return settings;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The demo's store visit under another version number (and, to tell it apart, another title).
QByteArray storeVisitVersion(int version, const QString &title = QString())
{
    QJsonObject script =
        QJsonDocument::fromJson(
            readFile(sourcePath(QStringLiteral("assets/demo/scripts/store-visit.json"))))
            .object();
    script.insert(QStringLiteral("version"), version);
    if (!title.isEmpty())
        script.insert(QStringLiteral("title"), title);
    return QJsonDocument(script).toJson(QJsonDocument::Compact);
}

// One test's server: a SQLite database in a temporary folder holding the demo organisation and
// extra executives, the real binary serving it, and the fault proxy in front of it.
class World
{
public:
    ~World()
    {
        proxy.reset();
        server.reset(); // before the folder holding its database goes
    }

    bool create(quint64 seed, const QStringList &executives, const QStringList &serveArguments,
                QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        m_databaseFile = m_dir.filePath(QStringLiteral("server.sqlite"));
        m_serveArguments = serveArguments;
        if (!ServerProcess::initDemo(m_databaseFile, error))
            return false;
        for (const QString &user : executives) {
            if (!addUser(m_databaseFile, user, QStringLiteral("executive"), error))
                return false;
        }
        proxy = std::make_unique<FaultProxy>(seed);
        if (!startServer(error))
            return false;
        return proxy->listen(server->port(), error);
    }

    // A new server process on the same database (on a new port; the proxy follows it).
    bool startServer(QString *error)
    {
        if (server)
            m_serverErrorsBefore = serverErrors();
        server.reset();
        server = std::make_unique<ServerProcess>();
        if (!server->start(m_databaseFile, m_serveArguments, error))
            return false;
        if (proxy)
            proxy->setTarget(server->port());
        return true;
    }

    // POST /login straight to the server, retried on a 500 as a phone would (counted in
    // signInFailures: randomFaults expects none).
    QString token(const QString &user)
    {
        QString error;
        for (int attempt = 0; attempt < 10; ++attempt) {
            const QString token = signIn(server->apiUrl(), user, &error);
            if (!token.isEmpty())
                return token;
            ++signInFailures;
            QTest::qWait(50);
        }
        qWarning("%s", qPrintable(error));
        return QString();
    }

    // Answers with a 5xx status in the server's request log, this process and those before.
    int serverErrors()
    {
        if (qEnvironmentVariableIsSet("TOUCHPOINT_FAULT_SHOW_5XX") && server) {
            static const QRegularExpression shown(
                QStringLiteral(R"(touchpoint\.api: \S+ \S+ 5\d\d [^\n]*)"));
            for (auto it = shown.globalMatch(server->log()); it.hasNext();)
                qInfo("%s", qPrintable(it.next().captured(0)));
        }
        static const QRegularExpression line(QStringLiteral(R"(touchpoint\.api: \S+ \S+ 5\d\d )"));
        return m_serverErrorsBefore + (server ? countMatches(line, server->log()) : 0);
    }

    // Audits the server answered 200 rather than 201: stored already, sent again because the
    // answer to an earlier upload was lost (after the server had committed it). The server logs
    // each audit of a bulk upload on a line of its own.
    int auditRepeats()
    {
        static const QRegularExpression line(
            QStringLiteral(R"(touchpoint\.api: (PUT|BULK) /api/v1/audits/\S+ 200\b)"));
        return server ? countMatches(line, server->log()) : 0;
    }

    // SIGKILL, then the process is reaped; the pid killed, or 0.
    qint64 killServer()
    {
        const qint64 pid = killServerHard(m_databaseFile);
        m_serverErrorsBefore = serverErrors();
        server.reset();
        return pid;
    }

    QString folder(const QString &name) const { return m_dir.filePath(name); }
    QString databaseFile() const { return m_databaseFile; }

    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<FaultProxy> proxy;
    int signInFailures = 0; // sign-ins answered 500 (and retried)

private:
    static int countMatches(const QRegularExpression &expression, const QString &text)
    {
        int count = 0;
        for (auto it = expression.globalMatch(text); it.hasNext(); it.next())
            ++count;
        return count;
    }

    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    QTemporaryDir m_dir;
    QString m_databaseFile;
    QStringList m_serveArguments;
    int m_serverErrorsBefore = 0;
};

struct DriveResult
{
    bool done = false;
    int stalls = 0; // times a runner sat idle with work left for kStallMs and had to be kicked
    qint64 ms = 0;
};

// Runs the event loop until `done` (by default: every runner finished a cycle and has nothing
// waiting) or the deadline. Relies on the client's own retry timer; a runner idle with work
// left for kStallMs is counted as a stall and kicked with syncNow().
DriveResult drive(const QList<SyncRunner *> &runners, int deadlineMs,
                  const std::function<bool()> &done = {}, const std::function<void()> &tick = {})
{
    DriveResult result;
    QElapsedTimer clock;
    clock.start();
    auto allEmpty = [&runners] {
        for (SyncRunner *runner : runners) {
            if (runner->cycles() == 0 || !runner->idleAndEmpty())
                return false;
        }
        return true;
    };
    while (clock.elapsed() < deadlineMs) {
        if (done ? done() : allEmpty()) {
            result.done = true;
            break;
        }
        QTest::qWait(20);
        if (tick)
            tick();
        for (SyncRunner *runner : runners) {
            const auto status = runner->status();
            if (!status.running && !status.needsSignIn && status.waiting > status.refused &&
                runner->msSinceLastActivity() > kStallMs) {
                ++result.stalls;
                qWarning("a sync client sat idle for %d ms with %d audits waiting; kicked",
                         kStallMs, status.waiting);
                runner->syncNow();
            }
        }
    }
    result.ms = clock.elapsed();
    return result;
}

// What the server holds against what the phones made.
struct Tally
{
    int made = 0;
    int onServer = 0;   // of those made
    int lost = 0;       // made, not on the server
    int duplicates = 0; // server rows beyond one per uuid
    int extra = 0;      // on the server, made by no phone
    int differing = 0;  // on the server with another hash or other bytes
    int photosMade = 0;
    int photosOnServer = 0;
    int photosDamaged = 0; // stored bytes do not hash to their name
    int photoLinksMissing = 0;
    int unconfirmed = 0; // outbox rows with confirmed_at IS NULL, on every phone
    int refused = 0;

    QString describe() const
    {
        return QStringLiteral("audits made %1, on server %2, lost %3, duplicates %4, extra %5, "
                              "differing %6; photos made %7, on server %8, damaged %9, links "
                              "missing %10; outbox rows unconfirmed %11")
            .arg(made)
            .arg(onServer)
            .arg(lost)
            .arg(duplicates)
            .arg(extra)
            .arg(differing)
            .arg(photosMade)
            .arg(photosOnServer)
            .arg(photosDamaged)
            .arg(photoLinksMissing)
            .arg(unconfirmed);
    }
    bool exact() const
    {
        return onServer == made && lost == 0 && duplicates == 0 && extra == 0 && differing == 0 &&
               photosOnServer == photosMade && photosDamaged == 0 && photoLinksMissing == 0 &&
               unconfirmed == 0;
    }
};

Tally tally(const QList<const DeviceContents *> &devices, const QString &serverDatabase,
            QString *error)
{
    Tally t;
    const ServerHoldings held = readServerHoldings(serverDatabase);
    if (!held.error.isEmpty()) {
        *error = QStringLiteral("cannot read the server's database: ") + held.error;
        return t;
    }
    QSet<QString> made;
    QSet<QString> photos;
    for (const DeviceContents *device : devices) {
        const DeviceOutbox outbox = readDeviceOutbox(device->databaseFile);
        if (!outbox.error.isEmpty()) {
            *error = QStringLiteral("cannot read a phone's database: ") + outbox.error;
            return t;
        }
        t.unconfirmed += outbox.unconfirmed;
        t.refused += outbox.refused;
        for (const QString &uuid : device->uuids) {
            made.insert(uuid);
            ++t.made;
            if (!held.contentSha256.contains(uuid)) {
                ++t.lost;
                continue;
            }
            ++t.onServer;
            if (held.contentSha256.value(uuid) != device->contentSha256.value(uuid) ||
                held.body.value(uuid) != outbox.body.value(uuid))
                ++t.differing;
            QStringList expected = device->photosOfAudit.value(uuid);
            QStringList linked = held.auditPhotos.value(uuid);
            expected.sort();
            linked.sort();
            if (expected != linked)
                ++t.photoLinksMissing;
        }
        for (const QString &photo : device->photos)
            photos.insert(photo);
    }
    t.duplicates = held.auditRows - int(held.contentSha256.size());
    for (auto it = held.contentSha256.cbegin(); it != held.contentSha256.cend(); ++it) {
        if (!made.contains(it.key()))
            ++t.extra;
    }
    t.photosMade = int(photos.size());
    for (const QString &photo : std::as_const(photos)) {
        if (!held.photoSha.contains(photo))
            continue;
        ++t.photosOnServer;
        if (QString::fromLatin1(held.photoSha.value(photo)) != photo)
            ++t.photosDamaged;
    }
    return t;
}

int serverAuditCount(const QString &serverDatabase)
{
    return readServerHoldings(serverDatabase, false).auditRows;
}

// Runs SQL on the server's SQLite database from outside, while it serves.
bool execOnServerDatabase(const QString &file, const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("tp-fault-admin");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = sql + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class SyncFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void randomFaults();
    void serverKilledDuringUploads();
    void offlineForAWeek();
    void tokenExpiresMidSync();
    void storageErrorsRetried();
    void refusalKeptUntilAsked();

private:
    QString seedNote() const
    {
        return QStringLiteral(" (seed %1: repeat with TOUCHPOINT_FAULT_SEED=%1)").arg(m_seed);
    }
    quint64 m_seed = 0;
};

#define FAULT_VERIFY(condition, message)                                                           \
    QVERIFY2(condition, qPrintable(QString(message) + seedNote()))

void SyncFaultsTest::initTestCase()
{
    QVERIFY2(QFile::exists(serverBinary()),
             qPrintable(serverBinary() + QStringLiteral(" is not built")));
    m_seed = faultSeedFromEnvironment();
    qInfo("tst_sync_faults: seed %llu (TOUCHPOINT_FAULT_SEED=%llu repeats the fault plans)",
          static_cast<unsigned long long>(m_seed), static_cast<unsigned long long>(m_seed));
}

void SyncFaultsTest::randomFaults()
{
    const int perDevice = qMax(10, qEnvironmentVariableIntValue("TOUCHPOINT_SYNC_AUDITS") > 0
                                       ? qEnvironmentVariableIntValue("TOUCHPOINT_SYNC_AUDITS")
                                       : 200);
    const QStringList users{QStringLiteral("exec-a"), QStringLiteral("exec-b"),
                            QStringLiteral("exec-c")};
    World world;
    QString error;
    QVERIFY2(world.create(m_seed, users, {}, &error), qPrintable(error));

    // One photo on all three phones (the same shop front): stored once, linked three times.
    const QString shared = world.folder(QStringLiteral("shared.jpg"));
    QVERIFY2(writeFakePhoto(shared, 6000, m_seed ^ 0x5eed, &error), qPrintable(error));
    QElapsedTimer preparing;
    preparing.start();
    QList<DeviceContents> devices(users.size());
    for (int i = 0; i < users.size(); ++i) {
        DeviceSpec spec;
        spec.folder = world.folder(users[i]);
        spec.auditor = users[i];
        spec.audits = perDevice;
        spec.seed = m_seed + quint64(i) * 7919;
        spec.sharedPhotoFiles = {shared};
        QVERIFY2(makeDevice(spec, &devices[i], &error), qPrintable(error));
    }
    const qint64 preparedMs = preparing.elapsed();

    // Most connections are cut within their first few requests or answers, the others after
    // at most 64 KB; the client opens new ones, which are cut again.
    FaultOdds odds;
    odds.dropRequest = 0.4;
    odds.dropResponse = 0.4;
    odds.maxRequestOffset = 12 * 1024;
    odds.maxResponseOffset = 1500;
    odds.passLifetime = 64 * 1024;
    odds.delay = 0.2;
    odds.reset = 0.5;
    world.proxy->setOdds(odds);

    QStringList tokens;
    for (const QString &user : users) {
        tokens << world.token(user);
        QVERIFY(!tokens.last().isEmpty());
    }
    std::vector<std::unique_ptr<SyncRunner>> runners;
    QList<SyncRunner *> all;
    for (int i = 0; i < users.size(); ++i) {
        runners.push_back(std::make_unique<SyncRunner>(
            fastSettings(world.proxy->port(), devices[i].databaseFile)));
        all << runners.back().get();
        runners.back()->start(tokens[i]);
        runners.back()->syncNow();
    }
    const DriveResult run = drive(all, 75000);
    int cycles = 0;
    for (SyncRunner *runner : all)
        cycles += runner->cycles();

    const Tally t = tally({&devices[0], &devices[1], &devices[2]}, world.databaseFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const FaultProxy::Counts faults = world.proxy->counts();
    qInfo("randomFaults: %d phones; audits made %d, on server %d, lost %d, duplicates %d, extra "
          "%d, differing %d; photos made %d, on server %d; outboxes unconfirmed %d; requests "
          "faulted %d (%s); audits sent again after their answer was lost: %d; server answers "
          "5xx: %d (sign-ins retried after a 500: %d); %d sync cycles, %d stalls; sync %.1f s "
          "(phones prepared in %.1f s)",
          int(users.size()), t.made, t.onServer, t.lost, t.duplicates, t.extra, t.differing,
          t.photosMade, t.photosOnServer, t.unconfirmed, faults.faulted(),
          qPrintable(world.proxy->describeCounts()), world.auditRepeats(), world.serverErrors(),
          world.signInFailures, cycles, run.stalls, run.ms / 1000.0, preparedMs / 1000.0);
    FAULT_VERIFY(run.done, QStringLiteral("not everything arrived in time: ") + t.describe());
    FAULT_VERIFY(t.exact(), t.describe());
    FAULT_VERIFY(t.made == perDevice * int(users.size()), t.describe());
    FAULT_VERIFY(faults.droppedRequests > 0 && faults.droppedResponses > 0,
                 QStringLiteral("the proxy faulted too little: ") + world.proxy->describeCounts());
    QCOMPARE(run.stalls, 0);
    // Cut connections are no reason for a server error: nothing here may be answered 5xx.
    QCOMPARE(world.serverErrors(), 0);
    QCOMPARE(world.signInFailures, 0);
}

void SyncFaultsTest::serverKilledDuringUploads()
{
    const QStringList users{QStringLiteral("exec-a"), QStringLiteral("exec-b")};
    World world;
    QString error;
    QVERIFY2(world.create(m_seed + 1, users, {}, &error), qPrintable(error));
    QList<DeviceContents> devices(users.size());
    for (int i = 0; i < users.size(); ++i) {
        DeviceSpec spec;
        spec.folder = world.folder(users[i]);
        spec.auditor = users[i];
        spec.audits = 200;
        spec.seed = m_seed + 11 + quint64(i);
        QVERIFY2(makeDevice(spec, &devices[i], &error), qPrintable(error));
    }
    FaultOdds light; // a few faults on the side, as on a real network, and a slow one
    light.dropRequest = 0.05;
    light.dropResponse = 0.05;
    light.delay = 1.0;
    light.maxDelayMs = 20;
    world.proxy->setOdds(light);

    QStringList tokens;
    for (const QString &user : users) {
        tokens << world.token(user);
        QVERIFY(!tokens.last().isEmpty());
    }
    std::vector<std::unique_ptr<SyncRunner>> runners;
    QList<SyncRunner *> all;
    for (int i = 0; i < users.size(); ++i) {
        SyncSettings settings = fastSettings(world.proxy->port(), devices[i].databaseFile);
        settings.auditsPerRequest = 2; // uploads long enough to be killed in the middle of
        runners.push_back(std::make_unique<SyncRunner>(settings));
        all << runners.back().get();
        runners.back()->start(tokens[i]);
        runners.back()->syncNow();
    }

    // Kill the server at random moments while audits are going up, restart it on the same
    // database a moment later, and again.
    QRandomGenerator random(quint32(m_seed + 1));
    int kills = 0;
    int killsMidUpload = 0;
    QStringList onServerAtKill;
    for (int k = 0; k < 4; ++k) {
        QTest::qWait(150 + int(random.bounded(500)));
        const int before = serverAuditCount(world.databaseFile());
        if (before >= 400)
            break;
        const qint64 pid = world.killServer();
        FAULT_VERIFY(pid > 0, QStringLiteral("no server process to kill"));
        ++kills;
        if (before > 0)
            ++killsMidUpload;
        onServerAtKill << QString::number(before);
        QTest::qWait(100 + int(random.bounded(400)));
        QVERIFY2(world.startServer(&error), qPrintable(error));
    }
    const DriveResult run = drive(all, 60000);
    const Tally t = tally({&devices[0], &devices[1]}, world.databaseFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("serverKilledDuringUploads: %d kills (SIGKILL) with %s audits on the server at each; "
          "audits made %d, on server %d, lost %d, duplicates %d, extra %d, differing %d; photos "
          "made %d, on server %d; outboxes unconfirmed %d; requests faulted %d, refused while "
          "down %d; server answers 5xx: %d; %.1f s after the last restart",
          kills, qPrintable(onServerAtKill.join(QLatin1Char('/'))), t.made, t.onServer, t.lost,
          t.duplicates, t.extra, t.differing, t.photosMade, t.photosOnServer, t.unconfirmed,
          world.proxy->counts().faulted(), world.proxy->counts().refused, world.serverErrors(),
          run.ms / 1000.0);
    FAULT_VERIFY(killsMidUpload >= 2, QStringLiteral("the server was not killed during uploads "
                                                     "(on the server at each kill: %1)")
                                          .arg(onServerAtKill.join(QLatin1Char('/'))));
    FAULT_VERIFY(run.done, QStringLiteral("not everything arrived in time: ") + t.describe());
    FAULT_VERIFY(t.exact(), t.describe());
    QCOMPARE(run.stalls, 0);
}

void SyncFaultsTest::offlineForAWeek()
{
    // A week is compressed to seconds: what matters is that the phone goes on failing for want
    // of a network, keeping every entry with its error and a backoff that stays bounded, while
    // the organisation moves on (a new script version), and that it all goes up afterwards.
    World world;
    QString error;
    QVERIFY2(world.create(m_seed + 2, {}, {}, &error), qPrintable(error));
    DeviceContents device;
    DeviceSpec spec;
    spec.folder = world.folder(QStringLiteral("phone"));
    spec.auditor = QStringLiteral("exec1");
    spec.audits = 120;
    spec.seed = m_seed + 21;
    QVERIFY2(makeDevice(spec, &device, &error), qPrintable(error));
    const QString adminToken = world.token(QStringLiteral("admin"));
    QVERIFY(!adminToken.isEmpty());
    ApiClient admin(world.server->apiUrl());
    const ApiReply version1Before = admin.get(QStringLiteral("/scripts/store-visit/1"), adminToken);
    QCOMPARE(version1Before.status, 200);

    // Slow enough that the network goes away while audits are going up.
    FaultOdds slow;
    slow.delay = 1.0;
    slow.maxDelayMs = 15;
    world.proxy->setOdds(slow);
    SyncSettings settings = fastSettings(world.proxy->port(), device.databaseFile);
    SyncRunner runner(settings);
    runner.start(world.token(QStringLiteral("exec1")));
    runner.syncNow();
    DriveResult firstUp =
        drive({&runner}, 20000, [&] { return serverAuditCount(world.databaseFile()) >= 10; });
    QVERIFY2(firstUp.done, "no audit went up before the network went away");
    world.proxy->setOffline(true);
    const qint64 offlineAt = QDateTime::currentMSecsSinceEpoch();
    const int cyclesAtOffline = runner.cycles();
    QTest::qWait(2500);

    // Offline: the phone kept trying, keeps every entry, and says why.
    const auto status = runner.status();
    const int onServer = serverAuditCount(world.databaseFile());
    FAULT_VERIFY(onServer < spec.audits,
                 QStringLiteral("everything went up before the network went away"));
    FAULT_VERIFY(!status.online, QStringLiteral("the status does not say offline"));
    FAULT_VERIFY(status.lastError.contains(QStringLiteral("connection")),
                 QStringLiteral("last error: ") + status.lastError);
    // On the server but not confirmed: answers lost when the network went (at most the audits of
    // the requests in flight), photos still to go.
    const int inFlight = settings.concurrency * settings.auditsPerRequest;
    FAULT_VERIFY(status.waiting >= spec.audits - onServer &&
                     status.waiting <= spec.audits - onServer + inFlight + settings.concurrency,
                 QStringLiteral("%1 waiting, %2 on the server").arg(status.waiting).arg(onServer));
    FAULT_VERIFY(runner.cycles() - cyclesAtOffline >= 4,
                 QStringLiteral("only %1 sync attempts in 2.5 s offline")
                     .arg(runner.cycles() - cyclesAtOffline));
    int failedWithBackoff = 0;
    for (const QString &uuid : std::as_const(device.uuids)) {
        const OutboxRow row = readOutboxRow(device.databaseFile, uuid);
        QVERIFY(row.exists);
        QVERIFY2(!row.refused, qPrintable(row.lastError));
        if (row.confirmed)
            continue;
        if (row.attempts > 0) {
            ++failedWithBackoff;
            FAULT_VERIFY(row.lastStatus.isNull(), QStringLiteral("an HTTP status for no answer"));
            FAULT_VERIFY(row.lastError.contains(QStringLiteral("connection")), row.lastError);
            FAULT_VERIFY(row.nextAttemptMs >= offlineAt &&
                             row.nextAttemptMs <=
                                 QDateTime::currentMSecsSinceEpoch() + settings.maxRetryMs * 2,
                         QStringLiteral("next attempt at %1").arg(row.nextAttemptMs));
        }
    }
    FAULT_VERIFY(failedWithBackoff > 0, QStringLiteral("no entry recorded its failure"));

    // Meanwhile the organisation publishes store-visit version 2; version 1 never changes.
    const ApiReply published =
        admin.post(QStringLiteral("/scripts"),
                   storeVisitVersion(2, QStringLiteral("Store visit (2)")), adminToken);
    QVERIFY2(published.status == 201, qPrintable(published.describe()));
    const ApiReply rewrite = admin.post(
        QStringLiteral("/scripts"), storeVisitVersion(1, QStringLiteral("Rewritten")), adminToken);
    QVERIFY2(rewrite.status == 409, qPrintable(rewrite.describe()));
    const ApiReply version1After = admin.get(QStringLiteral("/scripts/store-visit/1"), adminToken);
    QCOMPARE(version1After.body, version1Before.body);

    // The network is back: the queued version-1 audits go up, and version 2 comes down.
    world.proxy->setOffline(false);
    const DriveResult rest = drive({&runner}, 40000);
    const Tally t = tally({&device}, world.databaseFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("offlineForAWeek: %d audits, %d on the server when the network went away, %d entries "
          "failed with backoff; %d sync attempts while offline; after: on server %d, lost %d, "
          "differing %d, photos %d/%d, outbox unconfirmed %d, %.1f s",
          t.made, onServer, failedWithBackoff, runner.cycles() - cyclesAtOffline, t.onServer,
          t.lost, t.differing, t.photosOnServer, t.photosMade, t.unconfirmed, rest.ms / 1000.0);
    FAULT_VERIFY(rest.done, t.describe());
    FAULT_VERIFY(t.exact(), t.describe());
    const ServerHoldings held = readServerHoldings(world.databaseFile(), false);
    for (const QString &uuid : std::as_const(device.uuids))
        QCOMPARE(held.scriptVersion.value(uuid), 1);
    auto opened = tp::storage::DeviceDatabase::open(device.databaseFile);
    QVERIFY2(opened.database, qPrintable(opened.error));
    tp::storage::OrganisationStore organisation(*opened.database);
    const auto version2 = organisation.script(QStringLiteral("store-visit"), 2);
    QVERIFY2(version2, "the pull did not bring store-visit version 2 to the phone");
    QCOMPARE(version2->title, QStringLiteral("Store visit (2)"));
    QVERIFY(organisation.script(QStringLiteral("store-visit"), 1));
}

void SyncFaultsTest::tokenExpiresMidSync()
{
    // Tokens live 3 s (--token-hours 0.001; the server counts whole seconds).
    World world;
    QString error;
    QVERIFY2(world.create(m_seed + 3, {},
                          {QStringLiteral("--token-hours"), QStringLiteral("0.001")}, &error),
             qPrintable(error));
    DeviceContents device;
    DeviceSpec spec;
    spec.folder = world.folder(QStringLiteral("phone"));
    spec.auditor = QStringLiteral("exec1");
    spec.audits = 300;
    spec.seed = m_seed + 31;
    QVERIFY2(makeDevice(spec, &device, &error), qPrintable(error));
    FaultOdds slow; // about 100 requests a second: the sync outlasts the token
    slow.delay = 1.0;
    slow.maxDelayMs = 20;
    world.proxy->setOdds(slow);

    SyncSettings settings = fastSettings(world.proxy->port(), device.databaseFile);
    settings.auditsPerRequest = 1; // a 401 ends a bulk upload as it ends one audit's
    SyncRunner runner(settings);
    const QString first = world.token(QStringLiteral("exec1"));
    QVERIFY(!first.isEmpty());
    QTest::qWait(1500); // start with the token half spent
    runner.start(first);
    runner.syncNow();
    const DriveResult expired =
        drive({&runner}, 20000, [&] { return runner.status().needsSignIn; });
    QVERIFY2(expired.done, "the client never asked for a new sign-in");
    QTest::qWait(300); // the requests in flight finish
    const int onServer = serverAuditCount(world.databaseFile());
    const auto status = runner.status();
    FAULT_VERIFY(
        onServer > 0 && onServer < spec.audits,
        QStringLiteral("the token did not expire mid-sync (%1 on the server)").arg(onServer));
    FAULT_VERIFY(status.needsSignIn && !status.running, QStringLiteral("status"));

    // Nothing lost, nothing marked sent: every confirmed entry is on the server, the others
    // wait (not refused), those cut off say to sign in.
    const ServerHoldings held = readServerHoldings(world.databaseFile(), false);
    int confirmed = 0;
    int askedToSignIn = 0;
    for (const QString &uuid : std::as_const(device.uuids)) {
        const OutboxRow row = readOutboxRow(device.databaseFile, uuid);
        QVERIFY2(!row.refused, qPrintable(row.lastError));
        if (row.confirmed) {
            ++confirmed;
            FAULT_VERIFY(held.contentSha256.value(uuid) == device.contentSha256.value(uuid),
                         QStringLiteral("confirmed but not on the server: ") + uuid);
        }
        if (row.lastStatus.toInt() == 401) {
            ++askedToSignIn;
            FAULT_VERIFY(!row.confirmed && row.lastError.contains(QStringLiteral("sign in")),
                         row.lastError);
        }
    }
    FAULT_VERIFY(askedToSignIn > 0 || status.lastError.contains(QStringLiteral("sign in")),
                 QStringLiteral("the 401 left no trace"));
    // No automatic retry without a token.
    const int cyclesBefore = runner.cycles();
    QTest::qWait(1000);
    QCOMPARE(runner.cycles(), cyclesBefore);

    // A new token (sign-in again, each time it runs out), and everything arrives.
    int signIns = 1;
    const DriveResult rest = drive(
        {&runner}, 60000,
        [&] {
            return runner.cycles() > cyclesBefore && runner.idleAndEmpty() &&
                   !runner.status().needsSignIn;
        },
        [&] {
            const auto now = runner.status();
            if (now.needsSignIn && !now.running) {
                const QString token = world.token(QStringLiteral("exec1"));
                if (token.isEmpty())
                    return;
                ++signIns;
                runner.setToken(token);
                runner.syncNow();
                QTest::qWait(50);
            }
        });
    const Tally t = tally({&device}, world.databaseFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("tokenExpiresMidSync: %d audits; %d on the server (%d confirmed on the phone) when the "
          "token ran out, %d entries answered 401; %d sign-ins in all; after: on server %d, lost "
          "%d, differing %d, photos %d/%d, outbox unconfirmed %d",
          t.made, onServer, confirmed, askedToSignIn, signIns, t.onServer, t.lost, t.differing,
          t.photosOnServer, t.photosMade, t.unconfirmed);
    FAULT_VERIFY(rest.done, t.describe());
    FAULT_VERIFY(t.exact(), t.describe());
}

void SyncFaultsTest::storageErrorsRetried()
{
    // A real storage failure of the real server: triggers in its database make every insert of
    // an audit or a photo fail, as a full or failing disk would, and the server answers 500.
    // (Root ignores file permissions, so a read-only file would not do it.)
    World world;
    QString error;
    QVERIFY2(world.create(m_seed + 4, {}, {}, &error), qPrintable(error));
    DeviceContents device;
    DeviceSpec spec;
    spec.folder = world.folder(QStringLiteral("phone"));
    spec.auditor = QStringLiteral("exec1");
    spec.audits = 40;
    spec.photoEvery = 4;
    spec.seed = m_seed + 41;
    QVERIFY2(makeDevice(spec, &device, &error), qPrintable(error));
    QVERIFY2(execOnServerDatabase(
                 world.databaseFile(),
                 {QStringLiteral("CREATE TRIGGER fault_audits BEFORE INSERT ON audits BEGIN SELECT "
                                 "RAISE(ABORT, 'disk I/O error (simulated)'); END"),
                  QStringLiteral("CREATE TRIGGER fault_photos BEFORE INSERT ON photos BEGIN SELECT "
                                 "RAISE(ABORT, 'disk I/O error (simulated)'); END")},
                 &error),
             qPrintable(error));

    SyncRunner runner(fastSettings(world.proxy->port(), device.databaseFile));
    runner.start(world.token(QStringLiteral("exec1")));
    runner.syncNow();
    const DriveResult failing = drive({&runner}, 20000, [&] { return runner.cycles() >= 4; });
    QVERIFY2(failing.done, "the client did not keep retrying");
    const int cyclesFailing = runner.cycles();
    const auto status = runner.status();
    QCOMPARE(serverAuditCount(world.databaseFile()), 0);
    FAULT_VERIFY(status.waiting == spec.audits && status.refused == 0,
                 QStringLiteral("%1 waiting, %2 refused").arg(status.waiting).arg(status.refused));
    FAULT_VERIFY(status.lastError.contains(QStringLiteral("could not take it now")),
                 status.lastError);
    int with500 = 0;
    for (const QString &uuid : std::as_const(device.uuids)) {
        const OutboxRow row = readOutboxRow(device.databaseFile, uuid);
        FAULT_VERIFY(!row.confirmed && !row.refused,
                     QStringLiteral("confirmed or refused: ") + uuid);
        if (row.attempts > 0) {
            FAULT_VERIFY(row.lastStatus.toInt() == 500, row.lastStatus.toString());
            FAULT_VERIFY(row.lastError.contains(QStringLiteral("cannot store")), row.lastError);
            ++with500;
        }
    }
    FAULT_VERIFY(with500 > 0, QStringLiteral("no entry recorded the 500"));

    // The audits' store recovers, the photos' not yet: the audits go up, their photos wait.
    QVERIFY2(execOnServerDatabase(world.databaseFile(),
                                  {QStringLiteral("DROP TRIGGER fault_audits")}, &error),
             qPrintable(error));
    const DriveResult audits = drive(
        {&runner}, 20000, [&] { return serverAuditCount(world.databaseFile()) == spec.audits; });
    QTest::qWait(300);
    const int photosWaiting = runner.status().photosWaiting;
    const int waitingForPhotos = runner.status().waiting;
    FAULT_VERIFY(audits.done, QStringLiteral("the audits did not go up"));
    FAULT_VERIFY(
        photosWaiting == int(device.photos.size()) && waitingForPhotos > 0,
        QStringLiteral("%1 photos waiting, %2 audits").arg(photosWaiting).arg(waitingForPhotos));

    QVERIFY2(execOnServerDatabase(world.databaseFile(),
                                  {QStringLiteral("DROP TRIGGER fault_photos")}, &error),
             qPrintable(error));
    const DriveResult rest = drive({&runner}, 30000);
    const Tally t = tally({&device}, world.databaseFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("storageErrorsRetried: %d audits, %d photos; %d entries answered 500 and kept; %d "
          "sync cycles while failing; then audits up with %d photos waiting; after: on server %d, "
          "lost %d, differing %d, photos %d/%d, outbox unconfirmed %d",
          t.made, t.photosMade, with500, cyclesFailing, photosWaiting, t.onServer, t.lost,
          t.differing, t.photosOnServer, t.photosMade, t.unconfirmed);
    FAULT_VERIFY(rest.done, t.describe());
    FAULT_VERIFY(t.exact(), t.describe());
}

void SyncFaultsTest::refusalKeptUntilAsked()
{
    World world;
    QString error;
    QVERIFY2(world.create(m_seed + 5, {}, {}, &error), qPrintable(error));
    DeviceContents device;
    DeviceSpec spec;
    spec.folder = world.folder(QStringLiteral("phone"));
    spec.auditor = QStringLiteral("exec1");
    spec.audits = 10;
    spec.seed = m_seed + 51;
    QVERIFY2(makeDevice(spec, &device, &error), qPrintable(error));
    // An audit on a script version that only the phone has: the server refuses it (422).
    DeviceSpec odd = spec;
    odd.script = storeVisitVersion(7);
    odd.scriptVersion = 7;
    odd.audits = 1;
    odd.photoEvery = 0;
    DeviceContents oddContents;
    QVERIFY2(makeDevice(odd, &oddContents, &error), qPrintable(error));
    const QString refusedUuid = oddContents.uuids.first();
    device.uuids << refusedUuid;
    device.contentSha256.insert(refusedUuid, oddContents.contentSha256.value(refusedUuid));

    SyncRunner runner(fastSettings(world.proxy->port(), device.databaseFile));
    runner.start(world.token(QStringLiteral("exec1")));
    runner.syncNow();
    auto settled = [&] {
        const auto s = runner.status();
        return runner.cycles() > 0 && !s.running && s.waiting == 1 && s.refused == 1;
    };
    QVERIFY2(drive({&runner}, 20000, settled).done, "the refused audit did not settle");
    OutboxRow row = readOutboxRow(device.databaseFile, refusedUuid);
    QVERIFY(row.refused && !row.confirmed);
    QCOMPARE(row.attempts, 1);
    QCOMPARE(row.lastStatus.toInt(), 422);
    QVERIFY2(row.lastError.contains(QStringLiteral("not published on this server")),
             qPrintable(row.lastError));
    QCOMPARE(serverAuditCount(world.databaseFile()), spec.audits);

    // Not retried on its own, however often sync runs.
    QTest::qWait(1200);
    runner.syncNow();
    QTest::qWait(600);
    QCOMPARE(readOutboxRow(device.databaseFile, refusedUuid).attempts, 1);

    // "Sync now" with the refused ones: tried again, refused again.
    const int cycles = runner.cycles();
    runner.syncNow(true);
    QVERIFY(drive({&runner}, 20000, [&] { return runner.cycles() > cycles && settled(); }).done);
    row = readOutboxRow(device.databaseFile, refusedUuid);
    QCOMPARE(row.attempts, 2);
    QVERIFY(row.refused);

    // Once the server has the version, "sync now" sends it.
    const QString adminToken = world.token(QStringLiteral("admin"));
    ApiClient admin(world.server->apiUrl());
    const ApiReply published =
        admin.post(QStringLiteral("/scripts"), storeVisitVersion(7), adminToken);
    QVERIFY2(published.status == 201, qPrintable(published.describe()));
    runner.syncNow(true);
    const DriveResult rest = drive({&runner}, 20000);
    const Tally t = tally({&device}, world.databaseFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("refusalKeptUntilAsked: refused with HTTP 422 (\"%s\"), kept, not retried on its own; "
          "sent again on syncNow(true) after the version was published; on server %d of %d, "
          "outbox unconfirmed %d",
          qPrintable(row.lastError), t.onServer, t.made, t.unconfirmed);
    QVERIFY2(rest.done, qPrintable(t.describe()));
    QVERIFY2(t.exact(), qPrintable(t.describe()));
    QCOMPARE(readServerHoldings(world.databaseFile(), false).scriptVersion.value(refusedUuid), 7);
}

QTEST_GUILESS_MAIN(SyncFaultsTest)
#include "tst_sync_faults.moc"
