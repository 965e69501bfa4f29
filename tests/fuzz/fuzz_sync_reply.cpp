// The phone's side of sync on any answer from the server: the bytes of an HTTP response (or just
// a body, taken as a 200) go through ApiReply::fromParts() as SyncClient's replies do; a 2xx
// answer is then applied as a GET /sync answer (SyncStore::applyPull) and read as an upload
// receipt (SyncStore::recordReceipt) on a throwaway device database holding the demo
// organisation and one queued audit. Nothing may crash, and a receipt may confirm the audit only
// when it names exactly the queued content.

#include "FuzzSupport.h"

#include "core/Audit.h"
#include "core/JsonWriters.h"
#include "storage/DemoSeed.h"
#include "storage/DeviceDatabase.h"
#include "storage/SyncStore.h"
#include "sync/ApiReply.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonValue>

#include <cstdio>
#include <memory>

using namespace tp;

namespace {

struct Device
{
    QString fileName;
    QString templateFile; // the database as seeded; what an answer changed is put back from it
    std::unique_ptr<storage::DeviceDatabase> db;
    QString audit;
    QString contentSha256;
};

Device &device()
{
    static Device *d = new Device; // never destroyed: Qt SQL's globals may be gone at exit
    return *d;
}

void openDevice()
{
    auto opened = storage::DeviceDatabase::open(device().fileName);
    if (!opened.database)
        fuzz::fail("cannot open the device database", opened.error.toUtf8());
    device().db = std::move(opened.database);
}

// Puts back what an answer may change (settings, sites, scripts, assignments, outbox) from the
// seeded copy, in one transaction: much cheaper than reopening a fresh copy of the file.
void restoreDevice()
{
    storage::DeviceDatabase &db = *device().db;
    if (!db.begin())
        fuzz::fail("cannot begin the restore", db.lastError().toUtf8());
    // Audits name their site and script: checked again at commit, when the rows are back.
    bool ok = db.run(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const char *table : {"assignments", "scripts", "sites", "settings", "outbox"}) {
        ok = ok && db.run(QStringLiteral("DELETE FROM main.%1").arg(QLatin1String(table))) &&
             // "WHERE 1": SQLite's transfer shortcut for a bare SELECT * skips the
             // deferred foreign key bookkeeping, and the commit would fail.
             db.run(QStringLiteral("INSERT INTO main.%1 SELECT * FROM seed.%1 WHERE 1")
                        .arg(QLatin1String(table)));
    }
    if (!ok || !db.commit())
        fuzz::fail("cannot restore the device database", db.lastError().toUtf8());
}

// A queued audit: the demo good.json on its assignment, submitted, in the outbox with its
// content hash (corpus/fuzz_sync_reply/receipt-*.http name the same hash).
void queueAudit(storage::DeviceDatabase &db)
{
    const AuditDecodeResult good = decodeAudit(fuzz::sourceFile("assets/demo/audits/good.json"));
    if (!good.ok())
        fuzz::fail("good.json does not decode");
    Audit audit = *good.audit;
    audit.assignment = QStringLiteral("demo-bend-visit"); // as the phone sends it
    device().audit = audit.uuid;
    device().contentSha256 = auditContentSha256(audit);
    const bool ok =
        db.run(QStringLiteral(
                   "INSERT INTO audits (uuid, script_id, script_version, site, auditor, mode, "
                   "assignment, started_at, started_monotonic_ms, state, submitted_at, "
                   "content_sha256) VALUES (?, ?, ?, ?, ?, 'mystery_shop', ?, ?, 0, 'submitted', "
                   "?, ?)"),
               {audit.uuid, audit.scriptId, audit.scriptVersion, audit.site, audit.auditor,
                audit.assignment, audit.startedAt, audit.submittedAt, device().contentSha256}) &&
        db.run(QStringLiteral("INSERT INTO outbox (audit, body, content_sha256, queued_at) VALUES "
                              "(?, ?, ?, ?)"),
               {audit.uuid, canonicalAuditJson(audit), device().contentSha256, audit.submittedAt});
    if (!ok)
        fuzz::fail("cannot queue the demo audit", db.lastError().toUtf8());
}

// "HTTP/1.1 200 OK\r\nheaders\r\n\r\nbody" or, without a status line, a body answered with 200.
// A response whose head never ends was cut short: a transport error.
struct RawResponse
{
    int status = 200;
    QByteArray body;
    bool cut = false;
};

RawResponse parseResponse(const QByteArray &input)
{
    RawResponse response;
    if (!input.startsWith("HTTP/")) {
        response.body = input;
        return response;
    }
    const qsizetype space = input.indexOf(' ');
    response.status = space < 0 ? 0 : input.mid(space + 1, 3).toInt();
    const qsizetype headEnd = input.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        response.cut = true;
        return response;
    }
    response.body = input.mid(headEnd + 4);
    return response;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    Device &d = device();
    d.templateFile = fuzz::scratchDir() + QStringLiteral("/seeded.sqlite");
    d.fileName = fuzz::scratchDir() + QStringLiteral("/device.sqlite");
    {
        auto seeded = storage::DeviceDatabase::open(d.templateFile);
        if (!seeded.database)
            fuzz::fail("cannot create the device database", seeded.error.toUtf8());
        const storage::WriteResult demo =
            storage::seedDemoOrganisation(*seeded.database, QDate(2026, 3, 14));
        if (!demo.ok())
            fuzz::fail("cannot seed the demo organisation", demo.error.toUtf8());
        queueAudit(*seeded.database);
    } // closed: the WAL is checkpointed into the file
    if (!QFile::copy(d.templateFile, d.fileName))
        fuzz::fail("cannot copy the device database");
    openDevice();
    // Table names are constants of this file, not input.
    if (!d.db->run(QStringLiteral("ATTACH DATABASE ? AS seed"), {d.templateFile}))
        fuzz::fail("cannot attach the seeded database", d.db->lastError().toUtf8());
    if (qEnvironmentVariableIntValue("TOUCHPOINT_FUZZ_VERBOSE") != 0)
        std::fprintf(stderr, "queued audit %s with content %s\n", qPrintable(d.audit),
                     qPrintable(d.contentSha256));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const RawResponse raw = parseResponse(input);
    const sync::ApiReply reply =
        sync::ApiReply::fromParts(raw.status, raw.body, raw.cut, QStringLiteral("cut short"));

    // The verdict follows the status alone; every failure has words for the screen.
    using Kind = sync::ApiReply::Kind;
    const bool is2xx = raw.status >= 200 && raw.status < 300;
    FUZZ_CHECK(reply.status == raw.status, input);
    FUZZ_CHECK(reply.ok() == (is2xx && !raw.cut), input);
    FUZZ_CHECK(reply.ok() || !reply.message.isEmpty(), input);
    FUZZ_CHECK((reply.kind == Kind::SignIn) == (raw.status == 401), input);
    if (!reply.ok())
        return 0;

    Device &d = device();
    storage::SyncStore store(*d.db);
    FUZZ_CHECK(store.cursor() == 0, "the device database was not put back"); // as seeded
    bool changed = false;

    // As a GET /sync answer.
    const storage::WriteResult pulled = store.applyPull(reply.json);
    if (pulled.ok()) {
        changed = true;
        FUZZ_CHECK(store.cursor() == reply.json.value(QLatin1String("cursor")).toInteger(-1),
                   input);
    }

    // As the receipt of a PUT /audits/{uuid}: only the queued content may be confirmed.
    const QString receipt = reply.json.value(QLatin1String("contentSha256")).toString();
    for (const QString &audit : {d.audit, reply.json.value(QLatin1String("uuid")).toString()}) {
        const storage::WriteResult recorded = store.recordReceipt(audit, receipt);
        if (recorded.ok()) {
            FUZZ_CHECK(audit == d.audit && receipt == d.contentSha256, input);
            changed = true;
        }
    }
    if (changed)
        restoreDevice();
    return 0;
}
