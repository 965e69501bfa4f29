// The phone's pull: what changed since its cursor among the records the caller may see.
//
// Every write bumps the change counter inside its own transaction and stamps its rows with the new
// value, and the counter's row lock makes writers take their values in commit order. So once the
// committed counter reads C, every row stamped N < change_seq <= C is committed and readable, and
// a row changed later carries a value above C and comes with the next pull, whose cursor is C.
// Hence the order: the counter first, then the rows.

#include "api/Api.h"

#include "api/JsonViews.h"
#include "storage/Database.h"

#include <QJsonDocument>

#include <functional>

namespace tp::server {

namespace {

// A decimal integer >= 0 (digits only, no sign or blanks), small enough for a 64-bit counter.
std::optional<qint64> parseCursor(const QUrlQuery &query)
{
    const QString key = QStringLiteral("cursor");
    if (!query.hasQueryItem(key))
        return 0;
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    if (values.size() != 1)
        return std::nullopt;
    const QString &text = values.first();
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

struct Select
{
    QString sql; // empty: the caller sees none of these
    QVariantList values;
};

using RowToJson = std::function<QJsonObject(const QSqlQuery &)>;

bool collect(Database &db, const Select &select, const RowToJson &toJson, QJsonArray *out)
{
    if (select.sql.isEmpty())
        return true;
    QSqlQuery query = db.prepare(select.sql);
    for (const QVariant &value : select.values)
        query.addBindValue(value);
    if (!exec(query))
        return false;
    while (query.next())
        out->append(toJson(query));
    return true;
}

QJsonObject scriptRowToJson(const QSqlQuery &query)
{
    return {
        {QStringLiteral("id"), query.value(0).toString()},
        {QStringLiteral("version"), query.value(1).toLongLong()},
        {QStringLiteral("title"), query.value(2).toString()},
        {QStringLiteral("channel"), query.value(3).toString()},
        {QStringLiteral("script"), QJsonDocument::fromJson(query.value(4).toByteArray()).object()}};
}

const QLatin1String kScriptColumns("sc.id, sc.version, sc.title, sc.channel, sc.body");

// The four selections for one caller. Each names the window N < change_seq <= C itself; a
// shopper's site, region or script also comes along when an own assignment that uses it changed
// in the window, so that a new assignment brings what the phone needs to carry it out.
struct SyncPlan
{
    Select regions, sites, scripts, assignments;
};

SyncPlan planFor(const Principal &user, qint64 n, qint64 c)
{
    const QString regionsFrom = QStringLiteral("SELECT ") + kRegionColumns +
                                QStringLiteral(" FROM regions r WHERE r.change_seq <= ?");
    const QString sitesFrom = QStringLiteral("SELECT ") + kSiteColumns +
                              QStringLiteral(" FROM sites s WHERE s.change_seq <= ?");
    const QString scriptsFrom = QStringLiteral("SELECT ") + kScriptColumns +
                                QStringLiteral(" FROM scripts sc WHERE sc.change_seq <= ?");
    const QString assignmentsFrom = QStringLiteral("SELECT ") + kAssignmentColumns +
                                    QStringLiteral(" FROM assignments a WHERE a.change_seq <= ?");
    const QString regionsOrder = QStringLiteral(" ORDER BY r.change_seq, r.id");
    const QString sitesOrder = QStringLiteral(" ORDER BY s.change_seq, s.id");
    const QString scriptsOrder = QStringLiteral(" ORDER BY sc.change_seq, sc.id, sc.version");
    const QString assignmentsOrder = QStringLiteral(" ORDER BY a.change_seq, a.id");
    const QString managedRegions =
        QStringLiteral("(SELECT ur.region_id FROM user_regions ur WHERE ur.username = ?)");

    SyncPlan plan;
    switch (user.role) {
    case Role::Admin:
    case Role::Executive:
        plan.regions = {regionsFrom + QStringLiteral(" AND r.change_seq > ?") + regionsOrder,
                        {c, n}};
        plan.sites = {sitesFrom + QStringLiteral(" AND s.change_seq > ?") + sitesOrder, {c, n}};
        plan.scripts = {scriptsFrom + QStringLiteral(" AND sc.change_seq > ?") + scriptsOrder,
                        {c, n}};
        if (user.role == Role::Admin)
            plan.assignments = {assignmentsFrom + QStringLiteral(" AND a.change_seq > ?") +
                                    assignmentsOrder,
                                {c, n}};
        break;
    case Role::RegionalManager:
        plan.regions = {regionsFrom + QStringLiteral(" AND r.change_seq > ? AND r.id IN ") +
                            managedRegions + regionsOrder,
                        {c, n, user.username}};
        plan.sites = {sitesFrom + QStringLiteral(" AND s.change_seq > ? AND s.region_id IN ") +
                          managedRegions + sitesOrder,
                      {c, n, user.username}};
        plan.scripts = {scriptsFrom + QStringLiteral(" AND sc.change_seq > ?") + scriptsOrder,
                        {c, n}};
        plan.assignments = {
            assignmentsFrom +
                QStringLiteral(" AND a.change_seq > ? AND a.site_id IN (SELECT s.id FROM sites s "
                               "WHERE s.region_id IN ") +
                managedRegions + QStringLiteral(")") + assignmentsOrder,
            {c, n, user.username}};
        break;
    case Role::Shopper: {
        // Own assignments that are not withdrawn, and whether one of them changed in the window.
        const QString own =
            QStringLiteral(" a.shopper = ? AND a.state NOT IN ('withdrawn', 'declined')");
        const QString ownChanged = QStringLiteral("(a.change_seq > ? AND a.change_seq <= ?)");
        plan.regions = {regionsFrom +
                            QStringLiteral(" AND EXISTS (SELECT 1 FROM sites s JOIN assignments a "
                                           "ON a.site_id = s.id WHERE s.region_id = r.id AND") +
                            own +
                            QStringLiteral(" AND (r.change_seq > ? OR (s.change_seq > ? AND "
                                           "s.change_seq <= ?) OR ") +
                            ownChanged + QStringLiteral("))") + regionsOrder,
                        {c, user.username, n, n, c, n, c}};
        plan.sites = {sitesFrom +
                          QStringLiteral(" AND EXISTS (SELECT 1 FROM assignments a WHERE "
                                         "a.site_id = s.id AND") +
                          own + QStringLiteral(" AND (s.change_seq > ? OR ") + ownChanged +
                          QStringLiteral("))") + sitesOrder,
                      {c, user.username, n, n, c}};
        plan.scripts = {scriptsFrom +
                            QStringLiteral(" AND EXISTS (SELECT 1 FROM assignments a WHERE "
                                           "a.script_id = sc.id AND a.script_version = sc.version "
                                           "AND") +
                            own + QStringLiteral(" AND (sc.change_seq > ? OR ") + ownChanged +
                            QStringLiteral("))") + scriptsOrder,
                        {c, user.username, n, n, c}};
        // Withdrawn ones too, so that the phone drops them.
        plan.assignments = {assignmentsFrom +
                                QStringLiteral(" AND a.change_seq > ? AND a.shopper = ?") +
                                assignmentsOrder,
                            {c, n, user.username}};
        break;
    }
    case Role::StoreManager:
        // Their site and its region; never assignments (the visit must stay a mystery) and no
        // scripts.
        plan.regions = {
            regionsFrom +
                QStringLiteral(" AND EXISTS (SELECT 1 FROM sites s WHERE s.region_id = r.id AND "
                               "s.id = ? AND (r.change_seq > ? OR (s.change_seq > ? AND "
                               "s.change_seq <= ?)))") +
                regionsOrder,
            {c, user.site, n, n, c}};
        plan.sites = {sitesFrom + QStringLiteral(" AND s.change_seq > ? AND s.id = ?") + sitesOrder,
                      {c, n, user.site}};
        break;
    }
    return plan;
}

ApiResponse sync(ApiRequest &request, ServerContext &context)
{
    const auto cursor = parseCursor(request.query);
    if (!cursor)
        return badRequest(
            QStringLiteral("invalid_cursor"),
            QStringLiteral("'cursor' must be a whole number from 0 up, as the last sync returned"));

    // The committed counter first; see the top of this file.
    QSqlQuery counter =
        context.db.prepare(QStringLiteral("SELECT value FROM counters WHERE name = 'change'"));
    if (!exec(counter) || !counter.next())
        return internalError(QStringLiteral("cannot read the change counter"));
    const qint64 committed = counter.value(0).toLongLong();

    // When the caller's own account changed (role, regions, site), records they could not see
    // before never changed themselves, so an incremental pull would miss them: send everything
    // and say so, and the phone replaces what it holds.
    QSqlQuery account =
        context.db.prepare(QStringLiteral("SELECT change_seq FROM users WHERE username = ?"));
    account.addBindValue(request.user().username);
    if (!exec(account) || !account.next())
        return internalError(QStringLiteral("cannot read the account"));
    const bool full = *cursor == 0 || account.value(0).toLongLong() > *cursor;
    const SyncPlan plan = planFor(request.user(), full ? 0 : *cursor, committed);
    QJsonArray regions, sites, scripts, assignments;
    const RowToJson region = [](const QSqlQuery &q) {
        return regionToJson(q);
    };
    const RowToJson site = [](const QSqlQuery &q) {
        return siteToJson(q);
    };
    const RowToJson assignment = [](const QSqlQuery &q) {
        return assignmentToJson(q);
    };
    if (!collect(context.db, plan.regions, region, &regions) ||
        !collect(context.db, plan.sites, site, &sites) ||
        !collect(context.db, plan.scripts, scriptRowToJson, &scripts) ||
        !collect(context.db, plan.assignments, assignment, &assignments))
        return internalError(QStringLiteral("cannot read the changes"));
    return ApiResponse::json(QJsonObject{{QStringLiteral("cursor"), committed},
                                         {QStringLiteral("full"), full},
                                         {QStringLiteral("regions"), regions},
                                         {QStringLiteral("sites"), sites},
                                         {QStringLiteral("scripts"), scripts},
                                         {QStringLiteral("assignments"), assignments}});
}

} // namespace

void addSyncRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/sync", Access::SignedIn, {},
               [&context](ApiRequest &r) { return sync(r, context); });
}

} // namespace tp::server
