// Speed of the device database against the targets:
//   (a) answer tap -> committed, over 10,000 taps: p99 under 1 ms;
//   (b) submit of a 60-answer audit, 300 times: p99 under 5 ms;
//   (c) the size of a database holding 1,000 submitted store visits (no target).
// Each timed call is the app's own AuditStore call on a file database (WAL, synchronous=FULL),
// in a fresh folder on the disk of --dir (default: the system's temporary folder).
//
//   bench_device [--quick] [--dir DIR]
//   bench_device --make-db FILE [--audits N]      a database of N submitted demo store visits
//
// Exits non-zero when a target is missed.

#include "SyntheticScript.h"

#include "core/Audit.h"
#include "core/Score.h"
#include "storage/AuditStore.h"
#include "storage/DemoSeed.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tp;
using namespace tp::storage;

namespace {

using Clock = std::chrono::steady_clock;

const QString kAuditor = QStringLiteral("shopper1");

// Milliseconds taken by one call.
double timeMs(const std::function<void()> &call)
{
    const auto start = Clock::now();
    call();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Nearest-rank percentile of sorted samples.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

struct Distribution
{
    std::vector<double> samples;

    void add(double ms) { samples.push_back(ms); }
    void print(const char *name)
    {
        std::sort(samples.begin(), samples.end());
        std::printf("  %-34s n=%-6zu p50 %7.3f  p90 %7.3f  p99 %7.3f  max %8.3f ms\n", name,
                    samples.size(), percentile(samples, 0.50), percentile(samples, 0.90),
                    percentile(samples, 0.99), samples.empty() ? 0.0 : samples.back());
    }
    double p99()
    {
        std::sort(samples.begin(), samples.end());
        return percentile(samples, 0.99);
    }
};

struct Target
{
    std::string name;
    double measuredMs = 0;
    double targetMs = 0;
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_device: %s\n", qPrintable(message));
    std::exit(2);
}

void check(const WriteResult &result, const char *what)
{
    if (!result.ok())
        die(QStringLiteral("%1 failed: %2").arg(QLatin1String(what), result.error));
}

// Tuning for untimed preparation only: what is written is the same, it just does not wait for
// the disk. Every timed call runs with the app's synchronous=FULL.
void setSynchronous(DeviceDatabase &db, bool full)
{
    if (!db.run(full ? QStringLiteral("PRAGMA synchronous=FULL")
                     : QStringLiteral("PRAGMA synchronous=OFF")))
        die(QStringLiteral("PRAGMA synchronous: ") + db.lastError());
}

QString startAudit(DeviceDatabase &db, const QString &scriptId, const QString &site)
{
    NewAudit audit;
    audit.scriptId = scriptId;
    audit.scriptVersion = 1;
    audit.site = site;
    audit.auditor = kAuditor;
    audit.mode = AuditMode::MysteryShop;
    QString error;
    const std::optional<QString> uuid = AuditStore(db).start(audit, &error);
    if (!uuid)
        die(QStringLiteral("start: ") + error);
    return *uuid;
}

std::unique_ptr<DeviceDatabase> openSeeded(const QString &fileName)
{
    DeviceDatabase::OpenResult opened = DeviceDatabase::open(fileName);
    if (!opened.database)
        die(opened.error);
    check(seedDemoOrganisation(*opened.database, QDate::currentDate()), "seeding the demo");
    return std::move(opened.database);
}

// Writes every answer and moment of `answers` into a started audit (untimed preparation).
void writeAudit(AuditStore &store, const QString &uuid, const Audit &answers)
{
    for (auto it = answers.answers.cbegin(); it != answers.answers.cend(); ++it) {
        if (it->notApplicable)
            check(store.setNotApplicable(uuid, it.key(), true), "N/A");
        else if (!it->value.isUndefined())
            check(store.saveValue(uuid, it.key(), it->value), "saveValue");
        if (!it->note.isEmpty())
            check(store.saveNote(uuid, it.key(), it->note), "saveNote");
    }
    for (const TimelineEvent &event : answers.timeline)
        check(store.addMoment(uuid, event.event, event.elapsedMs), "addMoment");
}

// A valid random value for an item of the demo store visit, as a shopper taps it.
QJsonValue tapValue(const Item &item, QRandomGenerator &random)
{
    switch (item.type) {
    case ItemType::YesNo:
        return random.bounded(2) == 1;
    case ItemType::Scale:
        return int(*item.min) + int(random.bounded(int(*item.max - *item.min) + 1));
    case ItemType::Nps:
        return int(random.bounded(11));
    case ItemType::Count:
        return int(random.bounded(8));
    case ItemType::Duration:
        return int(random.bounded(900));
    case ItemType::Number:
        return double(random.bounded(20000)) / 100.0;
    case ItemType::Choice:
        return item.options[int(random.bounded(int(item.options.size())))].id;
    case ItemType::Checklist:
        return QJsonArray{item.options.first().id};
    case ItemType::Text:
        return QStringLiteral("Friendly, but the queue was long (%1).").arg(random.bounded(1000));
    case ItemType::Photo:
        break;
    }
    return true;
}

// (a) 10,000 taps on the demo store visit: 80 % values, 10 % notes, 10 % moments, a new audit
// every 40 taps (about one visit's worth). `mode` names the synchronous setting.
Target answerTaps(DeviceDatabase &db, int taps, const char *mode)
{
    AuditStore store(db);
    const auto script = OrganisationStore(db).script(QStringLiteral("store-visit"), 1);
    QList<const Item *> items;
    for (const Item &item : script->items) {
        if (item.type != ItemType::Photo)
            items << &item;
    }
    QRandomGenerator random(20260314);
    Distribution all, values, notes, moments;
    QString uuid;
    for (int i = 0; i < taps; ++i) {
        if (i % 40 == 0)
            uuid = startAudit(db, QStringLiteral("store-visit"), QStringLiteral("store-bend"));
        const quint32 roll = random.bounded(10);
        const Item &item = *items[int(random.bounded(int(items.size())))];
        WriteResult result;
        double ms = 0;
        if (roll < 8) {
            const QJsonValue value = tapValue(item, random);
            ms = timeMs([&] { result = store.saveValue(uuid, item.id, value); });
            values.add(ms);
        } else if (roll < 9) {
            const QString note = QStringLiteral("Staff member %1 was on the phone.").arg(i);
            ms = timeMs([&] { result = store.saveNote(uuid, item.id, note); });
            notes.add(ms);
        } else {
            ms = timeMs([&] { result = store.addMoment(uuid, QStringLiteral("greeted"), i); });
            moments.add(ms);
        }
        check(result, "a tap");
        all.add(ms);
    }
    std::printf("(a) answer tap -> committed, %d taps (WAL, synchronous=%s)\n", taps, mode);
    values.print("saveValue");
    notes.print("saveNote");
    moments.print("addMoment");
    all.print("all taps");
    return {"answer tap -> committed (p99)", all.p99(), 1.0};
}

// (b) submit of a 60-answer audit of the 60-item synthetic script; with `flush` false, for
// reference only, with synchronous=NORMAL (no fsync per commit).
Target submits(DeviceDatabase &db, int repetitions, bool flush)
{
    check(OrganisationStore(db).putScript(bench::syntheticScript(60)), "storing the script");
    const auto script = OrganisationStore(db).script(QStringLiteral("synthetic"), 1);
    const AuditDecodeResult decoded = decodeAudit(bench::syntheticAudit(60));
    if (!script || !decoded.ok())
        die(QStringLiteral("the synthetic script or audit does not load"));
    AuditStore store(db);
    Distribution times;
    int answers = 0;
    for (int i = 0; i < repetitions; ++i) {
        setSynchronous(db, false);
        const QString uuid = startAudit(db, script->id, QStringLiteral("store-bend"));
        writeAudit(store, uuid, *decoded.audit);
        if (flush)
            setSynchronous(db, true);
        else if (!db.run(QStringLiteral("PRAGMA synchronous=NORMAL")))
            die(db.lastError());
        // One untimed write with the new setting first: with FULL it flushes what the
        // preparation left unflushed, which in the app each tap has flushed already.
        check(store.saveResumePosition(uuid, QStringLiteral("checkout/receipt_total")),
              "saveResumePosition");
        answers = store.answerCount(uuid);
        WriteResult result;
        times.add(timeMs([&] { result = store.submit(uuid, *script, QJsonObject()); }));
        check(result, "submit");
    }
    std::printf("(b) submit of a %d-answer audit (load, score, check, canonical JSON, SHA-256, "
                "outbox, commit), %d times (synchronous=%s)\n",
                answers, repetitions, flush ? "FULL" : "NORMAL, reference only");
    times.print("submit");
    return {"submit, 60 answers (p99)", times.p99(), 5.0};
}

// (c) N submitted demo store visits: the answers of assets/demo/audits/good.json. Returns the
// number of answers of each.
int fillWithSubmittedAudits(DeviceDatabase &db, int count)
{
    const AuditDecodeResult good =
        decodeAuditFile(QStringLiteral(TOUCHPOINT_SOURCE_DIR "/assets/demo/audits/good.json"));
    if (!good.ok())
        die(QStringLiteral("cannot read assets/demo/audits/good.json"));
    Audit answers = *good.audit;
    answers.answers.remove(QStringLiteral("storefront_photo")); // no photo files here
    const auto script = OrganisationStore(db).script(QStringLiteral("store-visit"), 1);
    const QStringList sites{QStringLiteral("store-bend"), QStringLiteral("store-portland"),
                            QStringLiteral("store-seattle"), QStringLiteral("store-north-lakes")};
    AuditStore store(db);
    setSynchronous(db, false);
    for (int i = 0; i < count; ++i) {
        const QString uuid = startAudit(db, script->id, sites[i % sites.size()]);
        writeAudit(store, uuid, answers);
        check(store.submit(uuid, *script, QJsonObject()), "submit");
    }
    setSynchronous(db, true);
    if (!db.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        die(QStringLiteral("checkpoint: ") + db.lastError());
    return int(answers.answers.size());
}

qint64 databaseBytes(const QString &fileName)
{
    qint64 bytes = 0;
    for (const char *suffix : {"", "-wal", "-shm"})
        bytes += QFileInfo(fileName + QLatin1String(suffix)).size();
    return bytes;
}

int makeDatabase(const QString &fileName, int audits)
{
    if (QFileInfo::exists(fileName))
        die(fileName + QStringLiteral(" exists; give a new file"));
    QElapsedTimer clock;
    clock.start();
    {
        auto db = openSeeded(fileName);
        fillWithSubmittedAudits(*db, audits);
    }
    std::printf("%s: %d submitted store visits, %.1f MiB, made in %.1f s\n", qPrintable(fileName),
                audits, double(databaseBytes(fileName)) / (1024.0 * 1024.0),
                double(clock.elapsed()) / 1000.0);
    return 0;
}

int intArgument(const QStringList &args, const QString &name, int fallback)
{
    const int at = int(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const int at = int(args.indexOf(QStringLiteral("--make-db"))); at >= 0) {
        if (at + 1 >= args.size())
            die(QStringLiteral("--make-db needs a file name"));
        return makeDatabase(args[at + 1], intArgument(args, QStringLiteral("--audits"), 1000));
    }
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int taps = quick ? 1000 : 10000;
    const int repetitions = quick ? 50 : 300;
    const int storedAudits = quick ? 100 : 1000;

    const QString base = args.contains(QStringLiteral("--dir"))
                             ? args.value(args.indexOf(QStringLiteral("--dir")) + 1)
                             : QDir::tempPath();
    QTemporaryDir dir(base + QStringLiteral("/bench_device-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("cannot make a folder in ") + base);
    std::printf("databases in %s\n\n", qPrintable(dir.path()));

    std::vector<Target> targets;
    {
        auto db = openSeeded(dir.filePath(QStringLiteral("taps.db")));
        targets.push_back(answerTaps(*db, taps, "FULL"));
    }
    {
        // For reference, not the app's setting: the same taps without an fsync per commit, to
        // show how much of a tap is the disk's flush.
        auto db = openSeeded(dir.filePath(QStringLiteral("taps-normal.db")));
        if (!db->run(QStringLiteral("PRAGMA synchronous=NORMAL")))
            die(db->lastError());
        answerTaps(*db, taps, "NORMAL, reference only: no fsync per commit");
    }
    {
        auto db = openSeeded(dir.filePath(QStringLiteral("submit.db")));
        targets.push_back(submits(*db, repetitions, true));
    }
    {
        auto db = openSeeded(dir.filePath(QStringLiteral("submit-normal.db")));
        submits(*db, repetitions, false);
    }
    {
        const QString fileName = dir.filePath(QStringLiteral("stored.db"));
        QElapsedTimer clock;
        clock.start();
        auto db = openSeeded(fileName);
        const qint64 empty = databaseBytes(fileName);
        const int answers = fillWithSubmittedAudits(*db, storedAudits);
        const double madeS = double(clock.elapsed()) / 1000.0;
        const qint64 bytes = databaseBytes(fileName);
        db.reset();
        clock.restart();
        auto reopened = openSeeded(fileName);
        const auto list = AuditStore(*reopened).list(kAuditor);
        std::printf("(c) %d submitted store visits (good.json's %d answers and 5 moments "
                    "each): %.2f MiB (%.1f KiB per audit, %.0f KiB empty), made in %.1f s; "
                    "reopen and list them: %lld ms\n",
                    storedAudits, answers, double(bytes) / (1024.0 * 1024.0),
                    double(bytes - empty) / 1024.0 / storedAudits, double(empty) / 1024.0, madeS,
                    static_cast<long long>(clock.elapsed()));
        if (list.size() != storedAudits)
            die(QStringLiteral("listed %1 audits, stored %2").arg(list.size()).arg(storedAudits));
    }

    bool allMet = true;
    std::printf("\n%-36s %14s %14s  %s\n", "benchmark", "measured (ms)", "target (ms)", "result");
    for (const Target &t : targets) {
        const bool met = t.measuredMs < t.targetMs;
        allMet = allMet && met;
        std::printf("%-36s %14.3f %14.1f  %s (%.1fx %s target)\n", t.name.c_str(), t.measuredMs,
                    t.targetMs, met ? "met" : "MISSED",
                    met ? t.targetMs / t.measuredMs : t.measuredMs / t.targetMs,
                    met ? "under" : "over");
    }
    return allMet ? 0 : 1;
}
