#include "demo/DemoAuditWriter.h"

#include "auth/Passwords.h"
#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "storage/AuditRows.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/Reviews.h"
#include "storage/Rollups.h"

#include <QJsonDocument>

namespace tp::server::demo {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString reasonText(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1String("; "));
}

const char *const kActionNotes[] = {
    "Brief the team at the morning huddle and check again next week.",
    "Add a second person at peak hours.",
    "Retrain on the greeting standard.",
    "Fix the rota so the till is never left alone.",
    "Review the phone menu with the vendor.",
    "Coach the agent; listen to five calls together.",
};
const char *const kDoneNotes[] = {
    "Done: team briefed, checked on the floor.",
    "Done: rota changed from Monday.",
    "Done: training session held, attendance list attached.",
    "Done: vendor shortened the menu.",
};

template<std::size_t N> QString pick(DemoRandom &random, const char *const (&texts)[N])
{
    return QLatin1String(texts[random.between(0, int(N) - 1)]);
}

} // namespace

DemoAuditWriter::DemoAuditWriter(Database &db, const DemoWorld &world, const QDateTime &now)
    : m_db(db)
    , m_world(world)
    , m_now(now)
{
}

bool DemoAuditWriter::prepare(QString *error)
{
    m_rollupsHoldSubmitted = rollupsHoldSubmitted(m_db);
    QSqlQuery count(m_db.connection());
    if (!count.exec(QStringLiteral(
            "SELECT site_id, COUNT(*) FROM audits WHERE state = 'approved' GROUP BY site_id"))) {
        *error = QStringLiteral("cannot read audits");
        return false;
    }
    while (count.next())
        m_approvedAtSite.insert(count.value(0).toString(), count.value(1).toLongLong());
    return true;
}

bool DemoAuditWriter::store(const Audit &audit, const Script &script, const SiteProfile &site,
                            const AuditFate &fate, DemoRandom &random, QString *error)
{
    // What intake checks before it stores anything.
    Issues issues = checkAudit(script, audit);
    const ScoreResult score = scoreAudit(script, audit);
    if (issues.isEmpty())
        issues = checkComplete(script, score);
    if (!issues.isEmpty()) {
        *error = QStringLiteral("generated audit %1 is not valid: %2")
                     .arg(audit.uuid, reasonText(issues));
        return false;
    }
    const auto change = m_db.nextChange();
    if (!change) {
        *error = QStringLiteral("cannot count the change");
        return false;
    }
    if (!insertAudit(audit, script, score, fate, *change, error) ||
        !storeAuditRows(m_db, audit.uuid, script, audit, score, error))
        return false;
    if (m_rollupsHoldSubmitted &&
        !addAuditToRollups(m_db, audit.uuid, QStringLiteral("submitted"), +1, error))
        return false;
    if (!audit.assignment.isEmpty() && !insertAssignment(audit, site, fate, *change, error))
        return false;
    ++m_counts.audits;
    m_counts.answers += score.items.size();
    m_counts.criticalFailures += score.criticalFailures.isEmpty() ? 0 : 1;
    if (fate.review == AuditFate::Review::LeftSubmitted) {
        ++m_counts.submitted;
        return true;
    }
    if (!review(audit, fate, error))
        return false;
    return fate.review != AuditFate::Review::Approved ||
           maybeAddAction(audit, script, site, score, fate, random, error);
}

bool DemoAuditWriter::insertAudit(const Audit &audit, const Script &script,
                                  const ScoreResult &score, const AuditFate &fate, qint64 change,
                                  QString *error)
{
    const QByteArray canonical = canonicalAuditJson(audit);
    const QByteArray scoreJson = scoreSummaryJson(script, score);
    // The statement of audit intake (api/AuditFiling.cpp), with the time the upload arrived.
    QSqlQuery insert =
        m_db.prepare(QStringLiteral("INSERT INTO audits (uuid, body, content_sha256, "
                                    "script_id, script_version, site_id, auditor, mode,"
                                    " assignment_id, started_at, received_at, overall, "
                                    "passed, critical_failures, nps, score, change_seq)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?) ON CONFLICT (uuid) DO NOTHING"));
    insert.addBindValue(audit.uuid);
    insert.addBindValue(QString::fromUtf8(canonical));
    insert.addBindValue(sha256Hex(canonical));
    insert.addBindValue(audit.scriptId);
    insert.addBindValue(audit.scriptVersion);
    insert.addBindValue(audit.site);
    insert.addBindValue(audit.auditor);
    insert.addBindValue(auditModeName(audit.mode));
    insert.addBindValue(audit.assignment.isEmpty() ? nullText() : QVariant(audit.assignment));
    insert.addBindValue(audit.startedAt);
    insert.addBindValue(stamp(fate.receivedAt));
    insert.addBindValue(score.overall ? QVariant(qint64(*score.overall))
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(score.passed ? 1 : 0);
    insert.addBindValue(int(score.criticalFailures.size()));
    insert.addBindValue(score.nps ? QVariant(*score.nps) : QVariant(QMetaType(QMetaType::Int)));
    insert.addBindValue(QString::fromUtf8(scoreJson));
    insert.addBindValue(change);
    if (!exec(insert, error))
        return false;
    if (insert.numRowsAffected() != 1) {
        *error = QStringLiteral("audit %1 is stored already").arg(audit.uuid);
        return false;
    }
    return true;
}

bool DemoAuditWriter::insertAssignment(const Audit &audit, const SiteProfile &site,
                                       const AuditFate &fate, qint64 change, QString *error)
{
    const QDateTime started = QDateTime::fromString(audit.startedAt, Qt::ISODate);
    const QDate day = started.toTimeZone(site.zone).date();
    const QString state = fate.review == AuditFate::Review::Approved ? QStringLiteral("approved")
                          : fate.review == AuditFate::Review::Rejected
                              ? QStringLiteral("rejected")
                              : QStringLiteral("submitted");
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO assignments (id, site_id, script_id, script_version, shopper, window_start,"
        " window_end, state, reason, created_by, audit_uuid, change_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(audit.assignment);
    insert.addBindValue(audit.site);
    insert.addBindValue(audit.scriptId);
    insert.addBindValue(audit.scriptVersion);
    insert.addBindValue(audit.auditor);
    insert.addBindValue(
        QDateTime(day.addDays(-3), QTime(0, 0), site.zone).toUTC().toString(Qt::ISODate));
    insert.addBindValue(
        QDateTime(day.addDays(4), QTime(0, 0), site.zone).toUTC().toString(Qt::ISODate));
    insert.addBindValue(state);
    insert.addBindValue(fate.reason.isNull() ? QStringLiteral("") : fate.reason);
    insert.addBindValue(m_world.reviewerOfRegion.value(site.region, m_world.fallbackReviewer));
    insert.addBindValue(audit.uuid);
    insert.addBindValue(change);
    return exec(insert, error);
}

// What Reviews::review does, inside this transaction: Reviews opens its own, and one
// transaction per review would cost 100,000 commits.
bool DemoAuditWriter::review(const Audit &audit, const AuditFate &fate, QString *error)
{
    const bool approve = fate.review == AuditFate::Review::Approved;
    const QString state = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    const auto change = m_db.nextChange();
    if (!change) {
        *error = QStringLiteral("cannot count the change");
        return false;
    }
    QVariant pseudonym = nullText();
    if (approve)
        pseudonym = shopperPseudonym(m_approvedAtSite[audit.site]++);
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE audits SET state = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?,"
        " pseudonym = ?, change_seq = ? WHERE uuid = ? AND state = 'submitted'"));
    update.addBindValue(state);
    update.addBindValue(fate.reason.isNull() ? QStringLiteral("") : fate.reason);
    update.addBindValue(fate.reviewer);
    update.addBindValue(stamp(fate.reviewedAt));
    update.addBindValue(pseudonym);
    update.addBindValue(*change);
    update.addBindValue(audit.uuid);
    if (!exec(update, error))
        return false;
    const bool moved =
        m_rollupsHoldSubmitted
            ? moveAuditInRollups(m_db, audit.uuid, QStringLiteral("submitted"), state, error)
            : addAuditToRollups(m_db, audit.uuid, state, +1, error);
    if (!moved)
        return false;
    ++(approve ? m_counts.approved : m_counts.rejected);
    return true;
}

bool DemoAuditWriter::maybeAddAction(const Audit &audit, const Script &script,
                                     const SiteProfile &site, const ScoreResult &score,
                                     const AuditFate &fate, DemoRandom &random, QString *error)
{
    // Most critical failures are followed up, some failed audits, a few others.
    const double chance = !score.criticalFailures.isEmpty() ? 0.6 : !score.passed ? 0.1 : 0.015;
    if (!random.chance(chance))
        return true;
    int item = score.criticalFailures.isEmpty() ? -1 : score.criticalFailures.first();
    if (item < 0) {
        Centi lost = 0;
        for (const ItemScore &scored : score.items) {
            if (scored.state == ItemState::Scored && scored.possible - scored.earned > lost) {
                lost = scored.possible - scored.earned;
                item = scored.item;
            }
        }
    }
    if (item < 0)
        return true; // nothing lost points
    const Item &definition = script.items[item];
    const Section &section = script.sections[definition.sectionIndex];
    const QDateTime created = fate.reviewedAt.addSecs(random.between(5, 120) * 60);
    if (created > m_now)
        return true;
    const int dueDays = QList<int>{7, 14, 14, 21, 30}[random.between(0, 4)];
    const QDate due = created.toTimeZone(site.zone).date().addDays(dueDays);
    const QDate today = m_now.toTimeZone(site.zone).date();
    const bool ownerIsManager = !site.storeManager.isEmpty() && random.chance(0.4);
    const QString creator = fate.reviewer;

    // Closed on time mostly; some late; some never (overdue once the due date passes).
    QDateTime closed;
    if (random.chance(due < today ? 0.8 : 0.35)) {
        const int days =
            random.chance(0.75) ? random.between(1, dueDays) : dueDays + random.between(1, 20);
        closed = created.addDays(days).addSecs(random.between(0, 8 * 3600));
        if (closed > m_now)
            closed = QDateTime();
    }
    const QString closer = ownerIsManager ? site.storeManager : creator;

    const auto change = m_db.nextChange();
    if (!change) {
        *error = QStringLiteral("cannot count the change");
        return false;
    }
    const QString id = random.uuid();
    const QString note = pick(random, kActionNotes);
    const QString doneNote = closed.isValid() ? pick(random, kDoneNotes) : QStringLiteral("");
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO corrective_actions (id, audit_uuid, item_id, section_id, site_id,"
        " owner_user, owner_department, due, note, state, done_note, created_by, created_at,"
        " closed_by, closed_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?)"));
    insert.addBindValue(id);
    insert.addBindValue(audit.uuid);
    insert.addBindValue(definition.id);
    insert.addBindValue(section.id);
    insert.addBindValue(site.id);
    insert.addBindValue(ownerIsManager ? QVariant(site.storeManager) : nullText());
    insert.addBindValue(ownerIsManager ? nullText() : QVariant(section.department));
    insert.addBindValue(due.toString(Qt::ISODate));
    insert.addBindValue(note);
    insert.addBindValue(closed.isValid() ? QStringLiteral("done") : QStringLiteral("open"));
    insert.addBindValue(doneNote);
    insert.addBindValue(creator);
    insert.addBindValue(stamp(created));
    insert.addBindValue(closed.isValid() ? QVariant(closer) : nullText());
    insert.addBindValue(closed.isValid() ? QVariant(stamp(closed)) : nullText());
    insert.addBindValue(*change);
    if (!exec(insert, error))
        return false;
    const auto event = [&](int seq, const char *name, const QDateTime &at, const QString &actor,
                           const QString &text, const QVariant &dueValue) {
        const QString addSql = QStringLiteral(
            "INSERT INTO corrective_action_events (action_id, seq, event, at, actor, note, due)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)");
        return runQuery(m_db, addSql,
                        QVariantList{QVariant(id), QVariant(seq), QVariant(QLatin1String(name)),
                                     QVariant(stamp(at)), QVariant(actor), QVariant(text),
                                     dueValue},
                        error)
            .has_value();
    };
    if (!event(1, "created", created, creator, note, due.toString(Qt::ISODate)))
        return false;
    if (closed.isValid()) {
        if (!event(2, "done", closed, closer, doneNote, nullText()))
            return false;
        ++m_counts.actionsDone;
    } else {
        ++m_counts.actionsOpen;
        if (due < today)
            ++m_counts.actionsOverdue;
    }
    return true;
}

} // namespace tp::server::demo
