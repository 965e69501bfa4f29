// Assignments: listing (admin all, regional managers their regions' sites, shoppers their own),
// creating one or many (all or nothing), and the state changes the people involved make:
// shoppers accept or decline an offer, managers withdraw it.
//
// Store managers and executives never reach these routes: a store must not learn that a
// mystery shopper is coming.

#include "api/Api.h"
#include "api/JsonViews.h"
#include "api/ListPage.h"
#include "api/WriteResults.h"

#include "EnumValues.h"

#include "auth/Access.h"
#include "auth/Visibility.h"
#include "core/AssignmentState.h"
#include "core/JsonFields.h"
#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/Directory.h"
#include "storage/QueryBuilder.h"

namespace tp::server {

namespace {

const QStringList &stateNames()
{
    static const QStringList names = allNames(assignmentStateName);
    return names;
}

// The shared assignment view, then the columns this file reads itself (after the view's, so
// that the view may change without moving them).
QString assignmentSelect()
{
    return QStringLiteral("SELECT ") + kAssignmentColumns +
           QStringLiteral(
               ", u.display_name, a.state FROM assignments a"
               " JOIN sites s ON s.id = a.site_id JOIN users u ON u.username = a.shopper");
}
const int kViewColumns = int(QLatin1String(kAssignmentColumns).count(QLatin1Char(','))) + 1;
const int kShopperNameColumn = kViewColumns;
const int kStateColumn = kViewColumns + 1;

// The assignment as in the sync feed, plus the shopper's display name (the only personal detail
// a regional manager sees); `query` is positioned on a row of assignmentSelect().
QJsonObject assignmentJson(const QSqlQuery &query)
{
    QJsonObject assignment = assignmentToJson(query);
    assignment.insert(QStringLiteral("shopperName"), query.value(kShopperNameColumn).toString());
    return assignment;
}

struct Loaded
{
    QJsonObject json;
    QString state;
};

// The assignment if the caller may see it; otherwise nothing, as if it did not exist.
std::optional<Loaded> visibleAssignment(Database &db, const Principal &user, const QString &id,
                                        bool *failed)
{
    const auto row = QueryBuilder(assignmentSelect())
                         .where(QStringLiteral("a.id = ?"), {id})
                         .where(Visibility(user).assignments(QStringLiteral("a")))
                         .firstRow(db, failed);
    if (!row)
        return std::nullopt;
    return Loaded{assignmentJson(*row), row->value(kStateColumn).toString()};
}

ApiResponse respondWithAssignment(ServerContext &context, const Principal &user, const QString &id,
                                  int status)
{
    bool failed = false;
    const auto loaded = visibleAssignment(context.db, user, id, &failed);
    if (!loaded)
        return failed ? internalError(QStringLiteral("cannot read assignments"))
                      : notFound(QStringLiteral("assignment"));
    return ApiResponse::json(loaded->json, status);
}

// An empty body is an empty object: the state changes take an optional body.
// Regional managers create assignments only at their own regions' sites. Sites that do not
// exist (or are not named by a string) are left for the validation to report as 422.
std::optional<ApiResponse> checkSiteOwnership(ServerContext &context, const Principal &user,
                                              const QJsonArray &assignments, bool bulk)
{
    if (user.role == Role::Admin)
        return std::nullopt;
    QJsonArray details;
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        const QJsonValue site = assignments.at(i).toObject().value(QStringLiteral("site"));
        if (!site.isString())
            continue;
        const auto info = findSite(context.db, site.toString());
        if (info && !managesRegion(user, info->region)) {
            const QString path = bulk ? QStringLiteral("assignments[%1]/site").arg(i)
                                      : QStringLiteral("assignment/site");
            details.append(
                QJsonObject{{QStringLiteral("path"), path},
                            {QStringLiteral("code"), QStringLiteral("forbidden")},
                            {QStringLiteral("message"),
                             QStringLiteral("site %1 is not in your regions").arg(info->id)}});
        }
    }
    if (details.isEmpty())
        return std::nullopt;
    return ApiResponse::error(403, QStringLiteral("forbidden"),
                              QStringLiteral("you create assignments only at your regions' sites"),
                              details);
}

ApiResponse listAssignments(ApiRequest &request, ServerContext &context)
{
    const Principal &user = request.user();
    QString state;
    QString site;
    ListPage page({{"a.window_start"}, {"a.id"}});
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (page.take(key, value)) {
            if (page.refusal())
                return *page.refusal();
        } else if (key == QLatin1String("state")) {
            if (!stateNames().contains(value))
                return badRequest(QStringLiteral("invalid_filter"),
                                  QStringLiteral("'state' must be one of: %1")
                                      .arg(stateNames().join(QLatin1String(", "))));
            state = value;
        } else if (key == QLatin1String("site")) {
            if (!isValidIdentifier(value))
                return badRequest(QStringLiteral("invalid_filter"),
                                  QStringLiteral("'site' must be a site id"));
            site = value;
        } else {
            return badRequest(
                QStringLiteral("unknown_parameter"),
                QStringLiteral("unknown query parameter '%1'; known: state, site, limit, after")
                    .arg(key.left(64)));
        }
    }
    return respondWithPage(
        context.db,
        QueryBuilder(assignmentSelect())
            .where(Visibility(user).assignments(QStringLiteral("a")))
            .whereEquals("a.state", state)
            .whereEquals("a.site_id", site),
        page, request, [](const QSqlQuery &row) { return assignmentJson(row); },
        QStringLiteral("assignments"));
}

ApiResponse getAssignment(ApiRequest &request, ServerContext &context)
{
    return respondWithAssignment(context, request.user(), request.param("id"), 200);
}

ApiResponse createAssignment(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    if (auto refusal = checkSiteOwnership(context, request.user(), QJsonArray{*body}, false))
        return *refusal;
    Directory directory(context.db);
    const Directory::Result result = directory.createAssignment(*body, request.user().username);
    if (result.outcome != Directory::Outcome::Created)
        return writeRefused(result, QStringLiteral("assignment"));
    return respondWithAssignment(context, request.user(), result.id, 201);
}

ApiResponse createAssignments(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    Issues issues;
    JsonFields fields(*body, QString(), issues);
    const auto assignments =
        fields.array("assignments", Need::Required, context.settings.maxBulkAssignments);
    fields.reportUnknownFields();
    if (assignments && assignments->isEmpty())
        issues.append({QStringLiteral("assignments"), QStringLiteral("empty"),
                       QStringLiteral("'assignments' has no entries")});
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the bulk request is not valid"), issues);
    if (auto refusal = checkSiteOwnership(context, request.user(), *assignments, true))
        return *refusal;
    Directory directory(context.db);
    QStringList ids;
    const Directory::Result result =
        directory.createAssignments(*assignments, request.user().username, &ids);
    if (result.outcome != Directory::Outcome::Created)
        return writeRefused(result, QStringLiteral("bulk request"));
    return ApiResponse::json(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}},
                             201);
}

// Reads {"reason"?}; nothing else is accepted.
std::optional<QString> reasonFromBody(ApiRequest &request, ServerContext &context,
                                      ApiResponse *error)
{
    const auto body = readJsonBody(request, context.settings, BodyNeed::EmptyIsNoFields);
    if (!body) {
        *error = body.refusal();
        return std::nullopt;
    }
    Issues issues;
    JsonFields fields(*body, QString(), issues);
    const auto reason = fields.text("reason", Need::Optional, 500);
    fields.reportUnknownFields();
    if (!issues.isEmpty()) {
        *error = unprocessable(QStringLiteral("invalid_body"),
                               QStringLiteral("the request is not valid"), issues);
        return std::nullopt;
    }
    return reason.value_or(QString());
}

enum class Transition
{
    Accept,
    Decline,
    Withdraw
};

ApiResponse changeState(ApiRequest &request, ServerContext &context, Transition transition)
{
    const Principal &user = request.user();
    const QString id = request.param("id");
    bool failed = false;
    const auto loaded = visibleAssignment(context.db, user, id, &failed);
    if (!loaded)
        return failed ? internalError(QStringLiteral("cannot read assignments"))
                      : notFound(QStringLiteral("assignment"));
    QString reason;
    if (transition == Transition::Accept) {
        if (auto refusal = refuseAnyFields(request, context.settings))
            return *refusal;
    } else {
        ApiResponse error;
        const auto given = reasonFromBody(request, context, &error);
        if (!given)
            return error;
        reason = *given;
    }

    Directory directory(context.db);
    Directory::Result result;
    switch (transition) {
    case Transition::Accept:
        result = directory.acceptAssignment(id, user.username);
        break;
    case Transition::Decline:
        result = directory.declineAssignment(id, user.username, reason);
        break;
    case Transition::Withdraw:
        result = directory.withdrawAssignment(id, reason);
        break;
    }
    switch (result.outcome) {
    case Directory::Outcome::Updated:
        return respondWithAssignment(context, user, id, 200);
    case Directory::Outcome::Conflict: {
        const auto now = visibleAssignment(context.db, user, id, &failed);
        const QString state = now ? now->state : loaded->state;
        const char *allowed = transition == Transition::Withdraw
                                  ? "an offered, accepted or in-progress assignment"
                                  : "an offered assignment";
        return ApiResponse::error(409, QStringLiteral("wrong_state"),
                                  QStringLiteral("assignment %1 is %2; only %3 can be %4")
                                      .arg(id, state, QLatin1String(allowed),
                                           assignmentStateName(transition == Transition::Accept
                                                                   ? AssignmentState::Accepted
                                                               : transition == Transition::Decline
                                                                   ? AssignmentState::Declined
                                                                   : AssignmentState::Withdrawn)),
                                  QJsonObject{{QStringLiteral("state"), state}});
    }
    case Directory::Outcome::Invalid:
        return notFound(QStringLiteral("assignment"));
    default:
        break;
    }
    return internalError(result.message.isEmpty() ? QStringLiteral("cannot update the assignment")
                                                  : result.message);
}

} // namespace

void addAssignmentRoutes(Router &router, ServerContext &context)
{
    const QList<Role> managers{Role::Admin, Role::RegionalManager};
    router.add("GET", "/assignments", Access::SignedIn,
               {Role::Admin, Role::RegionalManager, Role::Shopper},
               [&context](ApiRequest &r) { return listAssignments(r, context); });
    router.add("POST", "/assignments", Access::SignedIn, managers,
               [&context](ApiRequest &r) { return createAssignment(r, context); });
    router.add("POST", "/assignments/bulk", Access::SignedIn, managers,
               [&context](ApiRequest &r) { return createAssignments(r, context); });
    router.add("GET", "/assignments/{id}", Access::SignedIn,
               {Role::Admin, Role::RegionalManager, Role::Shopper},
               [&context](ApiRequest &r) { return getAssignment(r, context); });
    router.add("POST", "/assignments/{id}/accept", Access::SignedIn, {Role::Shopper},
               [&context](ApiRequest &r) { return changeState(r, context, Transition::Accept); });
    router.add("POST", "/assignments/{id}/decline", Access::SignedIn, {Role::Shopper},
               [&context](ApiRequest &r) { return changeState(r, context, Transition::Decline); });
    router.add("POST", "/assignments/{id}/withdraw", Access::SignedIn, managers,
               [&context](ApiRequest &r) { return changeState(r, context, Transition::Withdraw); });
}

} // namespace tp::server
