#pragma once

#include "sync/SyncClient.h"
#include "sync/SyncTypes.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>

// Phones and a server for the sync fault tests and the sync bench: device databases filled with
// submitted audits through the app's own storage code, a SyncClient on its own thread, and what
// the server ended up holding, read from its database.
namespace tp::test {

// What to put on one phone.
struct DeviceSpec
{
    QString folder;  // the database is folder/touchpoint.sqlite, photos go to folder/photos
    QString auditor; // an executive (or admin): self-audits need no assignment
    int audits = 0;
    // A script to put on the phone before the audits (JSON); empty for the demo's store-visit.
    QByteArray script;
    QString scriptId = QStringLiteral("store-visit");
    int scriptVersion = 1;
    QString site = QStringLiteral("store-bend");
    // The audit whose answers, notes and moments every audit copies (a file in the audit format).
    QByteArray answersFrom;
    QString photoItem = QStringLiteral("storefront_photo");
    int photoEvery = 10; // every Nth audit (0, N, 2N, ...) carries photos
    int photosPerAudit = 2;
    int photoMinBytes = 2 * 1024;
    int photoMaxBytes = 20 * 1024;
    quint64 seed = 1;
    // Photos (by file) to attach to the first audit as well, e.g. one another phone also has.
    QStringList sharedPhotoFiles;
};

struct DeviceContents
{
    QString databaseFile;
    QStringList uuids;
    QHash<QString, QString> contentSha256;     // uuid -> the content hash it was submitted with
    QHash<QString, QStringList> photosOfAudit; // uuid -> photo hashes
    QSet<QString> photos;                      // every photo hash on the phone
    qint64 photoBytes = 0;
};

// Creates the phone's database (demo organisation, same ids as the server's demo) and fills it.
// The filling connection writes with synchronous=OFF to be quick; the sync client opens its own.
bool makeDevice(const DeviceSpec &spec, DeviceContents *contents, QString *error);

// good.json from the demo (a store visit of store-bend).
QByteArray demoGoodAudit();

// Writes `bytes` random bytes (seeded) that look like a JPEG to `fileName`.
bool writeFakePhoto(const QString &fileName, int bytes, quint64 seed, QString *error);

// The phone's outbox as the sync client left it.
struct DeviceOutbox
{
    QHash<QString, QString> contentSha256; // every outbox entry
    QHash<QString, QByteArray> body;
    int unconfirmed = 0; // confirmed_at IS NULL
    int refused = 0;
    int withError = 0; // unconfirmed with last_error set
    int photosUploaded = 0;
    QString error; // the database could not be read
};
DeviceOutbox readDeviceOutbox(const QString &databaseFile);

// One outbox row, for the tests that look at a single audit.
struct OutboxRow
{
    bool exists = false;
    bool confirmed = false;
    bool refused = false;
    int attempts = 0;
    QString lastError;
    QVariant lastStatus;
    qint64 nextAttemptMs = 0;
    QString receiptSha256;
};
OutboxRow readOutboxRow(const QString &databaseFile, const QString &audit);

// What a SQLite server database holds (read-only connection; the server may keep running).
struct ServerHoldings
{
    QHash<QString, QString> contentSha256;   // uuid -> stored content hash
    QHash<QString, QByteArray> body;         // uuid -> stored canonical JSON
    QHash<QString, int> scriptVersion;       // uuid -> script version
    int auditRows = 0;                       // rows, to count duplicates against distinct uuids
    QHash<QString, QByteArray> photoSha;     // photo hash -> SHA-256 of the stored bytes (hex)
    QHash<QString, QStringList> auditPhotos; // uuid -> photo hashes linked
    QString error;
};
ServerHoldings readServerHoldings(const QString &serverDatabaseFile, bool withBodies = true);

// touchpoint-server user add NAME --role ROLE (password touchpoint-demo) on this database.
bool addUser(const QString &databaseSpec, const QString &username, const QString &role,
             QString *error);
// POST /login; an empty string and `error` on failure.
QString signIn(const QUrl &apiUrl, const QString &username, QString *error);

// SIGKILL to the touchpoint-server serving `databaseSpec` (found by its command line), and
// waits until it is gone. Returns the pid killed, or 0.
qint64 killServerHard(const QString &databaseSpec);

// A SyncClient living on its own thread, as in the app; the runner keeps the last status it
// published and counts its cycles. Everything is called from the thread that made the runner.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(const sync::SyncSettings &settings, QObject *parent = nullptr);
    ~SyncRunner() override;

    // Starts the client on its thread, with this token (no sync yet).
    void start(const QString &token);
    void setToken(const QString &token);
    void syncNow(bool includeRefused = false);

    sync::SyncStatus status() const { return m_status; }
    int cycles() const { return m_cycles; }
    int cyclesReachingServer() const { return m_reached; }
    qint64 msSinceLastActivity() const; // since the last status or end of cycle
    bool idleAndEmpty() const { return !m_status.running && m_status.waiting == 0; }

signals:
    void cycleFinished(bool reachedServer);
    void statusChanged();

private:
    QThread m_thread;
    sync::SyncClient *m_client = nullptr;
    sync::SyncStatus m_status;
    int m_cycles = 0;
    int m_reached = 0;
    qint64 m_lastActivityMs = 0;
};

} // namespace tp::test
