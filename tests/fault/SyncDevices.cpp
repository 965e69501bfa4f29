#include "SyncDevices.h"

#include "ApiClient.h"
#include "CommandRunner.h"
#include "FaultProxy.h"
#include "support/TestPaths.h"

#include "core/Audit.h"
#include "storage/AuditStore.h"
#include "storage/DemoSeed.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"
#include "storage/PhotoFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <signal.h>

#include <atomic>

namespace tp::test {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A read connection of its own on another program's SQLite file.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &file, bool readOnly)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("tp-fault-read-%1").arg(counter++);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.setConnectOptions(
            readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                     : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace

QByteArray demoGoodAudit()
{
    QFile file(sourcePath(QStringLiteral("assets/demo/audits/good.json")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFakePhoto(const QString &fileName, int bytes, quint64 seed, QString *error)
{
    QByteArray data(qMax(bytes, 8), Qt::Uninitialized);
    QRandomGenerator random = seededGenerator(seed);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    // JPEG start and end markers around the noise, so that it looks like one.
    data[0] = char(0xff);
    data[1] = char(0xd8);
    data[2] = char(0xff);
    data[3] = char(0xe0);
    data[data.size() - 2] = char(0xff);
    data[data.size() - 1] = char(0xd9);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return fail(error, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString()));
    return true;
}

bool makeDevice(const DeviceSpec &spec, DeviceContents *contents, QString *error)
{
    using namespace tp::storage;
    if (!QDir().mkpath(spec.folder))
        return fail(error, QStringLiteral("cannot create %1").arg(spec.folder));
    contents->databaseFile = QDir(spec.folder).filePath(QStringLiteral("touchpoint.sqlite"));
    auto opened = DeviceDatabase::open(contents->databaseFile);
    if (!opened.database)
        return fail(error, opened.error);
    DeviceDatabase &db = *opened.database;
    if (!db.run(QStringLiteral("PRAGMA synchronous=OFF")))
        return fail(error, db.lastError());
    if (const WriteResult seeded = seedDemoOrganisation(db, QDate::currentDate()); !seeded.ok())
        return fail(error, QStringLiteral("cannot seed the demo: ") + seeded.error);
    OrganisationStore organisation(db);
    if (!spec.script.isEmpty()) {
        if (const WriteResult put = organisation.putScript(spec.script); !put.ok())
            return fail(error, QStringLiteral("cannot put the script on the phone: ") + put.error);
    }
    const auto script = organisation.script(spec.scriptId, spec.scriptVersion);
    if (!script)
        return fail(error, QStringLiteral("script %1 version %2 is not on the phone")
                               .arg(spec.scriptId)
                               .arg(spec.scriptVersion));
    const AuditDecodeResult source =
        decodeAudit(spec.answersFrom.isEmpty() ? demoGoodAudit() : spec.answersFrom);
    if (!source.ok())
        return fail(error,
                    QStringLiteral("cannot read the audit to copy: ") +
                        (source.issues.isEmpty() ? QString() : source.issues.first().toString()));
    const Audit &model = *source.audit;

    AuditStore audits(db);
    QRandomGenerator random = seededGenerator(spec.seed);
    const QString camera = QDir(spec.folder).filePath(QStringLiteral("camera"));
    const QString photoFolder = QDir(spec.folder).filePath(QStringLiteral("photos"));
    QDir().mkpath(camera);
    auto check = [&](const WriteResult &r, const char *what) {
        if (!r.ok())
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what), r.error);
        return r.ok();
    };
    for (int i = 0; i < spec.audits; ++i) {
        const auto uuid = audits.start({spec.scriptId, spec.scriptVersion, spec.site, spec.auditor,
                                        AuditMode::SelfAudit, QString()},
                                       error);
        if (!uuid)
            return false;
        if (!db.begin())
            return fail(error, db.lastError());
        for (auto it = model.answers.cbegin(); it != model.answers.cend(); ++it) {
            if (it->notApplicable) {
                if (!check(audits.setNotApplicable(*uuid, it.key(), true), "N/A"))
                    return false;
            } else if (!it->value.isUndefined() && !it->value.isNull()) {
                if (!check(audits.saveValue(*uuid, it.key(), it->value), "answer"))
                    return false;
            }
            if (!it->note.isEmpty() && !check(audits.saveNote(*uuid, it.key(), it->note), "note"))
                return false;
        }
        for (const TimelineEvent &event : model.timeline) {
            if (!check(audits.addMoment(*uuid, event.event, event.elapsedMs), "moment"))
                return false;
        }
        QStringList photoFiles;
        if (spec.photoEvery > 0 && i % spec.photoEvery == 0) {
            for (int p = 0; p < spec.photosPerAudit; ++p) {
                const int size =
                    spec.photoMinBytes +
                    int(random.bounded(quint32(spec.photoMaxBytes - spec.photoMinBytes + 1)));
                const QString file =
                    QDir(camera).filePath(QStringLiteral("IMG_%1_%2.jpg").arg(i).arg(p));
                if (!writeFakePhoto(file, size, random.generate64(), error))
                    return false;
                photoFiles << file;
            }
        }
        if (i == 0)
            photoFiles += spec.sharedPhotoFiles;
        for (const QString &file : std::as_const(photoFiles)) {
            const auto photo = importPhoto(db, file, photoFolder, error);
            if (!photo)
                return false;
            if (!spec.sharedPhotoFiles.contains(file))
                QFile::remove(file);
            if (!check(audits.attachPhoto(*uuid, spec.photoItem, photo->sha256), "photo"))
                return false;
            contents->photosOfAudit[*uuid] << photo->sha256;
            if (!contents->photos.contains(photo->sha256))
                contents->photoBytes += QFileInfo(photo->fileName).size();
            contents->photos.insert(photo->sha256);
        }
        if (!db.commit())
            return fail(error, db.lastError());
        if (!check(audits.submit(*uuid, *script, {}), "submit"))
            return false;
        QSqlQuery &sha =
            db.statement(QStringLiteral("SELECT content_sha256 FROM outbox WHERE audit = ?"));
        FinishQuery finish{sha};
        if (!db.run(sha, {*uuid}) || !sha.next())
            return fail(error, QStringLiteral("the submitted audit has no outbox entry"));
        contents->uuids << *uuid;
        contents->contentSha256.insert(*uuid, sha.value(0).toString());
    }
    db.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

DeviceOutbox readDeviceOutbox(const QString &databaseFile)
{
    DeviceOutbox outbox;
    ReadConnection connection(databaseFile, false);
    if (!connection.error().isEmpty()) {
        outbox.error = connection.error();
        return outbox;
    }
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT audit, content_sha256, body, confirmed_at IS NULL, refused, "
                               "last_error IS NOT NULL FROM outbox"))) {
        outbox.error = q.lastError().text();
        return outbox;
    }
    while (q.next()) {
        const QString audit = q.value(0).toString();
        outbox.contentSha256.insert(audit, q.value(1).toString());
        outbox.body.insert(audit, q.value(2).toByteArray());
        if (q.value(3).toBool()) {
            ++outbox.unconfirmed;
            if (q.value(5).toBool())
                ++outbox.withError;
        }
        if (q.value(4).toInt() != 0)
            ++outbox.refused;
    }
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM photo_uploads")) && q.next())
        outbox.photosUploaded = q.value(0).toInt();
    return outbox;
}

OutboxRow readOutboxRow(const QString &databaseFile, const QString &audit)
{
    OutboxRow row;
    ReadConnection connection(databaseFile, false);
    QSqlQuery q(connection.db());
    q.prepare(
        QStringLiteral("SELECT confirmed_at IS NOT NULL, refused, attempts, last_error, "
                       "last_status, next_attempt_at, receipt_sha256 FROM outbox WHERE audit = ?"));
    q.addBindValue(audit);
    if (!q.exec() || !q.next())
        return row;
    row.exists = true;
    row.confirmed = q.value(0).toBool();
    row.refused = q.value(1).toInt() != 0;
    row.attempts = q.value(2).toInt();
    row.lastError = q.value(3).toString();
    row.lastStatus = q.value(4);
    row.nextAttemptMs = q.value(5).toLongLong();
    row.receiptSha256 = q.value(6).toString();
    return row;
}

ServerHoldings readServerHoldings(const QString &serverDatabaseFile, bool withBodies)
{
    ServerHoldings held;
    ReadConnection connection(serverDatabaseFile, true);
    if (!connection.error().isEmpty()) {
        held.error = connection.error();
        return held;
    }
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    if (!q.exec(
            withBodies
                ? QStringLiteral("SELECT uuid, content_sha256, script_version, body FROM audits")
                : QStringLiteral("SELECT uuid, content_sha256, script_version FROM audits"))) {
        held.error = q.lastError().text();
        return held;
    }
    while (q.next()) {
        ++held.auditRows;
        const QString uuid = q.value(0).toString();
        held.contentSha256.insert(uuid, q.value(1).toString());
        held.scriptVersion.insert(uuid, q.value(2).toInt());
        if (withBodies)
            held.body.insert(uuid, q.value(3).toString().toUtf8());
    }
    if (!q.exec(withBodies ? QStringLiteral("SELECT sha256, content FROM photos")
                           : QStringLiteral("SELECT sha256 FROM photos"))) {
        held.error = q.lastError().text();
        return held;
    }
    while (q.next())
        held.photoSha.insert(q.value(0).toString(),
                             withBodies ? QCryptographicHash::hash(q.value(1).toByteArray(),
                                                                   QCryptographicHash::Sha256)
                                              .toHex()
                                        : QByteArray());
    if (!q.exec(QStringLiteral("SELECT audit_uuid, sha256 FROM audit_photos"))) {
        held.error = q.lastError().text();
        return held;
    }
    while (q.next())
        held.auditPhotos[q.value(0).toString()] << q.value(1).toString();
    return held;
}

bool addUser(const QString &databaseSpec, const QString &username, const QString &role,
             QString *error)
{
    const CommandResult run = runServerCommand(
        {QStringLiteral("user"), QStringLiteral("add"), username, QStringLiteral("--db"),
         databaseSpec, QStringLiteral("--role"), role, QStringLiteral("--name"), username},
        QByteArray(storage::kDemoPassword) + '\n');
    if (run.ok())
        return true;
    return fail(error, run.describe());
}

QString signIn(const QUrl &apiUrl, const QString &username, QString *error)
{
    ApiClient api(apiUrl);
    const ApiReply reply = api.post(
        QStringLiteral("/login"),
        QJsonObject{{QStringLiteral("username"), username},
                    {QStringLiteral("password"), QString::fromLatin1(storage::kDemoPassword)}});
    const QString token = reply.object().value(QStringLiteral("token")).toString();
    if (token.isEmpty() && error)
        *error = QStringLiteral("sign-in of %1 failed: %2").arg(username, reply.describe());
    return token;
}

qint64 killServerHard(const QString &databaseSpec)
{
    const QByteArray spec = databaseSpec.toLocal8Bit();
    const QString binaryName = QFileInfo(serverBinary()).fileName();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.size() < 4 || !QString::fromLocal8Bit(args[0]).endsWith(binaryName) ||
            args[1] != "serve" || !args.contains(spec))
            continue;
        if (::kill(pid_t(pid), SIGKILL) != 0)
            return 0;
        // Gone, or a zombie waiting for its parent (the ServerProcess) to reap it.
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                break;
            const QByteArray text = stat.readAll();
            const qsizetype close = text.lastIndexOf(')');
            if (close > 0 && text.mid(close + 2, 1) == "Z")
                break;
            QThread::msleep(5);
        }
        return pid;
    }
    return 0;
}

SyncRunner::SyncRunner(const sync::SyncSettings &settings, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sync"));
    m_client = new sync::SyncClient(settings);
    m_client->moveToThread(&m_thread);
    connect(m_client, &sync::SyncClient::statusChanged, this,
            [this](const sync::SyncStatus &status) {
                m_status = status;
                m_lastActivityMs = nowMs();
                emit statusChanged();
            });
    connect(m_client, &sync::SyncClient::syncFinished, this, [this](bool reached) {
        ++m_cycles;
        if (reached)
            ++m_reached;
        m_lastActivityMs = nowMs();
        emit cycleFinished(reached);
    });
    m_thread.start();
}

SyncRunner::~SyncRunner()
{
    sync::SyncClient *client = m_client;
    QMetaObject::invokeMethod(
        client,
        [client] {
            client->stop();
            delete client;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncRunner::start(const QString &token)
{
    m_lastActivityMs = nowMs();
    sync::SyncClient *client = m_client;
    QMetaObject::invokeMethod(
        client,
        [client, token] {
            client->start();
            client->setToken(token);
        },
        Qt::QueuedConnection);
}

void SyncRunner::setToken(const QString &token)
{
    sync::SyncClient *client = m_client;
    QMetaObject::invokeMethod(
        client, [client, token] { client->setToken(token); }, Qt::QueuedConnection);
}

void SyncRunner::syncNow(bool includeRefused)
{
    m_lastActivityMs = nowMs();
    sync::SyncClient *client = m_client;
    QMetaObject::invokeMethod(
        client, [client, includeRefused] { client->syncNow(includeRefused); },
        Qt::QueuedConnection);
}

qint64 SyncRunner::msSinceLastActivity() const
{
    return nowMs() - m_lastActivityMs;
}

} // namespace tp::test
