// The write path of the app, driven as fast as it goes, for the kill test (tst_kill).
//
//   touchpoint_kill_driver DBFILE SEED [--ack-before-write]
//
// Opens (or reopens) the device database, seeds the demo organisation if needed, resumes the
// audit in progress (or starts one on the demo store visit), then answers items for ever: values
// of the right type, N/A where allowed, notes, timeline moments and their undo, and now and then
// (and in one run in ten, first thing after resuming) a complete audit submitted and a new one
// started. It is meant to be killed.
//
// Every write is announced on stdout before the call ("try <what>") and acknowledged after the
// call returned success ("ack <what>"), exactly when the app would show "saved". Each line is
// one write(2) on the pipe, so it reaches the test whole even if the process dies right after.
// With --ack-before-write the acknowledgement comes before the write: the bug the kill test must
// catch (tst_kill checks that it does).
//
// Lines:
//   hello <pid>
//   ready <audit uuid>                       after resuming or starting an audit
//   try start                / ack start <uuid> <site>
//   try value <uuid> <item> <json>           / ack (same)
//   try na <uuid> <item> <0|1>               / ack (same)
//   try note <uuid> <item> <json string>     / ack (same)
//   try moment <uuid> <seq> <event> <elapsedMs> / ack (same)
//   try undo <uuid> <seq>                    / ack (same)   removes the last moment, number seq
//   try submit <uuid>        / ack submit <uuid> <sha256>
//   error <message>                          then exit code 3: a write failed that should not

#include "core/Score.h"
#include "storage/AuditStore.h"
#include "storage/DemoSeed.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace tp;
using namespace tp::storage;

namespace {

void emitLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            std::_Exit(4); // the test has gone away
        }
        data += written;
        left -= written;
    }
}

[[noreturn]] void fail(const QString &message)
{
    emitLine(QStringLiteral("error ") + message);
    std::exit(3);
}

QString jsonText(const QJsonValue &value)
{
    // A bare value as JSON text: the array wrapper's brackets stripped.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

const QString kAuditor = QStringLiteral("shopper1");
const QString kStoreEvents[] = {QStringLiteral("entered"), QStringLiteral("greeted"),
                                QStringLiteral("served"), QStringLiteral("paid"),
                                QStringLiteral("left")};

class Driver
{
public:
    Driver(DeviceDatabase &db, std::shared_ptr<const Script> script, QStringList sites,
           quint32 seed, bool ackBeforeWrite)
        : m_db(db)
        , m_store(db)
        , m_script(std::move(script))
        , m_sites(std::move(sites))
        , m_random(seed)
        , m_ackBeforeWrite(ackBeforeWrite)
    {
        for (const Item &item : m_script->items) {
            if (item.type != ItemType::Photo)
                m_valueItems << &item;
            if (item.allowNA)
                m_naItems << &item;
        }
    }

    void resumeOrStart()
    {
        for (const AuditSummary &summary : m_store.list(kAuditor)) {
            if (summary.state == AuditState::InProgress) {
                resume(summary.uuid);
                return;
            }
        }
        start();
    }

    [[noreturn]] void run()
    {
        // One start in ten submits first thing: the shopper reopens the app to send the audit.
        if (m_random.bounded(10) == 0)
            submitAndStartAnother();
        for (;;) {
            const quint32 roll = m_random.bounded(100);
            if (roll < 55)
                answerValue(*pick(m_valueItems));
            else if (roll < 63)
                setNotApplicable(*pick(m_naItems), true);
            else if (roll < 65)
                setNotApplicable(*pick(m_naItems), false);
            else if (roll < 80)
                writeNote(pick(m_script->items));
            else if (roll < 95)
                addMoment();
            else if (roll < 98)
                undoMoment();
            else
                submitAndStartAnother(); // about 1 write in 50
        }
    }

private:
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list[int(m_random.bounded(int(list.size())))];
    }

    // Announces, writes, acknowledges: the order the UI follows (or the buggy order).
    void perform(const QString &what, const std::function<WriteResult()> &write)
    {
        emitLine(QStringLiteral("try ") + what);
        if (m_ackBeforeWrite)
            emitLine(QStringLiteral("ack ") + what);
        const WriteResult result = write();
        if (!result.ok())
            fail(what + QStringLiteral(": ") + result.error);
        if (!m_ackBeforeWrite)
            emitLine(QStringLiteral("ack ") + what);
    }

    void resume(const QString &uuid)
    {
        const std::optional<StoredAudit> stored = m_store.load(uuid);
        if (!stored)
            fail(QStringLiteral("cannot load the audit in progress ") + uuid);
        m_uuid = uuid;
        m_clock = stored->clock;
        m_moments = int(stored->audit.timeline.size());
        emitLine(QStringLiteral("ready ") + m_uuid);
    }

    void start()
    {
        NewAudit audit;
        audit.scriptId = m_script->id;
        audit.scriptVersion = m_script->version;
        audit.site = pick(m_sites);
        audit.auditor = kAuditor;
        audit.mode = m_random.bounded(4) == 0 ? AuditMode::SelfAudit : AuditMode::MysteryShop;
        emitLine(QStringLiteral("try start"));
        QString error;
        std::optional<QString> uuid = m_store.start(audit, &error);
        if (!uuid)
            fail(QStringLiteral("start: ") + error);
        // The uuid is made by start(), so this one acknowledgement can only come after it.
        emitLine(QStringLiteral("ack start %1 %2").arg(*uuid, audit.site));
        resume(*uuid);
    }

    QJsonValue randomValue(const Item &item)
    {
        switch (item.type) {
        case ItemType::YesNo:
            return m_random.bounded(2) == 1;
        case ItemType::Scale:
            return int(*item.min) + int(m_random.bounded(int(*item.max - *item.min) + 1));
        case ItemType::Nps:
            return int(m_random.bounded(11));
        case ItemType::Count:
            return int(m_random.bounded(8));
        case ItemType::Duration:
            return int(m_random.bounded(900));
        case ItemType::Number: {
            const double low = item.min.value_or(0);
            const double high = item.max.value_or(low + 200);
            const double cents = double(m_random.bounded(int((high - low) * 100) + 1));
            return low + cents / 100.0;
        }
        case ItemType::Choice:
            return pick(item.options).id;
        case ItemType::Checklist: {
            QJsonArray ticked;
            for (const Option &option : item.options) {
                if (m_random.bounded(2) == 1)
                    ticked.append(option.id);
            }
            return ticked;
        }
        case ItemType::Text:
            return QStringLiteral("Réponse %1 — \"quoted\", ok").arg(m_random.bounded(100000));
        case ItemType::Photo:
            break;
        }
        return QJsonValue(true);
    }

    void answerValue(const Item &item)
    {
        const QJsonValue value = randomValue(item);
        perform(QStringLiteral("value %1 %2 %3").arg(m_uuid, item.id, jsonText(value)),
                [&] { return m_store.saveValue(m_uuid, item.id, value); });
    }

    void setNotApplicable(const Item &item, bool notApplicable)
    {
        perform(QStringLiteral("na %1 %2 %3").arg(m_uuid, item.id).arg(notApplicable ? 1 : 0),
                [&] { return m_store.setNotApplicable(m_uuid, item.id, notApplicable); });
    }

    void writeNote(const Item &item)
    {
        const QString note =
            m_random.bounded(8) == 0
                ? QString() // clearing a note
                : QStringLiteral("Note %1: staff said « back in 5 »").arg(m_random.bounded(100000));
        perform(QStringLiteral("note %1 %2 %3").arg(m_uuid, item.id, jsonText(note)),
                [&] { return m_store.saveNote(m_uuid, item.id, note); });
    }

    void addMoment()
    {
        const QString event = kStoreEvents[m_random.bounded(5)];
        const qint64 elapsed = m_clock.elapsedMs();
        perform(QStringLiteral("moment %1 %2 %3 %4")
                    .arg(m_uuid)
                    .arg(m_moments + 1)
                    .arg(event)
                    .arg(elapsed),
                [&] { return m_store.addMoment(m_uuid, event, elapsed); });
        ++m_moments;
    }

    void undoMoment()
    {
        if (m_moments == 0)
            return;
        perform(QStringLiteral("undo %1 %2").arg(m_uuid).arg(m_moments),
                [&] { return m_store.removeLastMoment(m_uuid); });
        --m_moments;
    }

    void submitAndStartAnother()
    {
        // First answer what submit would refuse without (each an acknowledged write of its own).
        const std::optional<StoredAudit> stored = m_store.load(m_uuid);
        if (!stored)
            fail(QStringLiteral("cannot load ") + m_uuid);
        const ScoreResult score = scoreAudit(*m_script, stored->audit);
        for (int index : score.missingRequired)
            answerValue(m_script->items[index]);

        const QString what = QStringLiteral("submit ") + m_uuid;
        emitLine(QStringLiteral("try ") + what);
        if (m_ackBeforeWrite)
            emitLine(QStringLiteral("ack ") + what + QStringLiteral(" -"));
        const WriteResult result = m_store.submit(m_uuid, *m_script, QJsonObject());
        if (!result.ok())
            fail(what + QStringLiteral(": ") + result.error);
        if (!m_ackBeforeWrite) {
            const std::optional<StoredAudit> submitted = m_store.load(m_uuid);
            if (!submitted)
                fail(QStringLiteral("cannot load the submitted ") + m_uuid);
            emitLine(QStringLiteral("ack ") + what + QLatin1Char(' ') + submitted->contentSha256);
        }
        start();
    }

    DeviceDatabase &m_db;
    AuditStore m_store;
    std::shared_ptr<const Script> m_script;
    QStringList m_sites;
    QList<const Item *> m_valueItems;
    QList<const Item *> m_naItems;
    QRandomGenerator m_random;
    bool m_ackBeforeWrite = false;
    QString m_uuid;
    AuditClock m_clock;
    int m_moments = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the SQLite driver is a plugin
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: touchpoint_kill_driver DBFILE SEED [--ack-before-write]\n");
        return 2;
    }
    const bool ackBeforeWrite = arguments.contains(QLatin1String("--ack-before-write"));
    // Room for every line written between two reads of the test, so that the driver never
    // waits on a full pipe (Linux; elsewhere the default size).
#ifdef F_SETPIPE_SZ
    ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
#endif
    emitLine(QStringLiteral("hello %1").arg(QCoreApplication::applicationPid()));

    DeviceDatabase::OpenResult opened = DeviceDatabase::open(arguments.at(1));
    if (!opened.database)
        fail(opened.error);
    DeviceDatabase &db = *opened.database;
    const WriteResult seeded = seedDemoOrganisation(db, QDate::currentDate());
    if (!seeded.ok())
        fail(QStringLiteral("seed: ") + seeded.error);

    OrganisationStore organisation(db);
    std::shared_ptr<const Script> script = organisation.script(QStringLiteral("store-visit"), 1);
    if (!script)
        fail(QStringLiteral("the demo store-visit script is not stored"));
    QStringList stores;
    for (const SiteInfo &site : organisation.sites()) {
        if (site.kind == QLatin1String("store"))
            stores << site.id;
    }
    if (stores.isEmpty())
        fail(QStringLiteral("the demo organisation has no store"));

    Driver driver(db, std::move(script), stores, arguments.at(2).toUInt(), ackBeforeWrite);
    driver.resumeOrStart();
    driver.run();
}
