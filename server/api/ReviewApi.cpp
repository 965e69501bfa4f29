// Review: the list of audits each role may see, a regional manager's (or admin's) decision on a
// submitted audit, and the organisation setting of which audits reports count.
//
// A store manager's list holds only the approved audits of their site, with the auditor replaced
// by a pseudonym and no assignment: nothing pending, nobody named.

#include "api/Api.h"
#include "api/ListPage.h"
#include "api/ReviewViews.h"
#include "api/WriteResults.h"

#include "EnumValues.h"

#include "auth/Access.h"
#include "auth/Visibility.h"
#include "core/JsonFields.h"
#include "core/ReviewState.h"
#include "http/JsonBody.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/Reviews.h"

namespace tp::server {

namespace {

const QStringList &auditStateNames()
{
    static const QStringList names = allNames(reviewStateName);
    return names;
}

ApiResponse invalidFilter(const QString &message)
{
    return badRequest(QStringLiteral("invalid_filter"), message);
}

ApiResponse listAudits(ApiRequest &request, ServerContext &context)
{
    const Principal &user = request.user();
    QString region;
    QString site;
    QString state;
    std::optional<QDate> from;
    std::optional<QDate> to;
    ListPage page({{"a.received_at", true}, {"a.uuid"}});
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (page.take(key, value)) {
            if (page.refusal())
                return *page.refusal();
        } else if (key == QLatin1String("region") || key == QLatin1String("site")) {
            if (!isValidIdentifier(value))
                return invalidFilter(QStringLiteral("'%1' must be an id").arg(key));
            (key == QLatin1String("region") ? region : site) = value;
        } else if (key == QLatin1String("state")) {
            if (!auditStateNames().contains(value))
                return invalidFilter(QStringLiteral("'state' must be one of: %1")
                                         .arg(auditStateNames().join(QLatin1String(", "))));
            state = value;
        } else if (key == QLatin1String("from") || key == QLatin1String("to")) {
            const auto date = parseCalendarDate(value);
            if (!date)
                return invalidFilter(
                    QStringLiteral("'%1' must be a date written YYYY-MM-DD").arg(key));
            (key == QLatin1String("from") ? from : to) = date;
        } else {
            return badRequest(
                QStringLiteral("unknown_parameter"),
                QStringLiteral("unknown query parameter '%1'; known: region, site, state, from, "
                               "to, limit, after")
                    .arg(key.left(64)));
        }
    }
    if (from && to && *from > *to)
        return invalidFilter(QStringLiteral("'from' is after 'to'"));

    QueryBuilder select(QStringLiteral("SELECT ") + kAuditSummaryColumns + kAuditSummaryFrom);
    select.where(Visibility(user).auditsInIndexOrder(QStringLiteral("a")))
        .whereEquals("s.region_id", region)
        .whereEquals("a.site_id", site)
        .whereEquals("a.state", state);
    // The phone writes startedAt as ISO 8601 with its offset: its first ten characters are a
    // date at most a day from the local one, so SQL narrows by text and the rows are then
    // checked in the site's time zone.
    if (from)
        select.where(QStringLiteral("a.started_at >= ?"),
                     {from->addDays(-1).toString(Qt::ISODate)});
    if (to)
        select.where(QStringLiteral("a.started_at < ?"), {to->addDays(2).toString(Qt::ISODate)});
    return respondWithPage(
        context.db, select, page, request,
        [&](const QSqlQuery &query) -> std::optional<QJsonObject> {
            const AuditSummaryRow row = auditSummaryFromRow(query, user);
            if (from || to) {
                // The day of the visit or call, where it happened.
                const QDate day = dateAt(row.startedAt, row.timezone);
                if (!day.isValid() || (from && day < *from) || (to && day > *to))
                    return std::nullopt;
            }
            return row.json;
        },
        QStringLiteral("audits"));
}

ApiResponse reviewAudit(ApiRequest &request, ServerContext &context)
{
    const Principal &user = request.user();
    const QString uuid = request.param("uuid");
    bool failed = false;
    const auto audit = visibleAuditOwnership(context.db, user, uuid, &failed);
    if (failed)
        return internalError(QStringLiteral("cannot read audits"));
    if (!audit || !managesRegion(user, audit->region))
        return notFound(QStringLiteral("audit"));

    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    Issues issues;
    JsonFields fields(*body, QString(), issues);
    const auto decision = fields.text("decision", Need::Required, 20);
    const auto reason = fields.text("reason", Need::Optional, 1000);
    fields.reportUnknownFields();
    if (decision && *decision != QLatin1String("approve") && *decision != QLatin1String("reject"))
        issues.append({QStringLiteral("decision"), QStringLiteral("invalid_decision"),
                       QStringLiteral("'decision' must be \"approve\" or \"reject\"")});
    if (decision && *decision == QLatin1String("reject") &&
        reason.value_or(QString()).trimmed().isEmpty())
        issues.append({QStringLiteral("reason"), QStringLiteral("missing_field"),
                       QStringLiteral("a rejection needs a 'reason' that the shopper can read")});
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the review is not valid"), issues);
    if (!canReviewAudit(user, *audit))
        return forbidden(QStringLiteral("you cannot review an audit you filed yourself"));

    Reviews reviews(context.db);
    const Reviews::Result result =
        reviews.review(uuid,
                       *decision == QLatin1String("approve") ? Reviews::Decision::Approve
                                                             : Reviews::Decision::Reject,
                       reason.value_or(QString()).trimmed(), user.username);
    switch (result.outcome) {
    case Directory::Outcome::Updated:
        return auditDetailResponse(context, user, uuid, 200);
    case Directory::Outcome::Conflict: {
        QSqlQuery current =
            context.db.prepare(QStringLiteral("SELECT state FROM audits WHERE uuid = ?"));
        current.addBindValue(uuid);
        const QString state =
            exec(current) && current.next() ? current.value(0).toString() : audit->state;
        return ApiResponse::error(
            409, QStringLiteral("wrong_state"),
            QStringLiteral("audit %1 is %2; only a submitted audit can be reviewed, once")
                .arg(uuid, state),
            QJsonObject{{QStringLiteral("state"), state}});
    }
    case Directory::Outcome::Invalid:
        return notFound(QStringLiteral("audit"));
    default:
        break;
    }
    return internalError(result.message.isEmpty() ? QStringLiteral("cannot review the audit")
                                                  : result.message);
}

ApiResponse respondWithSettings(Reviews &reviews, int status)
{
    const auto reportAudits = reviews.reportAudits();
    if (!reportAudits)
        return internalError(QStringLiteral("cannot read the settings"));
    return ApiResponse::json(QJsonObject{{QStringLiteral("reportAudits"), *reportAudits}}, status);
}

ApiResponse getSettings(ApiRequest &request, ServerContext &context)
{
    if (!request.query.isEmpty())
        return badRequest(QStringLiteral("unknown_parameter"),
                          QStringLiteral("the settings take no query parameters"));
    Reviews reviews(context.db);
    return respondWithSettings(reviews, 200);
}

ApiResponse putSettings(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    Issues issues;
    JsonFields fields(*body, QStringLiteral("settings"), issues);
    const auto reportAudits = fields.text("reportAudits", Need::Required, 40);
    fields.reportUnknownFields();
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the settings are not valid"), issues);
    Reviews reviews(context.db);
    const Reviews::Result result = reviews.setReportAudits(*reportAudits);
    if (result.outcome == Directory::Outcome::Invalid)
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the settings are not valid"), result.issues);
    if (result.outcome != Directory::Outcome::Updated)
        return writeRefused(result, QStringLiteral("settings"));
    return respondWithSettings(reviews, 200);
}

} // namespace

void addReviewRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/audits", Access::SignedIn, {},
               [&context](ApiRequest &r) { return listAudits(r, context); });
    router.add("POST", "/audits/{uuid}/review", Access::SignedIn,
               {Role::Admin, Role::RegionalManager},
               [&context](ApiRequest &r) { return reviewAudit(r, context); });
    router.add("GET", "/settings", Access::SignedIn, {},
               [&context](ApiRequest &r) { return getSettings(r, context); });
    router.add("PUT", "/settings", Access::SignedIn, {Role::Admin},
               [&context](ApiRequest &r) { return putSettings(r, context); });
}

} // namespace tp::server
