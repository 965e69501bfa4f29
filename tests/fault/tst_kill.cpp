// The kill test: the app's write path is killed with SIGKILL at random moments, again
// and again, on one database file. After every kill the database must pass PRAGMA
// integrity_check, and hold every write that was acknowledged before the kill.
//
// touchpoint_kill_driver (kill_driver.cpp) writes through the app's own storage library and
// prints "try <write>" before each write and "ack <write>" once the call returned success. This
// test replays the acknowledged writes into a model of what the database must hold. After a
// kill at most one write was under way (announced, not acknowledged): the database must equal
// the model either without it or with it, exactly; nothing acknowledged may be missing or
// different, and nothing that was never attempted may appear. Submitted audits must have their
// outbox entry, whose body hashes to the acknowledged SHA-256 and matches the stored rows.
//
// TOUCHPOINT_KILLS sets the number of kills (default 120; the bench runs 1,000), and
// TOUCHPOINT_KILL_SEED the random seed (printed, to repeat a run).

#include "core/Audit.h"
#include "storage/DeviceSchema.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <thread>

namespace {

struct AnswerRow
{
    QJsonValue value{QJsonValue::Undefined}; // Undefined: NULL in the database
    bool notApplicable = false;
    QString note;

    bool operator==(const AnswerRow &o) const
    {
        return value == o.value && notApplicable == o.notApplicable && note == o.note;
    }
    bool operator!=(const AnswerRow &o) const { return !(*this == o); }
    bool isEmpty() const { return value.isUndefined() && !notApplicable && note.isEmpty(); }
    QString describe() const
    {
        return QStringLiteral("{value %1, na %2, note %3}")
            .arg(value.isUndefined()
                     ? QStringLiteral("NULL")
                     : QString::fromUtf8(
                           QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)))
            .arg(notApplicable ? 1 : 0)
            .arg(note.isEmpty() ? QStringLiteral("''") : QStringLiteral("\"%1\"").arg(note));
    }
};

struct Moment
{
    int seq = 0;
    QString event;
    qint64 elapsedMs = 0;

    bool operator==(const Moment &o) const
    {
        return seq == o.seq && event == o.event && elapsedMs == o.elapsedMs;
    }
    bool operator!=(const Moment &o) const { return !(*this == o); }
};

struct AuditRows
{
    bool submitted = false;
    QString sha256; // in the model: empty while not known (a submit whose ack was not read)
    QMap<QString, AnswerRow> answers;
    QList<Moment> timeline;
};

using State = QMap<QString, AuditRows>;

struct OutboxRow
{
    QByteArray body;
    QString sha256;
};

// The database as the next start of the app finds it.
struct Snapshot
{
    QString error; // the database could not be read at all
    QString integrity;
    QStringList foreignKeyProblems;
    int schemaVersion = -1;
    bool seeded = false;
    State audits;
    QMap<QString, OutboxRow> outbox;
};

QJsonValue parseJsonValue(const QString &text)
{
    const QJsonArray wrapper =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]")).array();
    return wrapper.isEmpty() ? QJsonValue(QJsonValue::Undefined) : wrapper.first();
}

QJsonValue decodeStoredValue(const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonArray wrapper = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    return wrapper.isEmpty() ? QJsonValue(QStringLiteral("<undecodable %1>").arg(stored.toString()))
                             : wrapper.first();
}

Snapshot readSnapshot(const QString &fileName)
{
    Snapshot s;
    const QString connection = QStringLiteral("kill-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(fileName);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const auto exec = [&](const char *sql) {
                if (q.exec(QLatin1String(sql)))
                    return true;
                if (s.error.isEmpty())
                    s.error =
                        QStringLiteral("%1: %2").arg(QLatin1String(sql), q.lastError().text());
                return false;
            };
            if (exec("PRAGMA integrity_check")) {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                s.integrity = lines.join(QLatin1Char('\n'));
            }
            if (exec("PRAGMA foreign_key_check")) {
                while (q.next())
                    s.foreignKeyProblems << QStringLiteral("%1 row %2 -> %3")
                                                .arg(q.value(0).toString(), q.value(1).toString(),
                                                     q.value(2).toString());
            }
            if (exec("PRAGMA user_version") && q.next())
                s.schemaVersion = q.value(0).toInt();
            if (s.schemaVersion >= 1) {
                if (exec("SELECT value FROM settings WHERE key = 'demo-seeded'") && q.next())
                    s.seeded = q.value(0).toString() == QLatin1String("1");
                if (exec("SELECT uuid, state, content_sha256 FROM audits")) {
                    while (q.next()) {
                        AuditRows &a = s.audits[q.value(0).toString()];
                        a.submitted = q.value(1).toString() == QLatin1String("submitted");
                        a.sha256 = q.value(2).toString();
                    }
                }
                if (exec("SELECT audit, item, value, not_applicable, note FROM answers")) {
                    while (q.next()) {
                        AnswerRow &row =
                            s.audits[q.value(0).toString()].answers[q.value(1).toString()];
                        row.value = decodeStoredValue(q.value(2));
                        row.notApplicable = q.value(3).toInt() != 0;
                        row.note = q.value(4).toString();
                    }
                }
                if (exec(
                        "SELECT audit, seq, event, elapsed_ms FROM timeline ORDER BY audit, seq")) {
                    while (q.next())
                        s.audits[q.value(0).toString()].timeline.append(
                            {q.value(1).toInt(), q.value(2).toString(), q.value(3).toLongLong()});
                }
                if (exec("SELECT audit, body, content_sha256 FROM outbox")) {
                    while (q.next())
                        s.outbox.insert(q.value(0).toString(),
                                        {q.value(1).toByteArray(), q.value(2).toString()});
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return s;
}

// What must hold whatever was acknowledged: the file is sound, and a submitted audit is queued
// with exactly the content that is stored. `bodiesMatched` remembers the outbox bodies (audit and
// SHA-256) already decoded and matched with their rows: the same bytes again need only the hash,
// since the rows of a submitted audit are held to the model after every kill anyway.
QStringList soundnessProblems(const Snapshot &s, QSet<QString> &bodiesMatched)
{
    QStringList problems;
    if (!s.error.isEmpty())
        return {QStringLiteral("cannot read the database: ") + s.error};
    if (s.integrity != QLatin1String("ok"))
        problems << QStringLiteral("PRAGMA integrity_check: ") + s.integrity;
    for (const QString &problem : s.foreignKeyProblems)
        problems << QStringLiteral("PRAGMA foreign_key_check: ") + problem;
    int inProgress = 0;
    for (auto it = s.audits.cbegin(); it != s.audits.cend(); ++it) {
        const QString &uuid = it.key();
        const AuditRows &audit = *it;
        const auto queued = s.outbox.constFind(uuid);
        if (!audit.submitted) {
            ++inProgress;
            if (queued != s.outbox.cend())
                problems
                    << QStringLiteral("audit %1 is in progress but queued in the outbox").arg(uuid);
            continue;
        }
        if (queued == s.outbox.cend()) {
            problems << QStringLiteral("audit %1 is submitted but has no outbox entry").arg(uuid);
            continue;
        }
        const QString bodySha = QString::fromLatin1(
            QCryptographicHash::hash(queued->body, QCryptographicHash::Sha256).toHex());
        if (queued->sha256 != audit.sha256 || bodySha != audit.sha256) {
            problems << QStringLiteral("audit %1: sha256 %2 in audits, %3 in the outbox, %4 of the "
                                       "outbox body")
                            .arg(uuid, audit.sha256, queued->sha256, bodySha);
            continue;
        }
        const QString bodyKey = uuid + QLatin1Char(' ') + bodySha;
        if (bodiesMatched.contains(bodyKey))
            continue;
        const qsizetype problemsBefore = problems.size();
        const tp::AuditDecodeResult decoded = tp::decodeAudit(queued->body);
        if (!decoded.ok() || decoded.audit->uuid != uuid) {
            problems << QStringLiteral("audit %1: the outbox body does not decode as this audit")
                            .arg(uuid);
            continue;
        }
        QMap<QString, AnswerRow> sent;
        for (auto a = decoded.audit->answers.cbegin(); a != decoded.audit->answers.cend(); ++a)
            sent.insert(a.key(), {a->value, a->notApplicable, a->note});
        QMap<QString, AnswerRow> stored;
        for (auto a = audit.answers.cbegin(); a != audit.answers.cend(); ++a) {
            if (!a->isEmpty())
                stored.insert(a.key(), *a);
        }
        if (sent != stored)
            problems << QStringLiteral("audit %1: the outbox body's answers differ from the stored "
                                       "answers")
                            .arg(uuid);
        QList<Moment> sentTimeline;
        for (const tp::TimelineEvent &e : decoded.audit->timeline)
            sentTimeline.append({int(sentTimeline.size()) + 1, e.event, e.elapsedMs});
        if (sentTimeline != audit.timeline)
            problems << QStringLiteral("audit %1: the outbox body's timeline differs from the "
                                       "stored timeline")
                            .arg(uuid);
        if (problems.size() == problemsBefore)
            bodiesMatched.insert(bodyKey);
    }
    for (auto it = s.outbox.cbegin(); it != s.outbox.cend(); ++it) {
        if (!s.audits.contains(it.key()))
            problems << QStringLiteral("outbox entry %1 has no audit").arg(it.key());
    }
    if (inProgress > 1)
        problems << QStringLiteral("%1 audits in progress; the driver keeps one").arg(inProgress);
    return problems;
}

// The differences between what must be stored and what is, first ones first.
QStringList differences(const State &expected, const State &stored, int limit = 8)
{
    QStringList out;
    const auto add = [&](const QString &text) {
        if (out.size() < limit)
            out << text;
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString &uuid = it.key();
        const auto found = stored.constFind(uuid);
        if (found == stored.cend()) {
            add(QStringLiteral("audit %1 is missing").arg(uuid));
            continue;
        }
        if (it->submitted != found->submitted)
            add(QStringLiteral("audit %1 should be %2, is %3")
                    .arg(uuid,
                         it->submitted ? QStringLiteral("submitted")
                                       : QStringLiteral("in progress"),
                         found->submitted ? QStringLiteral("submitted")
                                          : QStringLiteral("in progress")));
        else if (it->submitted && !it->sha256.isEmpty() && it->sha256 != found->sha256)
            add(QStringLiteral("audit %1 was submitted with sha256 %2, stored %3")
                    .arg(uuid, it->sha256, found->sha256));
        for (auto a = it->answers.cbegin(); a != it->answers.cend(); ++a) {
            const auto row = found->answers.constFind(a.key());
            if (row == found->answers.cend())
                add(QStringLiteral("audit %1 item %2: %3 is missing")
                        .arg(uuid, a.key(), a->describe()));
            else if (*row != *a)
                add(QStringLiteral("audit %1 item %2: should be %3, is %4")
                        .arg(uuid, a.key(), a->describe(), row->describe()));
        }
        for (auto row = found->answers.cbegin(); row != found->answers.cend(); ++row) {
            if (!it->answers.contains(row.key()))
                add(QStringLiteral("audit %1 item %2: %3 was never written")
                        .arg(uuid, row.key(), row->describe()));
        }
        if (it->timeline != found->timeline) {
            add(QStringLiteral("audit %1: %2 moments should be stored (last seq %3), %4 are (last "
                               "seq %5)")
                    .arg(uuid)
                    .arg(it->timeline.size())
                    .arg(it->timeline.isEmpty() ? 0 : it->timeline.last().seq)
                    .arg(found->timeline.size())
                    .arg(found->timeline.isEmpty() ? 0 : found->timeline.last().seq));
        }
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!expected.contains(it.key()))
            add(QStringLiteral("audit %1 is stored but was never started").arg(it.key()));
    }
    return out;
}

// Splits off the first `count` words of a line; the rest (which may hold spaces) goes to `rest`.
QStringList words(const QString &line, int count, QString *rest = nullptr)
{
    QStringList out;
    int from = 0;
    while (out.size() < count && from <= line.size()) {
        int space = line.indexOf(QLatin1Char(' '), from);
        if (space < 0)
            space = int(line.size());
        out << line.mid(from, space - from);
        from = space + 1;
    }
    if (rest)
        *rest = from <= line.size() ? line.mid(from) : QString();
    return out;
}

// Applies one acknowledged write ("value <uuid> <item> <json>", ...) to the model.
QString apply(State &state, const QString &write)
{
    QString rest;
    const QStringList w = words(write, 1, &rest);
    const QString &kind = w.first();
    if (kind == QLatin1String("start")) {
        const QStringList a = words(rest, 2);
        if (a.size() < 2 || a[0].isEmpty() || state.contains(a[0]))
            return QStringLiteral("bad start: ") + write;
        state.insert(a[0], AuditRows());
        return {};
    }
    const QStringList a = words(rest, 1, &rest);
    const auto audit = state.find(a.value(0));
    if (audit == state.end())
        return QStringLiteral("a write to an audit that was never started: ") + write;
    if (kind == QLatin1String("value") || kind == QLatin1String("na") ||
        kind == QLatin1String("note")) {
        const QStringList item = words(rest, 1, &rest);
        AnswerRow &row = audit->answers[item.value(0)];
        if (kind == QLatin1String("value")) {
            row.value = parseJsonValue(rest);
            row.notApplicable = false;
            if (row.value.isUndefined())
                return QStringLiteral("bad value: ") + write;
        } else if (kind == QLatin1String("na")) {
            row.notApplicable = rest == QLatin1String("1");
            if (row.notApplicable)
                row.value = QJsonValue(QJsonValue::Undefined);
        } else {
            row.note = parseJsonValue(rest).toString();
        }
        return {};
    }
    if (kind == QLatin1String("moment")) {
        const QStringList m = words(rest, 3);
        const int seq = m.value(0).toInt();
        const int expectedSeq = audit->timeline.isEmpty() ? 1 : audit->timeline.last().seq + 1;
        if (seq != expectedSeq)
            return QStringLiteral("moment %1 announced, %2 expected: %3")
                .arg(seq)
                .arg(expectedSeq)
                .arg(write);
        audit->timeline.append({seq, m.value(1), m.value(2).toLongLong()});
        return {};
    }
    if (kind == QLatin1String("undo")) {
        if (audit->timeline.isEmpty() || audit->timeline.last().seq != rest.toInt())
            return QStringLiteral("undo of a moment that is not the last: ") + write;
        audit->timeline.removeLast();
        return {};
    }
    if (kind == QLatin1String("submit")) {
        audit->submitted = true;
        audit->sha256 = rest == QLatin1String("-") ? QString() : rest;
        return {};
    }
    return QStringLiteral("unknown write: ") + write;
}

struct Totals
{
    int kills = 0;
    int killsTimedFromStart = 0;
    int killsBeforeReady = 0;
    int midWrite = 0;       // a write was announced and not acknowledged
    int midWriteLanded = 0; // ... and it was found committed
    int acks = 0;
};

class KillRun
{
public:
    KillRun(const QString &fileName, quint32 seed, bool ackBeforeWrite)
        : m_fileName(fileName)
        , m_random(seed)
        , m_ackBeforeWrite(ackBeforeWrite)
    {
    }

    // Starts the driver, kills it, and checks the database. Returns what is wrong, if anything.
    QString killOnce()
    {
        QProcess driver;
        driver.setProgram(QStringLiteral(TOUCHPOINT_KILL_DRIVER));
        QStringList arguments{m_fileName, QString::number(m_random.generate())};
        if (m_ackBeforeWrite)
            arguments << QStringLiteral("--ack-before-write");
        driver.setArguments(arguments);
        // The first ten kills, on a new database, and then one in ten are timed from the start
        // of the process (0-20 ms; it takes about 4 ms to reach main() and 7-11 ms to be ready),
        // to land while the database is opened, migrated, seeded or the audit resumed. The
        // others come 0-50 ms after the driver said it was ready, while it writes.
        const bool fromStart =
            !m_ackBeforeWrite && (m_totals.kills < 10 || m_totals.kills % 10 == 0);
        const auto delay = std::chrono::microseconds(m_random.bounded(fromStart ? 20001 : 50001));
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        driver.start();
        if (!driver.waitForStarted(10000))
            return QStringLiteral("cannot start the driver: ") + driver.errorString();
        if (!fromStart) {
            while (!output.startsWith("ready ") && !output.contains("\nready ")) {
                if (driver.state() != QProcess::Running || clock.elapsed() > 20000)
                    return stopped(driver, output, QStringLiteral("before it was ready"));
                driver.waitForReadyRead(100);
                output += driver.readAllStandardOutput();
            }
        }
        // Sleep rather than wait for output: a kill that follows the driver's lines would land
        // right after them, always at the same point of a write.
        std::this_thread::sleep_for(delay);
        const pid_t pid = pid_t(driver.processId());
        if (driver.waitForFinished(0)) // it died on its own (an error, a crash)
            return stopped(driver, output, QStringLiteral("before the kill"));
        // QProcess::kill() sends SIGKILL too on Unix; this says so.
        ::kill(pid, SIGKILL);
        if (!driver.waitForFinished(10000) || driver.exitStatus() != QProcess::CrashExit)
            return QStringLiteral("the driver did not die of SIGKILL");
        output += driver.readAllStandardOutput();
        ++m_totals.kills;
        if (fromStart)
            ++m_totals.killsTimedFromStart;
        if (!output.startsWith("ready ") && !output.contains("\nready "))
            ++m_totals.killsBeforeReady;
        return check(output);
    }

    const Totals &totals() const { return m_totals; }
    int submitted() const
    {
        return int(std::count_if(m_acked.cbegin(), m_acked.cend(),
                                 [](const AuditRows &a) { return a.submitted; }));
    }
    int audits() const { return int(m_acked.size()); }

private:
    QString stopped(QProcess &driver, const QByteArray &output, const QString &when)
    {
        if (driver.state() != QProcess::NotRunning) {
            driver.kill();
            driver.waitForFinished(5000);
        }
        return QStringLiteral("the driver stopped by itself %1:\n%2\n%3")
            .arg(when, QString::fromUtf8(output + driver.readAllStandardOutput()).right(2000),
                 QString::fromUtf8(driver.readAllStandardError()).right(2000));
    }

    QString check(const QByteArray &output)
    {
        // Replay the acknowledgements; keep the one write under way, if any.
        std::optional<QString> pending;
        for (const QByteArray &bytes : output.split('\n')) {
            const QString line = QString::fromUtf8(bytes);
            if (line.isEmpty())
                continue;
            QString rest;
            const QString tag = words(line, 1, &rest).first();
            if (tag == QLatin1String("hello")) {
                continue;
            } else if (tag == QLatin1String("try")) {
                if (pending)
                    return QStringLiteral("two writes under way: %1, then %2").arg(*pending, rest);
                pending = rest;
            } else if (tag == QLatin1String("ack")) {
                if (!pending || !(rest == *pending || rest.startsWith(*pending + QLatin1Char(' '))))
                    return QStringLiteral("acknowledged without being announced: ") + rest;
                pending.reset();
                if (const QString error = apply(m_acked, rest); !error.isEmpty())
                    return error;
                ++m_totals.acks;
            } else if (tag == QLatin1String("error")) {
                return QStringLiteral("the driver failed: ") + rest;
            } else if (tag != QLatin1String("ready")) {
                return QStringLiteral("unexpected driver output: ") + line;
            }
        }
        const Snapshot snapshot = readSnapshot(m_fileName);
        QStringList problems = soundnessProblems(snapshot, m_bodiesMatched);
        if (!problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        if (m_totals.acks > 0 &&
            (snapshot.schemaVersion != tp::storage::currentSchemaVersion() || !snapshot.seeded))
            return QStringLiteral("writes were acknowledged, but the schema is at version %1 (not "
                                  "%2) and the demo data %3")
                .arg(snapshot.schemaVersion)
                .arg(tp::storage::currentSchemaVersion())
                .arg(snapshot.seeded ? QStringLiteral("seeded") : QStringLiteral("missing"));

        // Exactly what was acknowledged, or that plus the one write under way.
        if (differences(m_acked, snapshot.audits, 1).isEmpty()) {
            if (pending)
                ++m_totals.midWrite;
            learnHashes(snapshot);
            return {};
        }
        if (pending) {
            ++m_totals.midWrite;
            State landed = m_acked;
            QString error;
            if (*pending == QLatin1String("start")) {
                QStringList fresh;
                for (auto it = snapshot.audits.cbegin(); it != snapshot.audits.cend(); ++it) {
                    if (!landed.contains(it.key()))
                        fresh << it.key();
                }
                if (fresh.size() == 1)
                    landed.insert(fresh.first(), AuditRows());
            } else {
                error = apply(landed, pending->startsWith(QLatin1String("submit "))
                                          ? *pending + QStringLiteral(" -")
                                          : *pending);
            }
            if (error.isEmpty() && differences(landed, snapshot.audits, 1).isEmpty()) {
                ++m_totals.midWriteLanded;
                m_acked = landed;
                learnHashes(snapshot);
                return {};
            }
        }
        return QStringLiteral(
                   "after kill %1 the database does not hold what was acknowledged%2:\n  %3")
            .arg(m_totals.kills)
            .arg(pending ? QStringLiteral(" (write under way: %1)").arg(*pending) : QString())
            .arg(differences(m_acked, snapshot.audits).join(QStringLiteral("\n  ")));
    }

    // A submit that landed without its acknowledgement being read has no sha256 in the model
    // yet: from now on it must stay the one stored (a submitted audit never changes).
    void learnHashes(const Snapshot &snapshot)
    {
        for (auto it = m_acked.begin(); it != m_acked.end(); ++it) {
            if (it->submitted && it->sha256.isEmpty())
                it->sha256 = snapshot.audits.value(it.key()).sha256;
        }
    }

    QString m_fileName;
    QRandomGenerator m_random;
    bool m_ackBeforeWrite = false;
    State m_acked; // the model: every acknowledged write applied in order
    QSet<QString> m_bodiesMatched;
    Totals m_totals;
};

int killCount()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("TOUCHPOINT_KILLS", &ok);
    return ok && kills > 0 ? kills : 120;
}

quint32 killSeed()
{
    bool ok = false;
    const int seed = qEnvironmentVariableIntValue("TOUCHPOINT_KILL_SEED", &ok);
    return ok ? quint32(seed) : QRandomGenerator::global()->bounded(1u << 30);
}

} // namespace

class KillTest : public QObject
{
    Q_OBJECT

private slots:
    void ackedWritesSurviveKills();
    void catchesAckBeforeCommit();
};

void KillTest::ackedWritesSurviveKills()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int kills = killCount();
    const quint32 seed = killSeed();
    qInfo("%d kills, seed %u (TOUCHPOINT_KILL_SEED to repeat)", kills, seed);
    KillRun run(dir.filePath(QStringLiteral("device.db")), seed, false);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kills; ++i) {
        const QString problem = run.killOnce();
        if (!problem.isEmpty())
            QFAIL(qPrintable(QStringLiteral("kill %1 of %2 (seed %3): %4")
                                 .arg(i + 1)
                                 .arg(kills)
                                 .arg(seed)
                                 .arg(problem)));
    }
    const Totals &t = run.totals();
    qInfo("kills: %d in %.1f s (%d timed from process start, %d before the driver was ready); "
          "killed mid-write: %d (%d of those writes had committed, %d had not)",
          t.kills, double(clock.elapsed()) / 1000.0, t.killsTimedFromStart, t.killsBeforeReady,
          t.midWrite, t.midWriteLanded, t.midWrite - t.midWriteLanded);
    qInfo("acknowledged writes verified: %d; audits started: %d, submitted: %d; integrity_check "
          "ok after every kill",
          t.acks, run.audits(), run.submitted());
    QVERIFY2(t.acks >= kills / 4, "the driver acknowledged too few writes to mean anything");
    QVERIFY2(run.submitted() > 0, "no audit was submitted");
}

// The test must be able to fail: a driver that says "saved" before the write is caught.
void KillTest::catchesAckBeforeCommit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint32 seed = killSeed();
    KillRun run(dir.filePath(QStringLiteral("device.db")), seed, true);
    QString caught;
    while (caught.isEmpty() && run.totals().kills < 400)
        caught = run.killOnce();
    QVERIFY2(!caught.isEmpty(),
             "400 kills of a driver acknowledging before writing went unnoticed");
    QVERIFY2(caught.contains(QLatin1String("does not hold what was acknowledged")),
             qPrintable(caught));
    qInfo("ack-before-write caught after %d kills: %s", run.totals().kills,
          qPrintable(caught.section(QLatin1Char('\n'), 0, 1)));
}

QTEST_GUILESS_MAIN(KillTest)
#include "tst_kill.moc"
