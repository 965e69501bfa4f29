#include "storage/Rollups.h"

#include <algorithm>

#include "storage/Database.h"
#include "storage/Reviews.h"

namespace tp::server {

namespace {

QVariant integer(qint64 value)
{
    return QVariant(value);
}

} // namespace

bool addAuditToRollups(Database &db, const QString &uuid, const QString &state, int sign,
                       QString *error)
{
    QSqlQuery audit = db.prepare(QStringLiteral(
        "SELECT a.site_id, a.script_id, a.started_at, a.mode, a.overall, a.passed, a.nps,"
        " s.timezone, sc.channel FROM audits a JOIN sites s ON s.id = a.site_id"
        " JOIN scripts sc ON sc.id = a.script_id AND sc.version = a.script_version"
        " WHERE a.uuid = ?"));
    audit.addBindValue(uuid);
    if (!exec(audit, error))
        return false;
    if (!audit.next()) {
        if (error)
            *error = QStringLiteral("no audit %1 to add to the reports").arg(uuid);
        return false;
    }
    const QString site = audit.value(0).toString();
    const QString script = audit.value(1).toString();
    const QDate date = dateAt(audit.value(2).toString(), audit.value(7).toString());
    const QString day = date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString mode = audit.value(3).toString();
    const bool scored = !audit.value(4).isNull();
    const qint64 overall = audit.value(4).toLongLong();
    const bool passed = audit.value(5).toInt() != 0;
    const bool npsAnswered = !audit.value(6).isNull();
    const int nps = audit.value(6).toInt();
    const QString channel = audit.value(8).toString();
    audit.finish();

    QSqlQuery days = db.prepare(QStringLiteral(
        "INSERT INTO report_audit_days (site_id, script_id, day, state, mode, channel, audits,"
        " scored, sum_overall, sum_overall_sq, passed, nps_answers, promoters, detractors)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (site_id, script_id, day, state, mode) DO UPDATE SET"
        " audits = report_audit_days.audits + excluded.audits,"
        " scored = report_audit_days.scored + excluded.scored,"
        " sum_overall = report_audit_days.sum_overall + excluded.sum_overall,"
        " sum_overall_sq = report_audit_days.sum_overall_sq + excluded.sum_overall_sq,"
        " passed = report_audit_days.passed + excluded.passed,"
        " nps_answers = report_audit_days.nps_answers + excluded.nps_answers,"
        " promoters = report_audit_days.promoters + excluded.promoters,"
        " detractors = report_audit_days.detractors + excluded.detractors"));
    for (const QVariant &value :
         {QVariant(site), QVariant(script), QVariant(day), QVariant(state), QVariant(mode),
          QVariant(channel), integer(sign), integer(scored ? sign : 0),
          integer(scored ? sign * overall : 0), integer(scored ? sign * overall * overall : 0),
          integer(passed ? sign : 0), integer(npsAnswered ? sign : 0),
          integer(npsAnswered && nps >= 9 ? sign : 0), integer(npsAnswered && nps <= 6 ? sign : 0)})
        days.addBindValue(value);
    if (!exec(days, error))
        return false;

    // The SELECTs have a WHERE, which SQLite needs to read ON CONFLICT as the upsert clause.
    QSqlQuery groups = db.prepare(QStringLiteral(
        "INSERT INTO report_group_days (site_id, script_id, day, state, mode, channel, kind, name,"
        " audits, sum_percent, sum_percent_sq)"
        " SELECT ?, ?, ?, ?, ?, ?, kind, name, CAST(? AS INTEGER), CAST(? AS INTEGER) * percent,"
        " CAST(? AS INTEGER) * percent * percent FROM audit_scores"
        " WHERE audit_uuid = ? AND kind IN ('touchpoint', 'department') AND percent IS NOT NULL"
        " ON CONFLICT (site_id, script_id, day, state, mode, kind, name) DO UPDATE SET"
        " audits = report_group_days.audits + excluded.audits,"
        " sum_percent = report_group_days.sum_percent + excluded.sum_percent,"
        " sum_percent_sq = report_group_days.sum_percent_sq + excluded.sum_percent_sq"));
    for (const QVariant &value :
         {QVariant(site), QVariant(script), QVariant(day), QVariant(state), QVariant(mode),
          QVariant(channel), integer(sign), integer(sign), integer(sign), QVariant(uuid)})
        groups.addBindValue(value);
    if (!exec(groups, error))
        return false;

    QSqlQuery items = db.prepare(QStringLiteral(
        "INSERT INTO report_item_days (site_id, script_id, day, state, mode, channel, item_id,"
        " section_id, audits, sum_earned, sum_possible)"
        " SELECT ?, ?, ?, ?, ?, ?, item_id, section_id, CAST(? AS INTEGER),"
        " CAST(? AS INTEGER) * earned, CAST(? AS INTEGER) * possible FROM audit_answers"
        " WHERE audit_uuid = ? AND state = 'scored' AND possible > 0"
        " ON CONFLICT (site_id, script_id, day, state, mode, item_id) DO UPDATE SET"
        " audits = report_item_days.audits + excluded.audits,"
        " sum_earned = report_item_days.sum_earned + excluded.sum_earned,"
        " sum_possible = report_item_days.sum_possible + excluded.sum_possible"));
    for (const QVariant &value :
         {QVariant(site), QVariant(script), QVariant(day), QVariant(state), QVariant(mode),
          QVariant(channel), integer(sign), integer(sign), integer(sign), QVariant(uuid)})
        items.addBindValue(value);
    return exec(items, error);
}

bool moveAuditInRollups(Database &db, const QString &uuid, const QString &from, const QString &to,
                        QString *error)
{
    return addAuditToRollups(db, uuid, from, -1, error) &&
           addAuditToRollups(db, uuid, to, +1, error);
}

bool rollupsHoldSubmitted(Database &db)
{
    QSqlQuery query =
        db.prepare(QStringLiteral("SELECT value FROM settings WHERE name = 'report_audits'"));
    return exec(query, nullptr) && query.next() &&
           query.value(0).toString() == QLatin1String("not_rejected");
}

bool rebuildReportRollups(Database &db, QString *error, bool ownTransaction)
{
    std::optional<Transaction> transaction;
    if (ownTransaction) {
        transaction.emplace(db);
        if (!transaction->ok()) {
            if (error)
                *error = QStringLiteral("cannot begin a transaction");
            return false;
        }
    }
    for (const char *table : {"report_audit_days", "report_group_days", "report_item_days"}) {
        QSqlQuery clear(db.connection());
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            if (error)
                *error = QStringLiteral("cannot empty %1").arg(QLatin1String(table));
            return false;
        }
    }
    QSqlQuery audits(db.connection());
    audits.setForwardOnly(true);
    if (!audits.exec(QStringLiteral("SELECT uuid, state FROM audits ORDER BY uuid"))) {
        if (error)
            *error = QStringLiteral("cannot read audits");
        return false;
    }
    QList<std::pair<QString, QString>> all;
    while (audits.next())
        all.append({audits.value(0).toString(), audits.value(1).toString()});
    audits.finish();
    const bool withSubmitted = rollupsHoldSubmitted(db);
    all.erase(std::remove_if(all.begin(), all.end(),
                             [withSubmitted](const auto &audit) {
                                 return !withSubmitted &&
                                        audit.second == QLatin1String("submitted");
                             }),
              all.end());
    for (const auto &[uuid, state] : std::as_const(all)) {
        if (!addAuditToRollups(db, uuid, state, +1, error))
            return false;
    }
    if (transaction && !transaction->commit()) {
        if (error)
            *error = QStringLiteral("cannot commit the rebuilt roll-ups");
        return false;
    }
    return true;
}

} // namespace tp::server
