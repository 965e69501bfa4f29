// Reports: figures over many audits, read from the roll-ups kept at intake and
// review (storage/Rollups.h), never from the raw answers. Each report takes the same filters:
// region, site, script, channel, from and to (calendar days where the visit or call happened).
// Only audits whose review state the organisation's setting counts are included
// (Reviews::reportedAuditStates()).
//
// Who sees what: admins and executives every site; regional managers the sites of their
// regions; store managers their own site, approved audits only whatever the setting (reports name
// no shopper and show no work still under review); shoppers nothing (403). The executives report
// names executives and where they audited, so store managers get 403 for it too.
//
// Scores are means of hundredths, rounded half up to the hundredth, like every figure of
// docs/scoring.md; spreads (standard deviations) are rounded to the hundredth too.

#include "api/Api.h"
#include "api/Reports.h"

#include "auth/Access.h"
#include "auth/Visibility.h"
#include "core/JsonFields.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/Reviews.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

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

// The conditions on the roll-up rows (FROM <table> r JOIN sites s), ANDed.
struct Scope
{
    QList<SqlCondition> conditions;
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

std::optional<Scope> scopeFor(ServerContext &context, const Principal &user, const Filters &filters)
{
    Reviews reviews(context.db);
    const auto states = reviews.reportedAuditStates();
    if (!states || states->isEmpty())
        return std::nullopt;
    SqlCondition counted{QStringLiteral("r.state IN ("), {}};
    for (const QString &state : *states) {
        counted.sql += counted.values.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        counted.values.append(state);
    }
    counted.sql += QLatin1Char(')');
    // A store manager's roll-ups hold approved audits only (Visibility), even where the
    // organisation counts submitted audits in its reports.
    Scope scope{{counted, Visibility(user).reportRows(QStringLiteral("r"))}};
    const auto add = [&scope](const char *clause, const QVariant &value) {
        scope.conditions.append({QLatin1String(clause), {value}});
    };
    if (!filters.region.isEmpty())
        add("s.region_id = ?", filters.region);
    if (!filters.site.isEmpty())
        add("r.site_id = ?", filters.site);
    if (!filters.script.isEmpty())
        add("r.script_id = ?", filters.script);
    if (!filters.channel.isEmpty())
        add("r.channel = ?", filters.channel);
    if (filters.from)
        add("r.day >= ?", filters.from->toString(Qt::ISODate));
    if (filters.to)
        add("r.day <= ?", filters.to->toString(Qt::ISODate));
    return scope;
}

std::optional<QSqlQuery> run(ServerContext &context, const QString &select, const char *table,
                             const Scope &scope, const QString &extraCondition, const QString &tail)
{
    QueryBuilder query(
        select +
        QStringLiteral(" FROM %1 r JOIN sites s ON s.id = r.site_id").arg(QLatin1String(table)));
    for (const SqlCondition &condition : scope.conditions)
        query.where(condition);
    if (!extraCondition.isEmpty())
        query.where(extraCondition);
    return query.run(context.db, tail);
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

ApiResponse report(const ApiRequest &request, const Principal &user, ServerContext &context,
                   bool takesBy, const Builder &build)
{
    Filters filters;
    if (auto error = parseFilters(request, filters, takesBy))
        return *error;
    const auto scope = scopeFor(context, user, filters);
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
                     "report_group_days", scope, QStringLiteral("r.kind = 'department'"),
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
            "report_group_days", scope, QStringLiteral("r.kind = 'touchpoint'"),
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
            "report_group_days", scope, QStringLiteral("r.kind = 'touchpoint'"),
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

// Calls to support lines (phone scripts): per site, per region and over all, how many calls and,
// for each measured moment, the calls that measured it and their mean; first-contact resolution
// as a share of the calls. Durations in seconds, rounded half up to the hundredth.
struct CallSums
{
    qint64 calls = 0, answered = 0, answerMs = 0, menuCalls = 0, menuMs = 0, holdCalls = 0,
           holdMs = 0, holds = 0, transferCalls = 0, transfers = 0, transferred = 0, resolved = 0;

    void add(const CallSums &other)
    {
        calls += other.calls;
        answered += other.answered;
        answerMs += other.answerMs;
        menuCalls += other.menuCalls;
        menuMs += other.menuMs;
        holdCalls += other.holdCalls;
        holdMs += other.holdMs;
        holds += other.holds;
        transferCalls += other.transferCalls;
        transfers += other.transfers;
        transferred += other.transferred;
        resolved += other.resolved;
    }

    QJsonObject json() const
    {
        const auto seconds = [](qint64 sumMs, qint64 count) {
            return count > 0 ? centiJson(meanCenti(sumMs, count * 10))
                             : QJsonValue(QJsonValue::Null);
        };
        return QJsonObject{
            {QStringLiteral("calls"), calls},
            {QStringLiteral("timeToAnswer"),
             QJsonObject{{QStringLiteral("calls"), answered},
                         {QStringLiteral("mean"), seconds(answerMs, answered)}}},
            {QStringLiteral("timeInMenus"),
             QJsonObject{{QStringLiteral("calls"), menuCalls},
                         {QStringLiteral("mean"), seconds(menuMs, menuCalls)}}},
            {QStringLiteral("holdTime"),
             QJsonObject{{QStringLiteral("calls"), holdCalls},
                         {QStringLiteral("mean"), seconds(holdMs, holdCalls)},
                         {QStringLiteral("holds"), holds}}},
            {QStringLiteral("transfers"),
             QJsonObject{{QStringLiteral("calls"), transferCalls},
                         {QStringLiteral("mean"), meanJson(transfers * 100, transferCalls)},
                         {QStringLiteral("total"), transfers},
                         {QStringLiteral("transferredCalls"), transferred}}},
            {QStringLiteral("firstContactResolution"),
             QJsonObject{{QStringLiteral("calls"), calls},
                         {QStringLiteral("resolved"), resolved},
                         {QStringLiteral("rate"), meanJson(resolved * 10000, calls)}}}};
    }
};

ApiResponse phoneReport(ServerContext &context, const Scope &scope, const Filters &filters)
{
    auto query = run(context,
                     QStringLiteral("SELECT r.site_id, MIN(s.name), MIN(s.region_id), SUM(r.calls),"
                                    " SUM(r.answered), SUM(r.sum_answer_ms), SUM(r.menu_calls),"
                                    " SUM(r.sum_menu_ms), SUM(r.hold_calls), SUM(r.sum_hold_ms),"
                                    " SUM(r.holds), SUM(r.transfer_calls), SUM(r.transfers),"
                                    " SUM(r.transferred), SUM(r.resolved)"),
                     "report_phone_days", scope, {},
                     QStringLiteral(" GROUP BY r.site_id ORDER BY r.site_id"));
    if (!query)
        return internalError(QStringLiteral("cannot read the report"));
    QJsonArray sites;
    QMap<QString, CallSums> regions;
    CallSums total;
    while (query->next()) {
        const auto at = [&query](int column) {
            return query->value(column).toLongLong();
        };
        const CallSums sums{at(3), at(4),  at(5),  at(6),  at(7),  at(8),
                            at(9), at(10), at(11), at(12), at(13), at(14)};
        if (sums.calls <= 0)
            continue;
        QJsonObject site = sums.json();
        site.insert(QStringLiteral("site"), query->value(0).toString());
        site.insert(QStringLiteral("name"), query->value(1).toString());
        site.insert(QStringLiteral("region"), query->value(2).toString());
        sites.append(site);
        regions[query->value(2).toString()].add(sums);
        total.add(sums);
    }
    QJsonArray regionList;
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        QJsonObject region = it->json();
        region.insert(QStringLiteral("region"), it.key());
        regionList.append(region);
    }
    return ApiResponse::json(QJsonObject{{QStringLiteral("filters"), filtersJson(filters)},
                                         {QStringLiteral("sites"), sites},
                                         {QStringLiteral("regions"), regionList},
                                         {QStringLiteral("overall"), total.json()}});
}

// Executives' own visits and calls (self-audits): for each executive the day of their last own
// visit (store scripts) and call (phone scripts) within the filters, and the days from it to
// `asOf` (the `to` filter, else today in UTC); and per site their mean score next to the hired
// shoppers' (mystery shops) for the same site and period, with the gap (executives − shoppers).
ApiResponse executivesReport(ServerContext &context, const Scope &scope, const Filters &filters)
{
    const QDate asOf = filters.to ? *filters.to : QDateTime::currentDateTimeUtc().date();
    const QString executivesOnly = QStringLiteral(
        "r.audits > 0 AND r.auditor IN (SELECT username FROM users WHERE role = 'executive')");
    QSqlQuery people = context.db.prepare(QStringLiteral(
        "SELECT username, display_name FROM users WHERE role = 'executive' ORDER BY username"));
    if (!exec(people))
        return internalError(QStringLiteral("cannot read the report"));
    QStringList names;
    QHash<QString, QString> displayNames;
    while (people.next()) {
        names.append(people.value(0).toString());
        displayNames.insert(people.value(0).toString(), people.value(1).toString());
    }
    people.finish();

    auto days = run(context,
                    QStringLiteral("SELECT r.auditor, r.channel, r.day, r.site_id,"
                                   " SUM(r.audits), SUM(r.scored), SUM(r.sum_overall)"),
                    "report_self_days", scope, executivesOnly,
                    QStringLiteral(" GROUP BY r.auditor, r.channel, r.day, r.site_id"));
    if (!days)
        return internalError(QStringLiteral("cannot read the report"));
    struct Sums
    {
        qint64 audits = 0, scored = 0, sum = 0;
    };
    struct Last
    {
        QString day, site;
    };
    QHash<QString, Last> lastVisit, lastCall;     // by auditor
    QHash<QString, qint64> selfAudits;            // by auditor
    QMap<std::pair<QString, QString>, Sums> mine; // (auditor, site)
    QMap<QString, Sums> selfBySite;
    while (days->next()) {
        const QString auditor = days->value(0).toString();
        const bool call = days->value(1).toString() == QLatin1String("phone");
        const QString day = days->value(2).toString();
        const QString site = days->value(3).toString();
        const Sums sums{days->value(4).toLongLong(), days->value(5).toLongLong(),
                        days->value(6).toLongLong()};
        Last &last = (call ? lastCall : lastVisit)[auditor];
        if (day > last.day || (day == last.day && site < last.site))
            last = {day, site};
        selfAudits[auditor] += sums.audits;
        for (Sums *into : {&mine[{auditor, site}], &selfBySite[site]}) {
            into->audits += sums.audits;
            into->scored += sums.scored;
            into->sum += sums.sum;
        }
    }
    // The hired shoppers' figures for the sites executives audited.
    auto shoppers = run(context,
                        QStringLiteral("SELECT r.site_id, MIN(s.name), MIN(s.region_id),"
                                       " SUM(r.audits), SUM(r.scored), SUM(r.sum_overall)"),
                        "report_audit_days", scope, QStringLiteral("r.mode = 'mystery_shop'"),
                        QStringLiteral(" GROUP BY r.site_id"));
    if (!shoppers)
        return internalError(QStringLiteral("cannot read the report"));
    QHash<QString, Sums> shopperBySite;
    QHash<QString, std::pair<QString, QString>> siteNames; // id -> (name, region)
    while (shoppers->next()) {
        const QString site = shoppers->value(0).toString();
        shopperBySite.insert(site,
                             {shoppers->value(3).toLongLong(), shoppers->value(4).toLongLong(),
                              shoppers->value(5).toLongLong()});
    }
    shoppers->finish();
    QSqlQuery siteRows =
        context.db.prepare(QStringLiteral("SELECT id, name, region_id FROM sites"));
    if (!exec(siteRows))
        return internalError(QStringLiteral("cannot read the report"));
    while (siteRows.next())
        siteNames.insert(siteRows.value(0).toString(),
                         {siteRows.value(1).toString(), siteRows.value(2).toString()});

    const auto comparison = [&](const QString &site, const Sums &self) {
        const Sums shopper = shopperBySite.value(site);
        const bool both = self.scored > 0 && shopper.scored > 0;
        return QJsonObject{
            {QStringLiteral("site"), site},
            {QStringLiteral("name"), siteNames.value(site).first},
            {QStringLiteral("region"), siteNames.value(site).second},
            {QStringLiteral("selfAudits"), self.audits},
            {QStringLiteral("selfScore"), meanJson(self.sum, self.scored)},
            {QStringLiteral("shopperAudits"), shopper.audits},
            {QStringLiteral("shopperScore"), meanJson(shopper.sum, shopper.scored)},
            {QStringLiteral("gap"), both ? centiJson(meanCenti(self.sum, self.scored) -
                                                     meanCenti(shopper.sum, shopper.scored))
                                         : QJsonValue(QJsonValue::Null)}};
    };
    const auto lastJson = [&asOf](const QHash<QString, Last> &lasts, const QString &auditor,
                                  QJsonObject &into, const char *lastKey, const char *daysKey) {
        const auto it = lasts.constFind(auditor);
        if (it == lasts.constEnd()) {
            into.insert(QLatin1String(lastKey), QJsonValue(QJsonValue::Null));
            into.insert(QLatin1String(daysKey), QJsonValue(QJsonValue::Null));
            return;
        }
        into.insert(QLatin1String(lastKey), QJsonObject{{QStringLiteral("day"), it->day},
                                                        {QStringLiteral("site"), it->site}});
        into.insert(QLatin1String(daysKey), QDate::fromString(it->day, Qt::ISODate).daysTo(asOf));
    };
    QJsonArray executives;
    for (const QString &auditor : std::as_const(names)) {
        QJsonObject person{{QStringLiteral("user"), auditor},
                           {QStringLiteral("name"), displayNames.value(auditor)},
                           {QStringLiteral("selfAudits"), selfAudits.value(auditor)}};
        lastJson(lastVisit, auditor, person, "lastSelfVisit", "daysSinceSelfVisit");
        lastJson(lastCall, auditor, person, "lastSelfCall", "daysSinceSelfCall");
        QJsonArray sites;
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            if (it.key().first == auditor)
                sites.append(comparison(it.key().second, *it));
        }
        person.insert(QStringLiteral("sites"), sites);
        executives.append(person);
    }
    QJsonArray sites;
    for (auto it = selfBySite.cbegin(); it != selfBySite.cend(); ++it)
        sites.append(comparison(it.key(), *it));
    return ApiResponse::json(QJsonObject{{QStringLiteral("filters"), filtersJson(filters)},
                                         {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                                         {QStringLiteral("executives"), executives},
                                         {QStringLiteral("sites"), sites}});
}

struct ReportKind
{
    const char *name;
    bool takesBy;
    Builder build;
    QList<Role> readers;
};

const QList<ReportKind> &reportKinds()
{
    static const QList<Role> everyManager{Role::Admin, Role::Executive, Role::RegionalManager,
                                          Role::StoreManager};
    static const QList<Role> noStoreManagers{Role::Admin, Role::Executive, Role::RegionalManager};
    static const QList<ReportKind> kinds{
        {"ranking", false, ranking, everyManager},
        {"trend", true, trend, everyManager},
        {"departments", false, departments, everyManager},
        {"nps", false, nps, everyManager},
        {"heatmap", false, heatmap, everyManager},
        {"consistency", false, consistency, everyManager},
        {"phone", false, phoneReport, everyManager},
        {"executives", false, executivesReport, noStoreManagers},
    };
    return kinds;
}

} // namespace

QStringList reportNames()
{
    QStringList names;
    for (const ReportKind &kind : reportKinds())
        names.append(QLatin1String(kind.name));
    return names;
}

ApiResponse reportResponse(ServerContext &context, const Principal &viewer, const QString &name,
                           const QUrlQuery &query)
{
    for (const ReportKind &kind : reportKinds()) {
        if (name != QLatin1String(kind.name))
            continue;
        if (!kind.readers.contains(viewer.role))
            return forbidden(QStringLiteral("this report is not for your role"));
        ApiRequest request;
        request.query = query;
        return report(request, viewer, context, kind.takesBy, kind.build);
    }
    return notFound(QStringLiteral("report"));
}

void addReportRoutes(Router &router, ServerContext &context)
{
    for (const ReportKind &kind : reportKinds()) {
        const QByteArray path = QByteArray("/reports/") + kind.name;
        const bool takesBy = kind.takesBy;
        const Builder build = kind.build;
        router.add("GET", path.constData(), Access::SignedIn, kind.readers,
                   [&context, takesBy, build](ApiRequest &r) {
                       return report(r, r.user(), context, takesBy, build);
                   });
    }
}

} // namespace tp::server
