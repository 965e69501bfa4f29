#include "storage/Reviews.h"
#include "storage/Rollups.h"

#include "core/Audit.h"
#include "core/JsonFields.h"
#include "core/ReviewState.h"
#include "core/Role.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace tp::server {

namespace {

using Result = Reviews::Result;
using Outcome = Reviews::Outcome;

constexpr int kMaxNoteLength = 2000;
constexpr int kMaxDueDays = 366;

Result invalid(Issues issues)
{
    return Result::invalid(std::move(issues));
}

Result failed(const QString &message)
{
    return Result::failed(message);
}

Result conflict(const QString &id, const QString &message)
{
    return Result::conflict(id, message);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; the note columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QTimeZone zoneOf(const QString &timezone)
{
    const QTimeZone zone(timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// The next event of an action, numbered after its last one; inside the caller's transaction.
bool addEvent(Database &db, const QString &action, const char *event, const QString &actor,
              const QString &note, const QVariant &due, const QString &at)
{
    QSqlQuery insert = db.prepare(QStringLiteral(
        "INSERT INTO corrective_action_events (action_id, seq, event, at, actor, note, due)"
        " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM corrective_action_events"
        " WHERE action_id = ?"));
    insert.addBindValue(action);
    insert.addBindValue(QLatin1String(event));
    insert.addBindValue(at);
    insert.addBindValue(actor);
    insert.addBindValue(notNull(note));
    insert.addBindValue(due);
    insert.addBindValue(action);
    return exec(insert);
}

// The due date's problems at `fields` (path "action" or the request's), for a site's zone.
std::optional<QDate> checkDue(JsonFields &fields, const QString &text, const QString &timezone)
{
    const auto due = parseCalendarDate(text);
    if (!due) {
        fields.error(QStringLiteral("invalid_date"),
                     QStringLiteral("'due' must be a date written YYYY-MM-DD, not \"%1\"")
                         .arg(text.left(40)));
        return std::nullopt;
    }
    const QDate today = todayAt(timezone);
    if (*due < today) {
        fields.error(QStringLiteral("due_in_past"),
                     QStringLiteral("'due' %1 is before today (%2 at the site)")
                         .arg(due->toString(Qt::ISODate), today.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (*due > today.addDays(kMaxDueDays)) {
        fields.error(QStringLiteral("due_too_far"),
                     QStringLiteral("'due' must be at most %1 days ahead").arg(kMaxDueDays));
        return std::nullopt;
    }
    return due;
}

// Why a scored item (or an unscored one) cannot be followed up, or nothing when it can.
std::optional<QString> notActionable(const QString &item, const QString &state,
                                     const QVariant &earned, const QVariant &possible)
{
    if (state != QLatin1String("scored"))
        return QStringLiteral("item %1 was not scored (%2): only an item that lost points can "
                              "have a corrective action")
            .arg(item, state);
    if (earned.toLongLong() >= possible.toLongLong())
        return QStringLiteral("item %1 earned all its points: only an item that failed or scored "
                              "low can have a corrective action")
            .arg(item);
    return std::nullopt;
}

} // namespace

const QStringList &reportAuditsValues()
{
    static const QStringList values{QStringLiteral("approved"), QStringLiteral("not_rejected")};
    return values;
}

QString shopperPseudonym(qint64 index)
{
    QString letters;
    qint64 n = std::max<qint64>(index, 0);
    do {
        letters.prepend(QChar(u'A' + char16_t(n % 26)));
        n = n / 26 - 1;
    } while (n >= 0);
    return QStringLiteral("Shopper ") + letters;
}

QDate todayAt(const QString &timezone)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zoneOf(timezone)).date();
}

QDate dateAt(const QString &isoTime, const QString &timezone)
{
    const QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    return time.isValid() ? time.toTimeZone(zoneOf(timezone)).date() : QDate();
}

std::optional<QDate> parseCalendarDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

ActionStanding actionStanding(const QString &state, const QString &due, const QString &closedAt,
                              const QString &timezone)
{
    const QDate dueDate = QDate::fromString(due, Qt::ISODate);
    ActionStanding standing;
    if (state == QLatin1String("done")) {
        const QDate closed = dateAt(closedAt, timezone);
        standing.outcome = closed.isValid() && closed <= dueDate ? QStringLiteral("kept")
                                                                 : QStringLiteral("broken");
        return standing;
    }
    standing.overdue = todayAt(timezone) > dueDate;
    standing.outcome = standing.overdue ? QStringLiteral("broken") : QStringLiteral("pending");
    return standing;
}

Result Reviews::review(const QString &uuid, Decision decision, const QString &reason,
                       const QString &reviewer)
{
    const bool approve = decision == Decision::Approve;
    const QString state = reviewStateName(approve ? ReviewState::Approved : ReviewState::Rejected);
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!transaction.ok() || !change)
        return failed(QStringLiteral("cannot count the change"));
    // Counted after the change counter is taken: its row lock puts concurrent reviews one after
    // another, so two approvals at one site cannot get the same pseudonym.
    QVariant pseudonym = nullText();
    if (approve) {
        QSqlQuery count = m_db.prepare(
            QStringLiteral("SELECT COUNT(*) FROM audits WHERE state = 'approved' AND site_id ="
                           " (SELECT site_id FROM audits WHERE uuid = ?)"));
        count.addBindValue(uuid);
        if (!exec(count) || !count.next())
            return failed(QStringLiteral("cannot read audits"));
        pseudonym = shopperPseudonym(count.value(0).toLongLong());
    }
    // The state is checked by the UPDATE itself, so two reviews racing cannot both land.
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE audits SET state = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?,"
        " pseudonym = ?, change_seq = ? WHERE uuid = ? AND state = 'submitted'"));
    update.addBindValue(state);
    update.addBindValue(notNull(reason));
    update.addBindValue(reviewer);
    update.addBindValue(now());
    update.addBindValue(pseudonym);
    update.addBindValue(*change);
    update.addBindValue(uuid);
    QString error;
    if (!exec(update, &error))
        return failed(QStringLiteral("cannot review audit %1: %2").arg(uuid, error));
    if (update.numRowsAffected() != 1) {
        QSqlQuery current = m_db.prepare(QStringLiteral("SELECT state FROM audits WHERE uuid = ?"));
        current.addBindValue(uuid);
        if (!exec(current))
            return failed(QStringLiteral("cannot read audit %1").arg(uuid));
        if (!current.next())
            return invalid({{QStringLiteral("audit"), QStringLiteral("unknown_audit"),
                             QStringLiteral("there is no audit %1").arg(uuid)}});
        return conflict(uuid,
                        QStringLiteral("audit %1 is %2").arg(uuid, current.value(0).toString()));
    }
    // The reports' roll-ups take the audit under its new state, in this transaction, so reports
    // count it from the moment it is approved.
    const bool moved =
        rollupsHoldSubmitted(m_db)
            ? moveAuditInRollups(m_db, uuid, reviewStateName(ReviewState::Submitted), state, &error)
            : addAuditToRollups(m_db, uuid, state, +1, &error);
    if (!moved)
        return failed(
            QStringLiteral("cannot update the report roll-ups of audit %1: %2").arg(uuid, error));
    // The mystery shop's assignment follows, so the shopper's phone shows the outcome.
    QSqlQuery assignment =
        m_db.prepare(QStringLiteral("UPDATE assignments SET state = ?, reason = ?, change_seq = ?"
                                    " WHERE audit_uuid = ? AND state = 'submitted'"));
    assignment.addBindValue(state);
    assignment.addBindValue(notNull(reason));
    assignment.addBindValue(*change);
    assignment.addBindValue(uuid);
    if (!exec(assignment, &error))
        return failed(
            QStringLiteral("cannot update the assignment of audit %1: %2").arg(uuid, error));
    if (!transaction.commit())
        return failed(QStringLiteral("cannot commit the review of audit %1").arg(uuid));
    return {Outcome::Updated, {}, uuid, {}};
}

Result Reviews::createAction(const QJsonObject &action, const QString &createdBy)
{
    Issues issues;
    JsonFields fields(action, QStringLiteral("action"), issues);
    const auto audit = fields.text("audit", Need::Required, 64);
    const auto item = fields.identifier("item", Need::Required);
    const auto owner = fields.object("owner", Need::Required);
    const auto dueText = fields.text("due", Need::Required, 40);
    const auto note = fields.text("note", Need::Required, kMaxNoteLength);
    fields.reportUnknownFields();
    std::optional<QString> ownerUser;
    std::optional<QString> ownerDepartment;
    if (owner) {
        JsonFields ownerFields(*owner, QStringLiteral("action/owner"), issues);
        ownerUser = ownerFields.identifier("user", Need::Optional);
        ownerDepartment = ownerFields.identifier("department", Need::Optional);
        ownerFields.reportUnknownFields();
        const bool user = ownerFields.has("user");
        const bool department = ownerFields.has("department");
        if (user == department)
            ownerFields.error(QStringLiteral("invalid_owner"),
                              QStringLiteral("'owner' names either a 'user' or a 'department'"));
    }
    if (audit && !isValidUuid(*audit)) {
        fields.error(QStringLiteral("invalid_uuid"),
                     QStringLiteral("'audit' must be an audit's lowercase UUID"));
        return invalid(issues);
    }
    if (!audit)
        return invalid(issues);

    // The audit and its site: what everything else is checked against.
    QSqlQuery found = m_db.prepare(QStringLiteral(
        "SELECT a.site_id, a.state, s.region_id, s.timezone, a.script_id, a.script_version"
        " FROM audits a JOIN sites s ON s.id = a.site_id WHERE a.uuid = ?"));
    found.addBindValue(*audit);
    if (!exec(found))
        return failed(QStringLiteral("cannot read audits"));
    if (!found.next()) {
        fields.error(QStringLiteral("unknown_audit"),
                     QStringLiteral("there is no audit %1").arg(*audit));
        return invalid(issues);
    }
    const QString site = found.value(0).toString();
    const QString auditState = found.value(1).toString();
    const QString region = found.value(2).toString();
    const QString timezone = found.value(3).toString();
    const QString script =
        QStringLiteral("%1 version %2").arg(found.value(4).toString()).arg(found.value(5).toInt());
    if (reviewStateFromName(auditState) != ReviewState::Approved)
        fields.error(QStringLiteral("audit_not_approved"),
                     QStringLiteral("audit %1 is %2; only an approved audit has corrective actions")
                         .arg(*audit, auditState));

    QString section;
    if (item) {
        QSqlQuery answer = m_db.prepare(
            QStringLiteral("SELECT section_id, state, earned, possible FROM audit_answers"
                           " WHERE audit_uuid = ? AND item_id = ?"));
        answer.addBindValue(*audit);
        answer.addBindValue(*item);
        if (!exec(answer))
            return failed(QStringLiteral("cannot read the audit's answers"));
        if (!answer.next()) {
            fields.error(QStringLiteral("unknown_item"),
                         QStringLiteral("script %1 has no item %2").arg(script, *item));
        } else {
            section = answer.value(0).toString();
            if (const auto why = notActionable(*item, answer.value(1).toString(), answer.value(2),
                                               answer.value(3)))
                fields.error(QStringLiteral("item_not_actionable"), *why);
        }
    }
    if (ownerDepartment) {
        QSqlQuery department =
            m_db.prepare(QStringLiteral("SELECT 1 FROM audit_scores WHERE audit_uuid = ? AND kind ="
                                        " 'department' AND name = ?"));
        department.addBindValue(*audit);
        department.addBindValue(*ownerDepartment);
        if (!exec(department))
            return failed(QStringLiteral("cannot read the audit's departments"));
        if (!department.next())
            issues.append(
                {QStringLiteral("action/owner"), QStringLiteral("unknown_department"),
                 QStringLiteral("script %1 has no department %2").arg(script, *ownerDepartment)});
    }
    if (ownerUser) {
        QSqlQuery user = m_db.prepare(
            QStringLiteral("SELECT role, site_id, disabled FROM users WHERE username = ?"));
        user.addBindValue(*ownerUser);
        if (!exec(user))
            return failed(QStringLiteral("cannot read users"));
        const QString path = QStringLiteral("action/owner");
        if (!user.next() || user.value(2).toInt() != 0) {
            issues.append({path, QStringLiteral("unknown_owner"),
                           QStringLiteral("there is no active user %1").arg(*ownerUser)});
        } else {
            const auto role = roleFromName(user.value(0).toString());
            bool allowed = role == Role::Admin || role == Role::Executive;
            if (role == Role::StoreManager)
                allowed = user.value(1).toString() == site;
            if (role == Role::RegionalManager) {
                QSqlQuery manages = m_db.prepare(QStringLiteral(
                    "SELECT 1 FROM user_regions WHERE username = ? AND region_id = ?"));
                manages.addBindValue(*ownerUser);
                manages.addBindValue(region);
                if (!exec(manages))
                    return failed(QStringLiteral("cannot read users"));
                allowed = manages.next();
            }
            if (!allowed)
                issues.append(
                    {path, QStringLiteral("owner_not_allowed"),
                     QStringLiteral("%1 cannot own an action at %2: the owner must be an admin, an "
                                    "executive, a regional manager of its region or its store "
                                    "manager")
                         .arg(*ownerUser, site)});
        }
    }
    std::optional<QDate> due;
    if (dueText)
        due = checkDue(fields, *dueText, timezone);
    if (!issues.isEmpty())
        return invalid(issues);

    const QString id = QStringLiteral("ca-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = now();
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!transaction.ok() || !change)
        return failed(QStringLiteral("cannot count the change"));
    // After the counter: writers are one after another from here, so this check holds.
    QSqlQuery open =
        m_db.prepare(QStringLiteral("SELECT id FROM corrective_actions WHERE audit_uuid = ? AND "
                                    "item_id = ? AND state = 'open'"));
    open.addBindValue(*audit);
    open.addBindValue(*item);
    if (!exec(open))
        return failed(QStringLiteral("cannot read corrective actions"));
    if (open.next()) {
        const QString existing = open.value(0).toString();
        return conflict(existing,
                        QStringLiteral("action %1 is open already for item %2 of audit %3")
                            .arg(existing, *item, *audit));
    }
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO corrective_actions (id, audit_uuid, item_id, section_id, site_id, owner_user,"
        " owner_department, due, note, state, created_by, created_at, change_seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(*audit);
    insert.addBindValue(*item);
    insert.addBindValue(section);
    insert.addBindValue(site);
    insert.addBindValue(ownerUser ? QVariant(*ownerUser) : nullText());
    insert.addBindValue(ownerDepartment ? QVariant(*ownerDepartment) : nullText());
    insert.addBindValue(due->toString(Qt::ISODate));
    insert.addBindValue(*note);
    insert.addBindValue(createdBy);
    insert.addBindValue(at);
    insert.addBindValue(*change);
    QString error;
    if (!exec(insert, &error))
        return failed(QStringLiteral("cannot store the corrective action: %1").arg(error));
    if (!addEvent(m_db, id, "created", createdBy, *note, due->toString(Qt::ISODate), at))
        return failed(QStringLiteral("cannot store the corrective action's history"));
    if (!transaction.commit())
        return failed(QStringLiteral("cannot commit the corrective action"));
    return {Outcome::Created, {}, id, {}};
}

Result Reviews::closeAction(const QString &id, const QString &note, const QString &by)
{
    const QString at = now();
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!transaction.ok() || !change)
        return failed(QStringLiteral("cannot count the change"));
    QSqlQuery update = m_db.prepare(
        QStringLiteral("UPDATE corrective_actions SET state = 'done', done_note = ?, closed_by = ?,"
                       " closed_at = ?, change_seq = ? WHERE id = ? AND state = 'open'"));
    update.addBindValue(notNull(note));
    update.addBindValue(by);
    update.addBindValue(at);
    update.addBindValue(*change);
    update.addBindValue(id);
    if (!exec(update))
        return failed(QStringLiteral("cannot update action %1").arg(id));
    if (update.numRowsAffected() != 1) {
        QSqlQuery current =
            m_db.prepare(QStringLiteral("SELECT state FROM corrective_actions WHERE id = ?"));
        current.addBindValue(id);
        if (!exec(current))
            return failed(QStringLiteral("cannot read action %1").arg(id));
        if (!current.next())
            return invalid({{QStringLiteral("action"), QStringLiteral("unknown_action"),
                             QStringLiteral("there is no action %1").arg(id)}});
        return conflict(id, QStringLiteral("action %1 is %2").arg(id, current.value(0).toString()));
    }
    if (!addEvent(m_db, id, "done", by, note, nullText(), at))
        return failed(QStringLiteral("cannot store the action's history"));
    if (!transaction.commit())
        return failed(QStringLiteral("cannot commit action %1").arg(id));
    return {Outcome::Updated, {}, id, {}};
}

Result Reviews::reopenAction(const QString &id, const QString &note,
                             const std::optional<QString> &due, const QString &by)
{
    QSqlQuery found = m_db.prepare(
        QStringLiteral("SELECT c.audit_uuid, c.item_id, c.due, s.timezone FROM corrective_actions c"
                       " JOIN sites s ON s.id = c.site_id WHERE c.id = ?"));
    found.addBindValue(id);
    if (!exec(found))
        return failed(QStringLiteral("cannot read action %1").arg(id));
    if (!found.next())
        return invalid({{QStringLiteral("action"), QStringLiteral("unknown_action"),
                         QStringLiteral("there is no action %1").arg(id)}});
    const QString audit = found.value(0).toString();
    const QString item = found.value(1).toString();
    QString newDue = found.value(2).toString();
    if (due) {
        Issues issues;
        QJsonObject none;
        JsonFields fields(none, QString(), issues);
        const auto checked = checkDue(fields, *due, found.value(3).toString());
        if (!checked)
            return invalid(issues);
        newDue = checked->toString(Qt::ISODate);
    }

    const QString at = now();
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!transaction.ok() || !change)
        return failed(QStringLiteral("cannot count the change"));
    QSqlQuery open = m_db.prepare(
        QStringLiteral("SELECT id FROM corrective_actions WHERE audit_uuid = ? AND item_id = ?"
                       " AND state = 'open' AND id <> ?"));
    open.addBindValue(audit);
    open.addBindValue(item);
    open.addBindValue(id);
    if (!exec(open))
        return failed(QStringLiteral("cannot read corrective actions"));
    if (open.next()) {
        const QString other = open.value(0).toString();
        return conflict(other, QStringLiteral("action %1 is open already for item %2 of audit %3")
                                   .arg(other, item, audit));
    }
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE corrective_actions SET state = 'open', due = ?, done_note = '', closed_by = NULL,"
        " closed_at = NULL, change_seq = ? WHERE id = ? AND state = 'done'"));
    update.addBindValue(newDue);
    update.addBindValue(*change);
    update.addBindValue(id);
    if (!exec(update))
        return failed(QStringLiteral("cannot update action %1").arg(id));
    if (update.numRowsAffected() != 1)
        return conflict(id, QStringLiteral("action %1 is open").arg(id));
    if (!addEvent(m_db, id, "reopened", by, note, newDue, at))
        return failed(QStringLiteral("cannot store the action's history"));
    if (!transaction.commit())
        return failed(QStringLiteral("cannot commit action %1").arg(id));
    return {Outcome::Updated, {}, id, {}};
}

std::optional<QString> Reviews::reportAudits()
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE name = 'report_audits'"));
    if (!exec(query))
        return std::nullopt;
    if (!query.next())
        return reportAuditsValues().first();
    return query.value(0).toString();
}

Result Reviews::setReportAudits(const QString &value)
{
    if (!reportAuditsValues().contains(value))
        return invalid({{QStringLiteral("settings/reportAudits"), QStringLiteral("invalid_value"),
                         QStringLiteral("'reportAudits' must be one of: %1")
                             .arg(reportAuditsValues().join(QLatin1String(", ")))}});
    Transaction transaction(m_db);
    const auto change = m_db.nextChange();
    if (!transaction.ok() || !change)
        return failed(QStringLiteral("cannot count the change"));
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE settings SET value = ?, change_seq = ? WHERE name = 'report_audits'"));
    update.addBindValue(value);
    update.addBindValue(*change);
    if (!exec(update))
        return failed(QStringLiteral("cannot store the settings"));
    // Submitted audits enter or leave the roll-ups with the setting.
    QString error;
    if (!rebuildReportRollups(m_db, &error, false))
        return failed(QStringLiteral("cannot rebuild the report roll-ups: %1").arg(error));
    if (!transaction.commit())
        return failed(QStringLiteral("cannot store the settings"));
    return {Outcome::Updated, {}, QStringLiteral("report_audits"), {}};
}

std::optional<QStringList> Reviews::reportedAuditStates()
{
    const auto setting = reportAudits();
    if (!setting)
        return std::nullopt;
    if (*setting == QLatin1String("not_rejected"))
        return QStringList{reviewStateName(ReviewState::Approved),
                           reviewStateName(ReviewState::Submitted)};
    return QStringList{reviewStateName(ReviewState::Approved)};
}

} // namespace tp::server
