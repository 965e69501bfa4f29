// The phone's pull: what changed since its cursor among the records the caller may see.
//
// Every write bumps the change counter inside its own transaction and stamps its rows with the new
// value, and the counter's row lock makes writers take their values in commit order. So once the
// committed counter reads C, every row stamped N < change_seq <= C is committed and readable, and
// a row changed later carries a value above C and comes with the next pull, whose cursor is C.
// Hence the order: the counter first, then the rows.

#include "api/Api.h"

#include "api/JsonViews.h"
#include "auth/Visibility.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"

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

using RowToJson = std::function<QJsonObject(const QSqlQuery &)>;

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

// One kind of record for one caller: what they may see (auth/Visibility.h) among the rows
// stamped N < change_seq <= C. A shopper's site, region or script also comes along when an own
// assignment that gives sight of it changed in the window, so that a new assignment brings what
// the phone needs to carry it out; a store manager's region comes along when their site changed
// (it may have moved to another region).
struct SyncPlan
{
    QueryBuilder regions{QStringLiteral("SELECT ") + kRegionColumns +
                         QStringLiteral(" FROM regions r")};
    QueryBuilder sites{QStringLiteral("SELECT ") + kSiteColumns + QStringLiteral(" FROM sites s")};
    QueryBuilder scripts{QStringLiteral("SELECT ") + kScriptColumns +
                         QStringLiteral(" FROM scripts sc")};
    QueryBuilder assignments{QStringLiteral("SELECT ") + kAssignmentColumns +
                             QStringLiteral(" FROM assignments a")};
};

SqlCondition changedIn(const char *changeColumn, qint64 n, qint64 c)
{
    const QString column = QLatin1String(changeColumn);
    return {column + QStringLiteral(" > ? AND ") + column + QStringLiteral(" <= ?"), {n, c}};
}

// `own row changed` OR EXISTS (`related` rows that changed in the window).
SqlCondition changedItselfOr(const char *changeColumn, qint64 n, const QString &related,
                             const QVariantList &relatedValues)
{
    return {QLatin1String(changeColumn) + QStringLiteral(" > ? OR EXISTS (") + related +
                QLatin1Char(')'),
            QVariantList{n} + relatedValues};
}

SyncPlan planFor(const Principal &user, qint64 n, qint64 c)
{
    const Visibility visibility(user);
    SyncPlan plan;
    plan.regions.where(QStringLiteral("r.change_seq <= ?"), {c})
        .where(visibility.regions(QStringLiteral("r")));
    plan.sites.where(QStringLiteral("s.change_seq <= ?"), {c})
        .where(visibility.sites(QStringLiteral("s")));
    plan.scripts.where(QStringLiteral("sc.change_seq <= ?"), {c})
        .where(visibility.scripts(QStringLiteral("sc")));
    plan.assignments.where(QStringLiteral("a.change_seq <= ?"), {c})
        .where(visibility.assignments(QStringLiteral("a")))
        .where(QStringLiteral("a.change_seq > ?"), {n}); // withdrawn ones too: the phone drops them

    const SqlCondition granting = visibility.grantingAssignments(QStringLiteral("ga"));
    const SqlCondition grantChanged = changedIn("ga.change_seq", n, c);
    switch (user.role) {
    case Role::Shopper: {
        const SqlCondition siteChanged = changedIn("gs.change_seq", n, c);
        plan.regions.where(changedItselfOr(
            "r.change_seq", n,
            QStringLiteral("SELECT 1 FROM sites gs JOIN assignments ga ON ga.site_id = gs.id"
                           " WHERE gs.region_id = r.id AND ") +
                granting.sql + QStringLiteral(" AND ((") + siteChanged.sql +
                QStringLiteral(") OR (") + grantChanged.sql + QStringLiteral("))"),
            granting.values + siteChanged.values + grantChanged.values));
        plan.sites.where(changedItselfOr(
            "s.change_seq", n,
            QStringLiteral("SELECT 1 FROM assignments ga WHERE ga.site_id = s.id AND ") +
                granting.sql + QStringLiteral(" AND ") + grantChanged.sql,
            granting.values + grantChanged.values));
        plan.scripts.where(changedItselfOr(
            "sc.change_seq", n,
            QStringLiteral("SELECT 1 FROM assignments ga WHERE ga.script_id = sc.id AND"
                           " ga.script_version = sc.version AND ") +
                granting.sql + QStringLiteral(" AND ") + grantChanged.sql,
            granting.values + grantChanged.values));
        break;
    }
    case Role::StoreManager: {
        const SqlCondition siteChanged = changedIn("gs.change_seq", n, c);
        plan.regions.where(changedItselfOr(
            "r.change_seq", n,
            QStringLiteral("SELECT 1 FROM sites gs WHERE gs.region_id = r.id AND gs.id = ? AND ") +
                siteChanged.sql,
            QVariantList{user.site} + siteChanged.values));
        plan.sites.where(QStringLiteral("s.change_seq > ?"), {n});
        plan.scripts.where(QStringLiteral("sc.change_seq > ?"), {n});
        break;
    }
    case Role::Admin:
    case Role::Executive:
    case Role::RegionalManager:
        plan.regions.where(QStringLiteral("r.change_seq > ?"), {n});
        plan.sites.where(QStringLiteral("s.change_seq > ?"), {n});
        plan.scripts.where(QStringLiteral("sc.change_seq > ?"), {n});
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
    const auto collect = [&context](const QueryBuilder &select, const RowToJson &toJson,
                                    const char *order, QJsonArray *out) {
        return select.forEachRow(
            context.db, [&](const QSqlQuery &row) { out->append(toJson(row)); },
            QLatin1String(order));
    };
    const RowToJson region = [](const QSqlQuery &q) {
        return regionToJson(q);
    };
    const RowToJson site = [](const QSqlQuery &q) {
        return siteToJson(q);
    };
    const RowToJson assignment = [](const QSqlQuery &q) {
        return assignmentToJson(q);
    };
    if (!collect(plan.regions, region, " ORDER BY r.change_seq, r.id", &regions) ||
        !collect(plan.sites, site, " ORDER BY s.change_seq, s.id", &sites) ||
        !collect(plan.scripts, scriptRowToJson, " ORDER BY sc.change_seq, sc.id, sc.version",
                 &scripts) ||
        !collect(plan.assignments, assignment, " ORDER BY a.change_seq, a.id", &assignments))
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
