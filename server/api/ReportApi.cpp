// Reports (issue 6, part 3): figures over many audits, read from the roll-ups kept at intake and
// review (storage/Rollups.h), never from the raw answers. Each report takes the same filters:
// region, site, script, channel, from and to (calendar days where the visit or call happened).
// Only audits whose review state the organisation's setting counts are included
// (Reviews::reportedAuditStates()).
//
// Who sees what: admins and executives every site; regional managers the sites of their
// regions; store managers their own site (reports name no shopper); shoppers nothing (403).
//
// Scores are means of hundredths, rounded half up to the hundredth, like every figure of
// docs/scoring.md; spreads (standard deviations) are rounded to the hundredth too.

#include "api/Api.h"

#include "auth/Access.h"
#include "core/JsonFields.h"
#include "storage/Database.h"
#include "storage/Reviews.h"

#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace tp::server {

namespace {

struct Filters
{
    QString region;
    QString site;
    QString script;
    QString channel;
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString by; // trend only: "week" or "month"
};

// The WHERE clause (after FROM <table> r JOIN sites s) and its values.
struct Scope
{
    QString where;
    QVariantList values;
};

// Mean of `sum` hundredths over `count`, rounded half up (away from zero for negatives).
qint64 meanCenti(qint64 sum, qint64 count)
{
    if (count <= 0)
        return 0;
    const qint64 twice = 2 * sum;
    return twice >= 0 ? (twice + count) / (2 * count) : -((-twice + count) / (2 * count));
}

QJsonValue centiJson(qint64 centi)
{
    return double(centi) / 100.0;
}

QJsonValue meanJson(qint64 sum, qint64 count)
{
    return count > 0 ? centiJson(meanCenti(sum, count)) : QJsonValue(QJsonValue::Null);
}

// Population standard deviation of values in hundredths, from their count, sum and sum of
// squares, in hundredths rounded to the nearest.
QJsonValue deviationJson(qint64 count, double sum, double sumSquares)
{
    if (count <= 0)
        return QJsonValue(QJsonValue::Null);
    const double mean = sum / double(count);
    const double variance = std::max(0.0, sumSquares / double(count) - mean * mean);
    return std::floor(std::sqrt(variance) + 0.5) / 100.0;
}

// % promoters − % detractors, in hundredths of a point, rounded half up.
QJsonValue npsJson(qint64 answers, qint64 promoters, qint64 detractors)
{
    if (answers <= 0)
        return QJsonValue(QJsonValue::Null);
    return centiJson(meanCenti((promoters - detractors) * 10000, answers));
}

std::optional<ApiResponse> parseFilters(const ApiRequest &request, Filters &filters, bool takesBy)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("region") || key == QLatin1String("site") ||
            key == QLatin1String("script") || key == QLatin1String("channel")) {
            if (!isValidIdentifier(value))
                return badRequest(QStringLiteral("invalid_filter"),
                                  QStringLiteral("'%1' must be an id").arg(key));
            if (key == QLatin1String("region"))
                filters.region = value;
            else if (key == QLatin1String("site"))
                filters.site = value;
            else if (key == QLatin1String("script"))
                filters.script = value;
            else
                filters.channel = value;
        } else if (key == QLatin1String("from") || key == QLatin1String("to")) {
            const auto date = parseCalendarDate(value);
            if (!date)
                return badRequest(
                    QStringLiteral("invalid_filter"),
                    QStringLiteral("'%1' must be a date written YYYY-MM-DD").arg(key));
            (key == QLatin1String("from") ? filters.from : filters.to) = date;
        } else if (takesBy && key == QLatin1String("by")) {
            if (value != QLatin1String("week") && value != QLatin1String("month"))
                return badRequest(QStringLiteral("invalid_filter"),
                                  QStringLiteral("'by' must be \"week\" or \"month\""));
            filters.by = value;
        } else {
            return badRequest(QStringLiteral("unknown_parameter"),
                              QStringLiteral("unknown query parameter '%1'; known: region, site, "
                                             "script, channel, from, to%2")
                                  .arg(key.left(64), takesBy ? QStringLiteral(", by") : QString()));
        }
    }
    if (filters.from && filters.to && *filters.from > *filters.to)
        return badRequest(QStringLiteral("invalid_filter"), QStringLiteral("'from' is after 'to'"));
    return std::nullopt;
}

// Fixed clauses only; every value is bound.
std::optional<Scope> scopeFor(ServerContext &context, const Principal &user, const Filters &filters)
{
    Reviews reviews(context.db);
    const auto states = reviews.reportedAuditStates();
    if (!states || states->isEmpty())
        return std::nullopt;
    Scope scope;
    QStringList marks;
    for (const QString &state : *states) {
        marks << QStringLiteral("?");
        scope.values.append(state);
    }
    scope.where = QStringLiteral(" WHERE r.state IN (%1)").arg(marks.join(QLatin1String(", ")));
    switch (user.role) {
    case Role::Admin:
    case Role::Executive:
        break;
    case Role::RegionalManager:
        scope.where += QStringLiteral(
            " AND s.region_id IN (SELECT region_id FROM user_regions WHERE username = ?)");
        scope.values.append(user.username);
        break;
    case Role::StoreManager:
        scope.where += QStringLiteral(" AND r.site_id = ?");
        scope.values.append(user.site);
        break;
    case Role::Shopper:
        scope.where += QStringLiteral(" AND 1 = 0");
        break;
    }
    const auto add = [&scope](const char *clause, const QVariant &value) {
        scope.where += QLatin1String(clause);
        scope.values.append(value);
    };
    if (!filters.region.isEmpty())
        add(" AND s.region_id = ?", filters.region);
    if (!filters.site.isEmpty())
        add(" AND r.site_id = ?", filters.site);
    if (!filters.script.isEmpty())
        add(" AND r.script_id = ?", filters.script);
    if (!filters.channel.isEmpty())
        add(" AND r.channel = ?", filters.channel);
    if (filters.from)
        add(" AND r.day >= ?", filters.from->toString(Qt::ISODate));
    if (filters.to)
        add(" AND r.day <= ?", filters.to->toString(Qt::ISODate));
    return scope;
}

std::optional<QSqlQuery> run(ServerContext &context, const QString &select, const char *table,
                             const Scope &scope, const QString &extraWhere, const QString &tail)
{
    QSqlQuery query = context.db.prepare(
        select +
        QStringLiteral(" FROM %1 r JOIN sites s ON s.id = r.site_id").arg(QLatin1String(table)) +
        scope.where + extraWhere + tail);
    for (const QVariant &value : scope.values)
        query.addBindValue(value);
    if (!exec(query))
        return std::nullopt;
    return query;
}

QJsonObject filtersJson(const Filters &filters)
{
    QJsonObject json;
    const auto put = [&json](const char *name, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(name), value);
    };
    put("region", filters.region);
    put("site", filters.site);
    put("script", filters.script);
    put("channel", filters.channel);
    if (filters.from)
        put("from", filters.from->toString(Qt::ISODate));
    if (filters.to)
        put("to", filters.to->toString(Qt::ISODate));
    return json;
}

using Builder = std::function<ApiResponse(ServerContext &, const Scope &, const Filters &)>;

ApiResponse report(ApiRequest &request, ServerContext &context, bool takesBy, const Builder &build)
{
    Filters filters;
    if (auto error = parseFilters(request, filters, takesBy))
        return *error;
    const auto scope = scopeFor(context, request.user(), filters);
    if (!scope)
        return internalError(QStringLiteral("cannot read the settings"));
    return build(context, *scope, filters);
}

// Sites ranked by mean overall score, best first (ties by site id).
ApiResponse ranking(ServerContext &context, const Scope &scope, const Filters &filters)
{
    auto query =
        run(context,
            QStringLiteral("SELECT r.site_id, MIN(s.name), MIN(s.region_id), SUM(r.audits),"
                           " SUM(r.scored), SUM(r.sum_overall), SUM(r.sum_overall_sq),"
                           " SUM(r.passed)"),
            "report_audit_days", scope, {}, QStringLiteral(" GROUP BY r.site_id"));
    if (!query)
        return internalError(QStringLiteral("cannot read the report"));
    struct Row
    {
        QJsonObject json;
        qint64 score;
        bool scored;
        QString site;
    };
    QList<Row> rows;
    while (query->next()) {
        const qint64 audits = query->value(3).toLongLong();
        if (audits <= 0)
            continue;
        const qint64 scored = query->value(4).toLongLong();
        const qint64 sum = query->value(5).toLongLong();
        QJsonObject json{{QStringLiteral("site"), query->value(0).toString()},
                         {QStringLiteral("name"), query->value(1).toString()},
                         {QStringLiteral("region"), query->value(2).toString()},
                         {QStringLiteral("audits"), audits},
                         {QStringLiteral("score"), meanJson(sum, scored)},
                         {QStringLiteral("standardDeviation"),
                          deviationJson(scored, double(sum), query->value(6).toDouble())},
                         {QStringLiteral("passRate"),
                          centiJson(meanCenti(query->value(7).toLongLong() * 10000, audits))}};
        rows.append({json, meanCenti(sum, scored), scored > 0, query->value(0).toString()});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.scored != b.scored)
            return a.scored;
        if (a.score != b.score)
            return a.score > b.score;
        return a.site < b.site;
    });
    QJsonArray sites;
    int rank = 0;
    for (Row &row : rows) {
        row.json.insert(QStringLiteral("rank"), ++rank);
        sites.append(row.json);
    }
    return ApiResponse::json(QJsonObject{{QStringLiteral("filters"), filtersJson(filters)},
                                         {QStringLiteral("sites"), sites}});
}

// Mean overall score per week (starting Monday) or calendar month.
ApiResponse trend(ServerContext &context, const Scope &scope, const Filters &filters)
{
    auto query =
        run(context,
            QStringLiteral("SELECT r.day, SUM(r.audits), SUM(r.scored), SUM(r.sum_overall),"
                           " SUM(r.passed)"),
            "report_audit_days", scope, {}, QStringLiteral(" GROUP BY r.day"));
    if (!query)
        return internalError(QStringLiteral("cannot read the report"));
    const bool weekly = filters.by == QLatin1String("week");
    struct Bucket
    {
        qint64 audits = 0, scored = 0, sum = 0, passed = 0;
    };
    QMap<QString, Bucket> buckets;
    while (query->next()) {
        const QDate day = QDate::fromString(query->value(0).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        const QString period = weekly ? day.addDays(1 - day.dayOfWeek()).toString(Qt::ISODate)
                                      : day.toString(QStringLiteral("yyyy-MM"));
        Bucket &bucket = buckets[period];
        bucket.audits += query->value(1).toLongLong();
        bucket.scored += query->value(2).toLongLong();
        bucket.sum += query->value(3).toLongLong();
        bucket.passed += query->value(4).toLongLong();
    }
    QJsonArray points;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        if (it->audits <= 0)
            continue;
        points.append(QJsonObject{
            {QStringLiteral("period"), it.key()},
            {QStringLiteral("audits"), it->audits},
            {QStringLiteral("score"), meanJson(it->sum, it->scored)},
            {QStringLiteral("passRate"), centiJson(meanCenti(it->passed * 10000, it->audits))}});
    }
    return ApiResponse::json(QJsonObject{
        {QStringLiteral("filters"), filtersJson(filters)},
        {QStringLiteral("by"), weekly ? QStringLiteral("week") : QStringLiteral("month")},
        {QStringLiteral("points"), points}});
}

// Mean score per owning department (the department's weighted mean in each audit, averaged).
ApiResponse departments(ServerContext &context, const Scope &scope, const Filters &filters)
{
    auto query = run(context,
                     QStringLiteral("SELECT r.name, SUM(r.audits), SUM(r.sum_percent),"
                                    " SUM(r.sum_percent_sq)"),
                     "report_group_days", scope, QStringLiteral(" AND r.kind = 'department'"),
                     QStringLiteral(" GROUP BY r.name ORDER BY r.name"));
    if (!query)
        return internalError(QStringLiteral("cannot read the report"));
    QJsonArray list;
    while (query->next()) {
        const qint64 audits = query->value(1).toLongLong();
        if (audits <= 0)
            continue;
        const qint64 sum = query->value(2).toLongLong();
        list.append(QJsonObject{{QStringLiteral("department"), query->value(0).toString()},
                                {QStringLiteral("audits"), audits},
                                {QStringLiteral("score"), meanJson(sum, audits)},
                                {QStringLiteral("standardDeviation"),
                                 deviationJson(audits, double(sum), query->value(3).toDouble())}});
    }
    return ApiResponse::json(QJsonObject{{QStringLiteral("filters"), filtersJson(filters)},
                                         {QStringLiteral("departments"), list}});
}

// NPS per site, per region and over everything reported.
ApiResponse nps(ServerContext &context, const Scope &scope, const Filters &filters)
{
    auto query = run(context,
                     QStringLiteral("SELECT r.site_id, MIN(s.name), MIN(s.region_id),"
                                    " SUM(r.nps_answers), SUM(r.promoters), SUM(r.detractors),"
                                    " SUM(r.audits)"),
                     "report_audit_days", scope, {},
                     QStringLiteral(" GROUP BY r.site_id ORDER BY r.site_id"));
    if (!query)
        return internalError(QStringLiteral("cannot read the report"));
    struct Count
    {
        qint64 answers = 0, promoters = 0, detractors = 0;
    };
    const auto json = [](const Count &count) {
        return QJsonObject{
            {QStringLiteral("answers"), count.answers},
            {QStringLiteral("promoters"), count.promoters},
            {QStringLiteral("passives"), count.answers - count.promoters - count.detractors},
            {QStringLiteral("detractors"), count.detractors},
            {QStringLiteral("nps"), npsJson(count.answers, count.promoters, count.detractors)}};
    };
    QJsonArray sites;
    QMap<QString, Count> regions;
    Count total;
    while (query->next()) {
        if (query->value(6).toLongLong() <= 0)
            continue;
        const Count count{query->value(3).toLongLong(), query->value(4).toLongLong(),
                          query->value(5).toLongLong()};
        QJsonObject site = json(count);
        site.insert(QStringLiteral("site"), query->value(0).toString());
        site.insert(QStringLiteral("name"), query->value(1).toString());
        site.insert(QStringLiteral("region"), query->value(2).toString());
        sites.append(site);
        for (Count *sum : {&regions[query->value(2).toString()], &total}) {
            sum->answers += count.answers;
            sum->promoters += count.promoters;
            sum->detractors += count.detractors;
        }
    }
    QJsonArray regionList;
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        QJsonObject region = json(*it);
        region.insert(QStringLiteral("region"), it.key());
        regionList.append(region);
    }
    return ApiResponse::json(QJsonObject{{QStringLiteral("filters"), filtersJson(filters)},
                                         {QStringLiteral("sites"), sites},
                                         {QStringLiteral("regions"), regionList},
                                         {QStringLiteral("overall"), json(total)}});
}

// Mean touchpoint score per site: a grid of touchpoints by sites.
ApiResponse heatmap(ServerContext &context, const Scope &scope, const Filters &filters)
{
    auto query =
        run(context, QStringLiteral("SELECT r.site_id, r.name, SUM(r.audits), SUM(r.sum_percent)"),
            "report_group_days", scope, QStringLiteral(" AND r.kind = 'touchpoint'"),
            QStringLiteral(" GROUP BY r.site_id, r.name ORDER BY r.site_id, r.name"));
    if (!query)
        return internalError(QStringLiteral("cannot read the report"));
    QJsonArray cells;
    QStringList sites;
    QStringList touchpoints;
    while (query->next()) {
        const qint64 audits = query->value(2).toLongLong();
        if (audits <= 0)
            continue;
        const QString site = query->value(0).toString();
        const QString touchpoint = query->value(1).toString();
        if (!sites.contains(site))
            sites.append(site);
        if (!touchpoints.contains(touchpoint))
            touchpoints.append(touchpoint);
        cells.append(
            QJsonObject{{QStringLiteral("site"), site},
                        {QStringLiteral("touchpoint"), touchpoint},
                        {QStringLiteral("audits"), audits},
                        {QStringLiteral("score"), meanJson(query->value(3).toLongLong(), audits)}});
    }
    touchpoints.sort();
    return ApiResponse::json(
        QJsonObject{{QStringLiteral("filters"), filtersJson(filters)},
                    {QStringLiteral("sites"), QJsonArray::fromStringList(sites)},
                    {QStringLiteral("touchpoints"), QJsonArray::fromStringList(touchpoints)},
                    {QStringLiteral("cells"), cells}});
}

// Spread across sites: each site's mean (per touchpoint) or percentage of points earned (per
// item), then their population standard deviation, minimum and maximum over the sites.
ApiResponse consistency(ServerContext &context, const Scope &scope, const Filters &filters)
{
    struct Spread
    {
        QList<qint64> siteScores; // hundredths
        QString section;
    };
    const auto spreadJson = [](const QString &keyName, const QString &key, const Spread &spread) {
        qint64 low = spread.siteScores.first();
        qint64 high = low;
        double sum = 0;
        double squares = 0;
        for (qint64 score : spread.siteScores) {
            low = std::min(low, score);
            high = std::max(high, score);
            sum += double(score);
            squares += double(score) * double(score);
        }
        const qint64 n = spread.siteScores.size();
        qint64 total = 0;
        for (qint64 score : spread.siteScores)
            total += score;
        return QJsonObject{{keyName, key},
                           {QStringLiteral("sites"), n},
                           {QStringLiteral("mean"), meanJson(total, n)},
                           {QStringLiteral("standardDeviation"), deviationJson(n, sum, squares)},
                           {QStringLiteral("min"), centiJson(low)},
                           {QStringLiteral("max"), centiJson(high)}};
    };

    auto groups =
        run(context, QStringLiteral("SELECT r.name, r.site_id, SUM(r.audits), SUM(r.sum_percent)"),
            "report_group_days", scope, QStringLiteral(" AND r.kind = 'touchpoint'"),
            QStringLiteral(" GROUP BY r.name, r.site_id"));
    if (!groups)
        return internalError(QStringLiteral("cannot read the report"));
    QMap<QString, Spread> touchpoints;
    while (groups->next()) {
        const qint64 audits = groups->value(2).toLongLong();
        if (audits > 0)
            touchpoints[groups->value(0).toString()].siteScores.append(
                meanCenti(groups->value(3).toLongLong(), audits));
    }
    auto items = run(context,
                     QStringLiteral("SELECT r.script_id, r.item_id, MIN(r.section_id), r.site_id,"
                                    " SUM(r.audits), SUM(r.sum_earned), SUM(r.sum_possible)"),
                     "report_item_days", scope, {},
                     QStringLiteral(" GROUP BY r.script_id, r.item_id, r.site_id"));
    if (!items)
        return internalError(QStringLiteral("cannot read the report"));
    QMap<std::pair<QString, QString>, Spread> itemSpreads;
    while (items->next()) {
        const qint64 possible = items->value(6).toLongLong();
        if (items->value(4).toLongLong() <= 0 || possible <= 0)
            continue;
        Spread &spread = itemSpreads[{items->value(0).toString(), items->value(1).toString()}];
        spread.section = items->value(2).toString();
        spread.siteScores.append(meanCenti(items->value(5).toLongLong() * 10000, possible));
    }
    QJsonArray touchpointList;
    for (auto it = touchpoints.cbegin(); it != touchpoints.cend(); ++it)
        touchpointList.append(spreadJson(QStringLiteral("touchpoint"), it.key(), *it));
    QJsonArray itemList;
    for (auto it = itemSpreads.cbegin(); it != itemSpreads.cend(); ++it) {
        QJsonObject item = spreadJson(QStringLiteral("item"), it.key().second, *it);
        item.insert(QStringLiteral("script"), it.key().first);
        item.insert(QStringLiteral("section"), it->section);
        itemList.append(item);
    }
    return ApiResponse::json(QJsonObject{{QStringLiteral("filters"), filtersJson(filters)},
                                         {QStringLiteral("touchpoints"), touchpointList},
                                         {QStringLiteral("items"), itemList}});
}

} // namespace

void addReportRoutes(Router &router, ServerContext &context)
{
    const QList<Role> readers{Role::Admin, Role::Executive, Role::RegionalManager,
                              Role::StoreManager};
    const auto route = [&](const char *path, bool takesBy, Builder build) {
        router.add("GET", path, Access::SignedIn, readers,
                   [&context, takesBy, build](ApiRequest &r) {
                       return report(r, context, takesBy, build);
                   });
    };
    route("/reports/ranking", false, ranking);
    route("/reports/trend", true, trend);
    route("/reports/departments", false, departments);
    route("/reports/nps", false, nps);
    route("/reports/heatmap", false, heatmap);
    route("/reports/consistency", false, consistency);
}

} // namespace tp::server
