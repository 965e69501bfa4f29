#include "api/ReviewViews.h"

#include "auth/Visibility.h"
#include "core/Audit.h"
#include "core/JsonWriters.h"
#include "core/ReviewState.h"
#include "core/Trust.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/Reviews.h"
#include "storage/ScriptCache.h"

#include <QHash>
#include <QJsonDocument>

namespace tp::server {

namespace {

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

// "failed" (scored, earned nothing), "low" (scored, earned less than its maximum), "full", or
// null for an item that was not scored.
QJsonValue itemResult(const QString &state, const QVariant &earned, const QVariant &possible)
{
    if (state != QLatin1String("scored") || earned.isNull() || possible.isNull())
        return QJsonValue(QJsonValue::Null);
    if (earned.toLongLong() <= 0)
        return QStringLiteral("failed");
    if (earned.toLongLong() < possible.toLongLong())
        return QStringLiteral("low");
    return QStringLiteral("full");
}

QJsonValue centiOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null)
                          : centiToJson(std::optional<Centi>(value.toLongLong()));
}

struct AnswerRow
{
    QString section;
    QString state;
    QVariant earned;
    QVariant possible;
};

// Every item of the audit's script with its result, in the script's order.
std::optional<QJsonArray> itemResults(Database &db, const QString &uuid, const Script *script)
{
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT item_id, section_id, state, earned, possible FROM audit_answers"
                       " WHERE audit_uuid = ? ORDER BY section_id, item_id"));
    query.addBindValue(uuid);
    if (!exec(query))
        return std::nullopt;
    QStringList order;
    QHash<QString, AnswerRow> rows;
    while (query.next()) {
        const QString item = query.value(0).toString();
        order.append(item);
        rows.insert(item, {query.value(1).toString(), query.value(2).toString(), query.value(3),
                           query.value(4)});
    }
    if (script) {
        QStringList scriptOrder;
        for (const Item &item : script->items) {
            if (rows.contains(item.id))
                scriptOrder.append(item.id);
        }
        if (scriptOrder.size() == order.size())
            order = scriptOrder;
    }
    QJsonArray items;
    for (const QString &id : std::as_const(order)) {
        const AnswerRow &row = rows[id];
        const Item *definition = script ? script->findItem(id) : nullptr;
        items.append(QJsonObject{
            {QStringLiteral("item"), id},
            {QStringLiteral("section"), row.section},
            {QStringLiteral("prompt"), definition ? definition->prompt : QString()},
            {QStringLiteral("critical"), definition && definition->critical},
            {QStringLiteral("state"), row.state},
            {QStringLiteral("earned"), centiOrNull(row.earned)},
            {QStringLiteral("possible"), centiOrNull(row.possible)},
            {QStringLiteral("result"), itemResult(row.state, row.earned, row.possible)}});
    }
    return items;
}

} // namespace

QString anonymousAuditor(const QVariant &pseudonym)
{
    const QString name = pseudonym.toString();
    // Audits approved before pseudonyms existed (schema version 1) have none.
    return name.isEmpty() ? QStringLiteral("anonymous shopper") : name;
}

QJsonValue reviewToJson(const Principal &viewer, const QString &state, const QString &reason,
                        const QVariant &reviewedBy, const QVariant &reviewedAt)
{
    const auto reviewed = reviewStateFromName(state);
    if (reviewed != ReviewState::Approved && reviewed != ReviewState::Rejected)
        return QJsonValue(QJsonValue::Null);
    QJsonObject review{{QStringLiteral("outcome"), state}, {QStringLiteral("reason"), reason}};
    // Left out for audits reviewed before the server recorded who and when (schema version 1).
    if (!reviewedAt.isNull())
        review.insert(QStringLiteral("reviewedAt"), reviewedAt.toString());
    if (!viewer.is(Role::Shopper) && !reviewedBy.isNull())
        review.insert(QStringLiteral("reviewedBy"), reviewedBy.toString());
    return review;
}

AuditSummaryRow auditSummaryFromRow(const QSqlQuery &query, const Principal &viewer, int first)
{
    const auto value = [&query, first](int column) {
        return query.value(first + column);
    };
    AuditSummaryRow row;
    row.ownership = {value(7).toString(), value(1).toString(), value(2).toString(),
                     value(15).toString()};
    row.timezone = value(3).toString();
    row.startedAt = value(10).toString();
    const QVariant overall = value(12);
    QJsonObject json{
        {QStringLiteral("uuid"), value(0).toString()},
        {QStringLiteral("site"), row.ownership.site},
        {QStringLiteral("region"), row.ownership.region},
        {QStringLiteral("script"), QJsonObject{{QStringLiteral("id"), value(4).toString()},
                                               {QStringLiteral("version"), value(5).toLongLong()}}},
        {QStringLiteral("mode"), value(6).toString()},
        {QStringLiteral("startedAt"), row.startedAt},
        {QStringLiteral("receivedAt"), value(11).toString()},
        {QStringLiteral("overall"), overall.isNull()
                                        ? QJsonValue(QJsonValue::Null)
                                        : centiToJson(std::optional<Centi>(overall.toLongLong()))},
        {QStringLiteral("passed"), value(13).toInt() != 0},
        {QStringLiteral("criticalFailures"), value(14).toInt()},
        {QStringLiteral("state"), row.ownership.state},
        {QStringLiteral("review"),
         reviewToJson(viewer, row.ownership.state, value(16).toString(), value(17), value(18))}};
    if (mustAnonymise(viewer)) {
        json.insert(QStringLiteral("auditor"), anonymousAuditor(value(19)));
    } else {
        json.insert(QStringLiteral("auditor"), row.ownership.auditor);
        json.insert(QStringLiteral("auditorName"), value(8).toString());
        const QString assignment = value(9).toString();
        if (!assignment.isEmpty())
            json.insert(QStringLiteral("assignment"), assignment);
    }
    row.json = json;
    return row;
}

ActionRow actionFromRow(const QSqlQuery &query, int first)
{
    const auto value = [&query, first](int column) {
        return query.value(first + column);
    };
    ActionRow row;
    row.ownership = {value(4).toString(), value(5).toString(), value(7).toString()};
    row.state = value(12).toString();
    const QString due = value(10).toString();
    const ActionStanding standing =
        actionStanding(row.state, due, value(17).toString(), value(6).toString());
    row.overdue = standing.overdue;
    row.outcome = standing.outcome;
    QJsonObject owner;
    if (!row.ownership.ownerUser.isEmpty()) {
        owner.insert(QStringLiteral("user"), row.ownership.ownerUser);
        owner.insert(QStringLiteral("displayName"), value(8).toString());
    } else {
        owner.insert(QStringLiteral("department"), value(9).toString());
    }
    row.json = QJsonObject{{QStringLiteral("id"), value(0).toString()},
                           {QStringLiteral("audit"), value(1).toString()},
                           {QStringLiteral("item"), value(2).toString()},
                           {QStringLiteral("section"), value(3).toString()},
                           {QStringLiteral("site"), row.ownership.site},
                           {QStringLiteral("region"), row.ownership.region},
                           {QStringLiteral("owner"), owner},
                           {QStringLiteral("due"), due},
                           {QStringLiteral("note"), value(11).toString()},
                           {QStringLiteral("state"), row.state},
                           {QStringLiteral("overdue"), row.overdue},
                           {QStringLiteral("outcome"), row.outcome},
                           {QStringLiteral("doneNote"), value(13).toString()},
                           {QStringLiteral("createdBy"), value(14).toString()},
                           {QStringLiteral("createdAt"), value(15).toString()},
                           {QStringLiteral("closedBy"), textOrNull(value(16))},
                           {QStringLiteral("closedAt"), textOrNull(value(17))}};
    return row;
}

std::optional<QJsonArray> actionHistory(Database &db, const QString &id)
{
    QSqlQuery query =
        db.prepare(QStringLiteral("SELECT event, at, actor, note, due FROM corrective_action_events"
                                  " WHERE action_id = ? ORDER BY seq"));
    query.addBindValue(id);
    if (!exec(query))
        return std::nullopt;
    QJsonArray history;
    while (query.next()) {
        QJsonObject event{{QStringLiteral("event"), query.value(0).toString()},
                          {QStringLiteral("at"), query.value(1).toString()},
                          {QStringLiteral("by"), query.value(2).toString()},
                          {QStringLiteral("note"), query.value(3).toString()}};
        if (!query.value(4).isNull())
            event.insert(QStringLiteral("due"), query.value(4).toString());
        history.append(event);
    }
    return history;
}

std::optional<AuditOwnership> visibleAuditOwnership(Database &db, const Principal &viewer,
                                                    const QString &uuid, bool *failed)
{
    const auto row =
        QueryBuilder(
            QStringLiteral("SELECT a.auditor, a.site_id, s.region_id, a.state FROM audits a"
                           " JOIN sites s ON s.id = a.site_id"))
            .where(QStringLiteral("a.uuid = ?"), {uuid})
            .where(Visibility(viewer).audits(QStringLiteral("a")))
            .firstRow(db, failed);
    if (!row)
        return std::nullopt;
    return AuditOwnership{row->value(0).toString(), row->value(1).toString(),
                          row->value(2).toString(), row->value(3).toString()};
}

ApiResponse auditDetailResponse(ServerContext &context, const Principal &viewer,
                                const QString &uuid, int status)
{
    const Visibility visibility(viewer);
    auto found =
        QueryBuilder(
            QStringLiteral("SELECT a.body, a.score, a.state, a.review_reason, a.received_at,"
                           " a.auditor, a.site_id, s.region_id, a.content_sha256,"
                           " a.reviewed_by, a.reviewed_at, a.pseudonym, u.display_name,"
                           " a.script_id, a.script_version, s.latitude, s.longitude,"
                           " s.check_in_radius FROM audits a JOIN sites s ON s.id = a.site_id"
                           " JOIN users u ON u.username = a.auditor"))
            .where(QStringLiteral("a.uuid = ?"), {uuid})
            .where(visibility.audits(QStringLiteral("a")))
            .run(context.db);
    if (!found)
        return internalError(QStringLiteral("cannot read audits"));
    QSqlQuery &query = *found;
    if (!query.next())
        return notFound(QStringLiteral("audit")); // not 403: do not confirm that it exists
    const AuditOwnership ownership{query.value(5).toString(), query.value(6).toString(),
                                   query.value(7).toString(), query.value(2).toString()};
    const QByteArray body = query.value(0).toByteArray();
    const QByteArray score = query.value(1).toByteArray();
    const QString reason = query.value(3).toString();
    const QString receivedAt = query.value(4).toString();
    const QString sha = query.value(8).toString();
    const QVariant reviewedBy = query.value(9);
    const QVariant reviewedAt = query.value(10);
    const QVariant pseudonym = query.value(11);
    const QString auditorName = query.value(12).toString();
    const QString scriptId = query.value(13).toString();
    const int scriptVersion = query.value(14).toInt();
    std::optional<SitePlace> place;
    if (!query.value(15).isNull() && !query.value(16).isNull())
        place = SitePlace{query.value(15).toDouble(), query.value(16).toDouble(),
                          query.value(17).isNull() ? 100 : query.value(17).toDouble()};

    QJsonObject audit = QJsonDocument::fromJson(body).object();
    QJsonObject result{{QStringLiteral("score"), QJsonDocument::fromJson(score).object()},
                       {QStringLiteral("state"), ownership.state},
                       {QStringLiteral("reviewReason"), reason},
                       {QStringLiteral("review"),
                        reviewToJson(viewer, ownership.state, reason, reviewedBy, reviewedAt)},
                       {QStringLiteral("receivedAt"), receivedAt},
                       {QStringLiteral("contentSha256"), sha}};
    if (mustAnonymise(viewer)) {
        audit.insert(QStringLiteral("auditor"), anonymousAuditor(pseudonym));
        audit.remove(QStringLiteral("assignment"));
    } else {
        result.insert(QStringLiteral("auditorName"), auditorName);
    }
    result.insert(QStringLiteral("audit"), audit);

    // The trust assessment is the shared core's, from the stored audit and the site's place now.
    const auto script = context.scripts.find(scriptId, scriptVersion);
    const AuditDecodeResult decoded = decodeAudit(body);
    result.insert(QStringLiteral("trust"),
                  script && decoded.ok()
                      ? QJsonValue(trustToJson(assessTrust(*script, *decoded.audit, place)))
                      : QJsonValue(QJsonValue::Null));
    const auto items = itemResults(context.db, uuid, script.get());
    if (!items)
        return internalError(QStringLiteral("cannot read the audit's answers"));
    result.insert(QStringLiteral("items"), *items);

    if (!viewer.is(Role::Shopper)) {
        QJsonArray list;
        const bool read =
            QueryBuilder(QStringLiteral("SELECT ") + kActionColumns + kActionFrom)
                .where(QStringLiteral("c.audit_uuid = ?"), {uuid})
                .where(visibility.actions(QStringLiteral("c")))
                .forEachRow(
                    context.db,
                    [&list](const QSqlQuery &row) { list.append(actionFromRow(row).json); },
                    QStringLiteral(" ORDER BY c.created_at, c.id"));
        if (!read)
            return internalError(QStringLiteral("cannot read corrective actions"));
        result.insert(QStringLiteral("actions"), list);
    }
    return ApiResponse::json(result, status);
}

} // namespace tp::server
