// Corrective actions: created by the reviewers (admins, the regional managers of the region) from
// a failed or low item of an approved audit; read by admins and executives everywhere, regional
// managers in their regions and store managers at their site; marked done by the owner, the
// store's manager, the region's managers or an admin; reopened by the reviewers. Every action says
// whether it is overdue, and the summary counts per site the promises kept on time and broken.
//
// Shoppers never reach these routes.

#include "api/Api.h"
#include "api/ListPage.h"
#include "api/ReviewViews.h"
#include "api/WriteResults.h"

#include "auth/Access.h"
#include "auth/Visibility.h"
#include "core/Audit.h"
#include "core/JsonFields.h"
#include "core/ReviewState.h"
#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/Reviews.h"

#include <QDateTime>
#include <QMap>

#include <cmath>

namespace tp::server {

namespace {

const QStringList kStateFilters = {QStringLiteral("open"), QStringLiteral("done"),
                                   QStringLiteral("overdue")};
constexpr int kMaxNoteLength = 2000;

// Reads the `region` and `site` filters, and `state` when `state` is given.
std::optional<ApiResponse> readFilters(const ApiRequest &request, QString *region, QString *site,
                                       QString *state, ListPage *page = nullptr)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (page && page->take(key, value)) {
            if (page->refusal())
                return *page->refusal();
        } else if (key == QLatin1String("region") || key == QLatin1String("site")) {
            if (!isValidIdentifier(value))
                return badRequest(QStringLiteral("invalid_filter"),
                                  QStringLiteral("'%1' must be an id").arg(key));
            *(key == QLatin1String("region") ? region : site) = value;
        } else if (state && key == QLatin1String("state")) {
            if (!kStateFilters.contains(value))
                return badRequest(QStringLiteral("invalid_filter"),
                                  QStringLiteral("'state' must be one of: %1")
                                      .arg(kStateFilters.join(QLatin1String(", "))));
            *state = value;
        } else {
            return badRequest(
                QStringLiteral("unknown_parameter"),
                QStringLiteral("unknown query parameter '%1'; known: region, site%2%3")
                    .arg(key.left(64), state ? QStringLiteral(", state") : QString(),
                         page ? QStringLiteral(", limit, after") : QString()));
        }
    }
    return std::nullopt;
}

// The action if the caller may read it; otherwise nothing, as if it did not exist.
std::optional<ActionRow> visibleAction(Database &db, const Principal &user, const QString &id,
                                       bool *failed)
{
    const auto row = QueryBuilder(QStringLiteral("SELECT ") + kActionColumns + kActionFrom)
                         .where(QStringLiteral("c.id = ?"), {id})
                         .where(Visibility(user).actions(QStringLiteral("c")))
                         .firstRow(db, failed);
    if (!row)
        return std::nullopt;
    return actionFromRow(*row);
}

// The action with its history.
ApiResponse respondWithAction(ServerContext &context, const Principal &user, const QString &id,
                              int status)
{
    bool failed = false;
    const auto row = visibleAction(context.db, user, id, &failed);
    if (!row)
        return failed ? internalError(QStringLiteral("cannot read corrective actions"))
                      : notFound(QStringLiteral("action"));
    const auto history = actionHistory(context.db, id);
    if (!history)
        return internalError(QStringLiteral("cannot read the action's history"));
    QJsonObject json = row->json;
    json.insert(QStringLiteral("history"), *history);
    return ApiResponse::json(json, status);
}

ApiResponse createAction(ApiRequest &request, ServerContext &context)
{
    const Principal &user = request.user();
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    // The audit first: one the caller may not review is answered as one that does not exist, and
    // one that is not approved (a state that never comes back) with 409.
    const QJsonValue auditValue = body->value(QStringLiteral("audit"));
    if (auditValue.isString() && isValidUuid(auditValue.toString())) {
        bool failed = false;
        const QString uuid = auditValue.toString();
        const auto audit = visibleAuditOwnership(context.db, user, uuid, &failed);
        // An audit the caller cannot see is refused here; one that does not exist is left for
        // the validation to report.
        auto stored = audit || failed
                          ? std::nullopt
                          : runQuery(context.db,
                                     QStringLiteral("SELECT 1 FROM audits WHERE uuid = ?"), {uuid});
        if (failed || (!audit && !stored))
            return internalError(QStringLiteral("cannot read audits"));
        if ((!audit && stored->next()) || (audit && !managesRegion(user, audit->region)))
            return unprocessable(QStringLiteral("invalid_body"),
                                 QStringLiteral("the corrective action is not valid"),
                                 {{QStringLiteral("action"), QStringLiteral("unknown_audit"),
                                   QStringLiteral("there is no audit %1").arg(uuid)}});
        if (audit && audit->state != reviewStateName(ReviewState::Approved))
            return ApiResponse::error(
                409, QStringLiteral("audit_not_approved"),
                QStringLiteral("audit %1 is %2; only an approved audit has corrective actions")
                    .arg(uuid, audit->state),
                QJsonObject{{QStringLiteral("state"), audit->state}});
    }
    Reviews reviews(context.db);
    const Reviews::Result result = reviews.createAction(*body, user.username);
    switch (result.outcome) {
    case Directory::Outcome::Created:
        return respondWithAction(context, user, result.id, 201);
    case Directory::Outcome::Conflict:
        return ApiResponse::error(409, QStringLiteral("duplicate_action"), result.message,
                                  QJsonObject{{QStringLiteral("id"), result.id}});
    default:
        break;
    }
    return writeRefused(result, QStringLiteral("corrective action"));
}

ApiResponse listActions(ApiRequest &request, ServerContext &context)
{
    const Principal &user = request.user();
    QString region;
    QString site;
    QString state;
    ListPage page({{"c.due"}, {"c.id"}});
    if (auto refusal = readFilters(request, &region, &site, &state, &page))
        return *refusal;
    QueryBuilder select(QStringLiteral("SELECT ") + kActionColumns + kActionFrom);
    select.where(Visibility(user).actions(QStringLiteral("c")))
        .whereEquals("s.region_id", region)
        .whereEquals("c.site_id", site);
    if (!state.isEmpty()) // overdue actions are open ones past their due date
        select.whereEquals("c.state",
                           state == QLatin1String("done") ? state : QStringLiteral("open"));
    if (state == QLatin1String("overdue")) // a due date before the site's today, checked below
        select.where(QStringLiteral("c.due <= ?"),
                     {QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate)});
    return respondWithPage(
        context.db, select, page, request,
        [&state](const QSqlQuery &query) -> std::optional<QJsonObject> {
            const ActionRow row = actionFromRow(query);
            if (state == QLatin1String("overdue") && !row.overdue)
                return std::nullopt;
            return row.json;
        },
        QStringLiteral("corrective actions"));
}

ApiResponse getAction(ApiRequest &request, ServerContext &context)
{
    return respondWithAction(context, request.user(), request.param("id"), 200);
}

// {"note"} for done; {"note", "due"?} for reopen. Nothing else is accepted.
struct NoteBody
{
    QString note;
    std::optional<QString> due;
};
std::optional<NoteBody> noteFromBody(ApiRequest &request, ServerContext &context, bool withDue,
                                     ApiResponse *error)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body) {
        *error = body.refusal();
        return std::nullopt;
    }
    Issues issues;
    JsonFields fields(*body, QString(), issues);
    const auto note = fields.text("note", Need::Required, kMaxNoteLength);
    std::optional<QString> due;
    if (withDue)
        due = fields.text("due", Need::Optional, 40);
    fields.reportUnknownFields();
    if (!issues.isEmpty()) {
        *error = unprocessable(QStringLiteral("invalid_body"),
                               QStringLiteral("the request is not valid"), issues);
        return std::nullopt;
    }
    return NoteBody{note->trimmed(), due};
}

ApiResponse wrongState(const QString &id, const QString &state, const char *change)
{
    return ApiResponse::error(
        409, QStringLiteral("wrong_state"),
        QStringLiteral("action %1 is %2; only %3").arg(id, state, QLatin1String(change)),
        QJsonObject{{QStringLiteral("state"), state}});
}

enum class Change
{
    MarkDone,
    Reopen
};

// Marks an action done ({"note"}) or reopens it ({"note", "due"?}).
ApiResponse changeAction(ApiRequest &request, ServerContext &context, Change change)
{
    const Principal &user = request.user();
    const QString id = request.param("id");
    const bool reopen = change == Change::Reopen;
    bool failed = false;
    const auto row = visibleAction(context.db, user, id, &failed);
    if (!row)
        return failed ? internalError(QStringLiteral("cannot read corrective actions"))
                      : notFound(QStringLiteral("action"));
    if (reopen && !canReopenAction(user, row->ownership))
        return forbidden(QStringLiteral("only the region's managers and admins reopen an action"));
    if (!reopen && !canCloseAction(user, row->ownership))
        return forbidden(QStringLiteral("only the action's owner, its site's store manager, its "
                                        "region's managers and admins mark it done"));
    ApiResponse error;
    const auto body = noteFromBody(request, context, reopen, &error);
    if (!body)
        return error;
    Reviews reviews(context.db);
    const Reviews::Result result =
        reopen ? reviews.reopenAction(id, body->note, body->due, user.username)
               : reviews.closeAction(id, body->note, user.username);
    switch (result.outcome) {
    case Directory::Outcome::Updated:
        return respondWithAction(context, user, id, 200);
    case Directory::Outcome::Conflict: {
        if (result.id != id) // reopening would repeat another open action of the same item
            return ApiResponse::error(409, QStringLiteral("duplicate_action"), result.message,
                                      QJsonObject{{QStringLiteral("id"), result.id}});
        const auto now = visibleAction(context.db, user, id, &failed);
        return wrongState(id, now ? now->state : row->state,
                          reopen ? "a done action can be reopened"
                                 : "an open action can be marked done");
    }
    case Directory::Outcome::Invalid:
        if (!reopen || (!result.issues.isEmpty() &&
                        result.issues.first().code == QLatin1String("unknown_action")))
            return notFound(QStringLiteral("action"));
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the request is not valid"), result.issues);
    default:
        break;
    }
    return internalError(result.message.isEmpty() ? QStringLiteral("cannot update the action")
                                                  : result.message);
}

// Per site the caller may see: how many actions, open, overdue, done, kept (done on or before the
// due date), late (done after it) and broken (late, or still open past due).
ApiResponse actionSummary(ApiRequest &request, ServerContext &context)
{
    const Principal &user = request.user();
    QString region;
    QString site;
    if (auto refusal = readFilters(request, &region, &site, nullptr))
        return *refusal;
    const Visibility visibility(user);

    struct Counts
    {
        QJsonObject site;
        qint64 actions = 0, open = 0, overdue = 0, done = 0, kept = 0, late = 0;
    };
    QMap<QString, Counts> counts; // by site id
    QStringList order;
    const bool sitesRead =
        QueryBuilder(QStringLiteral("SELECT s.id, s.name, s.region_id, s.kind FROM sites s"))
            .where(visibility.sites(QStringLiteral("s")))
            .whereEquals("s.region_id", region)
            .whereEquals("s.id", site)
            .forEachRow(
                context.db,
                [&](const QSqlQuery &sites) {
                    const QString id = sites.value(0).toString();
                    order.append(id);
                    counts[id].site =
                        QJsonObject{{QStringLiteral("site"), id},
                                    {QStringLiteral("name"), sites.value(1).toString()},
                                    {QStringLiteral("region"), sites.value(2).toString()},
                                    {QStringLiteral("kind"), sites.value(3).toString()}};
                },
                QStringLiteral(" ORDER BY s.region_id, s.id"));
    if (!sitesRead)
        return internalError(QStringLiteral("cannot read sites"));

    const bool actionsRead = QueryBuilder(QStringLiteral("SELECT ") + kActionColumns + kActionFrom)
                                 .where(visibility.actions(QStringLiteral("c")))
                                 .whereEquals("s.region_id", region)
                                 .whereEquals("s.id", site)
                                 .forEachRow(context.db, [&](const QSqlQuery &actions) {
                                     const ActionRow row = actionFromRow(actions);
                                     auto it = counts.find(row.ownership.site);
                                     if (it == counts.end())
                                         return;
                                     ++it->actions;
                                     if (row.state == QLatin1String("open")) {
                                         ++it->open;
                                         it->overdue += row.overdue ? 1 : 0;
                                     } else {
                                         ++it->done;
                                         it->kept += row.outcome == QLatin1String("kept") ? 1 : 0;
                                         it->late += row.outcome == QLatin1String("broken") ? 1 : 0;
                                     }
                                 });
    if (!actionsRead)
        return internalError(QStringLiteral("cannot read corrective actions"));

    QJsonArray summary;
    for (const QString &id : std::as_const(order)) {
        const Counts &c = counts[id];
        QJsonObject entry = c.site;
        const qint64 broken = c.late + c.overdue;
        entry.insert(QStringLiteral("actions"), c.actions);
        entry.insert(QStringLiteral("open"), c.open);
        entry.insert(QStringLiteral("overdue"), c.overdue);
        entry.insert(QStringLiteral("done"), c.done);
        entry.insert(QStringLiteral("kept"), c.kept);
        entry.insert(QStringLiteral("late"), c.late);
        entry.insert(QStringLiteral("broken"), broken);
        entry.insert(
            QStringLiteral("keptPercent"),
            c.kept + broken == 0
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(std::round(1000.0 * double(c.kept) / double(c.kept + broken)) / 10.0));
        summary.append(entry);
    }
    return ApiResponse::json(summary);
}

} // namespace

void addActionRoutes(Router &router, ServerContext &context)
{
    const QList<Role> readers{Role::Admin, Role::Executive, Role::RegionalManager,
                              Role::StoreManager};
    const QList<Role> reviewers{Role::Admin, Role::RegionalManager};
    router.add("GET", "/actions", Access::SignedIn, readers,
               [&context](ApiRequest &r) { return listActions(r, context); });
    router.add("POST", "/actions", Access::SignedIn, reviewers,
               [&context](ApiRequest &r) { return createAction(r, context); });
    // Before /actions/{id}, which would take "summary" for an id.
    router.add("GET", "/actions/summary", Access::SignedIn, readers,
               [&context](ApiRequest &r) { return actionSummary(r, context); });
    router.add("GET", "/actions/{id}", Access::SignedIn, readers,
               [&context](ApiRequest &r) { return getAction(r, context); });
    router.add("POST", "/actions/{id}/done", Access::SignedIn, readers,
               [&context](ApiRequest &r) { return changeAction(r, context, Change::MarkDone); });
    router.add("POST", "/actions/{id}/reopen", Access::SignedIn, reviewers,
               [&context](ApiRequest &r) { return changeAction(r, context, Change::Reopen); });
}

} // namespace tp::server
