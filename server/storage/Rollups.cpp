#include "storage/Rollups.h"

#include <algorithm>

#include "core/ReviewState.h"
#include "storage/CallFigures.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/Reviews.h"

#include <QHash>
#include <QJsonDocument>

namespace tp::server {

namespace {

QVariant integer(qint64 value)
{
    return QVariant(value);
}

// The key of the roll-up rows of one audit.
struct RollupKey
{
    QString site;
    QString script;
    QString day;
    QString state;
    QString mode;
    QString channel;
};

// A published script version never changes, so each thread keeps the ones it parsed.
std::optional<QJsonObject> scriptJson(Database &db, const QString &uuid, QString *error)
{
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT a.script_id, a.script_version, sc.body FROM audits a"
                       " JOIN scripts sc ON sc.id = a.script_id AND sc.version = a.script_version"
                       " WHERE a.uuid = ?"));
    query.addBindValue(uuid);
    if (!exec(query, error) || !query.next())
        return std::nullopt;
    thread_local QHash<QString, QJsonObject> cache;
    const QString key = query.value(0).toString() + QLatin1Char('/') + query.value(1).toString();
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, QJsonDocument::fromJson(query.value(2).toByteArray()).object());
    return *it;
}

// The call's figures into report_phone_days (phone scripts only).
bool addCallToRollups(Database &db, const QString &uuid, const RollupKey &key, int sign,
                      QString *error)
{
    const auto script = scriptJson(db, uuid, error);
    if (!script)
        return false;
    QSqlQuery stored = db.prepare(QStringLiteral("SELECT body, score FROM audits WHERE uuid = ?"));
    stored.addBindValue(uuid);
    if (!exec(stored, error) || !stored.next())
        return false;
    const CallFigures call =
        callFigures(QJsonDocument::fromJson(stored.value(0).toByteArray()).object(),
                    QJsonDocument::fromJson(stored.value(1).toByteArray()).object(), *script);
    stored.finish();
    const auto counted = [sign](const std::optional<qint64> &value) {
        return integer(value ? sign : 0);
    };
    const auto summed = [sign](const std::optional<qint64> &value) {
        return integer(value ? sign * *value : 0);
    };
    const QString callsSql = QStringLiteral(
        "INSERT INTO report_phone_days (site_id, script_id, day, state, mode, channel, calls,"
        " answered, sum_answer_ms, menu_calls, sum_menu_ms, hold_calls, sum_hold_ms, holds,"
        " transfer_calls, transfers, transferred, resolved)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (site_id, script_id, day, state, mode) DO UPDATE SET"
        " calls = report_phone_days.calls + excluded.calls,"
        " answered = report_phone_days.answered + excluded.answered,"
        " sum_answer_ms = report_phone_days.sum_answer_ms + excluded.sum_answer_ms,"
        " menu_calls = report_phone_days.menu_calls + excluded.menu_calls,"
        " sum_menu_ms = report_phone_days.sum_menu_ms + excluded.sum_menu_ms,"
        " hold_calls = report_phone_days.hold_calls + excluded.hold_calls,"
        " sum_hold_ms = report_phone_days.sum_hold_ms + excluded.sum_hold_ms,"
        " holds = report_phone_days.holds + excluded.holds,"
        " transfer_calls = report_phone_days.transfer_calls + excluded.transfer_calls,"
        " transfers = report_phone_days.transfers + excluded.transfers,"
        " transferred = report_phone_days.transferred + excluded.transferred,"
        " resolved = report_phone_days.resolved + excluded.resolved");
    return runQuery(db, callsSql,
                    QVariantList{QVariant(key.site), QVariant(key.script), QVariant(key.day),
                                 QVariant(key.state), QVariant(key.mode), QVariant(key.channel),
                                 integer(sign), counted(call.timeToAnswerMs),
                                 summed(call.timeToAnswerMs), counted(call.timeInMenusMs),
                                 summed(call.timeInMenusMs), counted(call.holdMs),
                                 summed(call.holdMs), summed(call.holds), counted(call.transfers),
                                 summed(call.transfers),
                                 integer(call.transfers && *call.transfers > 0 ? sign : 0),
                                 integer(call.resolved ? sign : 0)},
                    error)
        .has_value();
}

// A self-audit into report_self_days, under its auditor.
bool addSelfAuditToRollups(Database &db, const QString &auditor, const RollupKey &key,
                           std::optional<qint64> overall, int sign, QString *error)
{
    const QString selfSql = QStringLiteral(
        "INSERT INTO report_self_days (auditor, site_id, script_id, day, state, channel, audits,"
        " scored, sum_overall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (auditor, site_id, script_id, day, state) DO UPDATE SET"
        " audits = report_self_days.audits + excluded.audits,"
        " scored = report_self_days.scored + excluded.scored,"
        " sum_overall = report_self_days.sum_overall + excluded.sum_overall");
    return runQuery(db, selfSql,
                    QVariantList{QVariant(auditor), QVariant(key.site), QVariant(key.script),
                                 QVariant(key.day), QVariant(key.state), QVariant(key.channel),
                                 integer(sign), integer(overall ? sign : 0),
                                 integer(overall ? sign * *overall : 0)},
                    error)
        .has_value();
}

} // namespace

bool addAuditToRollups(Database &db, const QString &uuid, const QString &state, int sign,
                       QString *error)
{
    QSqlQuery audit = db.prepare(QStringLiteral(
        "SELECT a.site_id, a.script_id, a.started_at, a.mode, a.overall, a.passed, a.nps,"
        " s.timezone, sc.channel, a.auditor FROM audits a JOIN sites s ON s.id = a.site_id"
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
    const QString auditor = audit.value(9).toString();
    audit.finish();

    const QString daysSql = QStringLiteral(
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
        " detractors = report_audit_days.detractors + excluded.detractors");
    if (!runQuery(db, daysSql,
                  QVariantList{QVariant(site), QVariant(script), QVariant(day), QVariant(state),
                               QVariant(mode), QVariant(channel), integer(sign),
                               integer(scored ? sign : 0), integer(scored ? sign * overall : 0),
                               integer(scored ? sign * overall * overall : 0),
                               integer(passed ? sign : 0), integer(npsAnswered ? sign : 0),
                               integer(npsAnswered && nps >= 9 ? sign : 0),
                               integer(npsAnswered && nps <= 6 ? sign : 0)},
                  error))
        return false;

    // The SELECTs have a WHERE, which SQLite needs to read ON CONFLICT as the upsert clause.
    const QString groupsSql = QStringLiteral(
        "INSERT INTO report_group_days (site_id, script_id, day, state, mode, channel, kind, name,"
        " audits, sum_percent, sum_percent_sq)"
        " SELECT ?, ?, ?, ?, ?, ?, kind, name, CAST(? AS INTEGER), CAST(? AS INTEGER) * percent,"
        " CAST(? AS INTEGER) * percent * percent FROM audit_scores"
        " WHERE audit_uuid = ? AND kind IN ('touchpoint', 'department') AND percent IS NOT NULL"
        " ON CONFLICT (site_id, script_id, day, state, mode, kind, name) DO UPDATE SET"
        " audits = report_group_days.audits + excluded.audits,"
        " sum_percent = report_group_days.sum_percent + excluded.sum_percent,"
        " sum_percent_sq = report_group_days.sum_percent_sq + excluded.sum_percent_sq");
    if (!runQuery(db, groupsSql,
                  QVariantList{QVariant(site), QVariant(script), QVariant(day), QVariant(state),
                               QVariant(mode), QVariant(channel), integer(sign), integer(sign),
                               integer(sign), QVariant(uuid)},
                  error))
        return false;

    const QString itemsSql = QStringLiteral(
        "INSERT INTO report_item_days (site_id, script_id, day, state, mode, channel, item_id,"
        " section_id, audits, sum_earned, sum_possible)"
        " SELECT ?, ?, ?, ?, ?, ?, item_id, section_id, CAST(? AS INTEGER),"
        " CAST(? AS INTEGER) * earned, CAST(? AS INTEGER) * possible FROM audit_answers"
        " WHERE audit_uuid = ? AND state = 'scored' AND possible > 0"
        " ON CONFLICT (site_id, script_id, day, state, mode, item_id) DO UPDATE SET"
        " audits = report_item_days.audits + excluded.audits,"
        " sum_earned = report_item_days.sum_earned + excluded.sum_earned,"
        " sum_possible = report_item_days.sum_possible + excluded.sum_possible");
    if (!runQuery(db, itemsSql,
                  QVariantList{QVariant(site), QVariant(script), QVariant(day), QVariant(state),
                               QVariant(mode), QVariant(channel), integer(sign), integer(sign),
                               integer(sign), QVariant(uuid)},
                  error))
        return false;

    const RollupKey key{site, script, day, state, mode, channel};
    if (channel == QLatin1String("phone") && !addCallToRollups(db, uuid, key, sign, error))
        return false;
    if (mode == QLatin1String("self_audit") &&
        !addSelfAuditToRollups(db, auditor, key,
                               scored ? std::optional<qint64>(overall) : std::nullopt, sign, error))
        return false;
    return true;
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
    for (const char *table : {"report_audit_days", "report_group_days", "report_item_days",
                              "report_phone_days", "report_self_days"}) {
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
                                        reviewStateFromName(audit.second) == ReviewState::Submitted;
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
