// GET /sites/{id}/check-ins: where the site's last audits checked in, read from the audits'
// bodies, for the site form's drawing of the check-in circle. Admins see any site, regional
// managers their regions' sites (404 for another's, as GET /sites/{id}); other roles none.

#include "api/Api.h"

#include "auth/Access.h"
#include "auth/Visibility.h"
#include "core/Trust.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace tp::server {

namespace {

constexpr int kDefaultCheckIns = 50;
constexpr int kMaxCheckIns = 200;

std::optional<int> takeLimit(const ApiRequest &request, std::optional<ApiResponse> *refusal)
{
    int limit = kDefaultCheckIns;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("limit")) {
            *refusal = badRequest(
                QStringLiteral("unknown_parameter"),
                QStringLiteral("unknown query parameter '%1'; known: limit").arg(key.left(64)));
            return std::nullopt;
        }
        bool ok = false;
        limit = value.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxCheckIns) {
            *refusal = badRequest(
                QStringLiteral("invalid_limit"),
                QStringLiteral("'limit' must be a whole number from 1 to %1").arg(kMaxCheckIns));
            return std::nullopt;
        }
    }
    return limit;
}

// The audit's check-in, or nothing when it has none (or not a readable one: audits are checked
// when filed, so that is only an old or hand-made row).
std::optional<QJsonObject> checkInOf(const QByteArray &body, const QString &uuid,
                                     const QString &startedAt,
                                     const std::optional<SitePlace> &place)
{
    const QJsonObject checkIn =
        QJsonDocument::fromJson(body).object().value(QLatin1String("checkIn")).toObject();
    const QJsonValue latitude = checkIn.value(QLatin1String("latitude"));
    const QJsonValue longitude = checkIn.value(QLatin1String("longitude"));
    if (!latitude.isDouble() || !longitude.isDouble())
        return std::nullopt;
    QJsonObject row{{QStringLiteral("audit"), uuid},
                    {QStringLiteral("latitude"), latitude.toDouble()},
                    {QStringLiteral("longitude"), longitude.toDouble()}};
    const QJsonValue accuracy = checkIn.value(QLatin1String("accuracy"));
    if (accuracy.isDouble())
        row.insert(QStringLiteral("accuracy"), accuracy.toDouble());
    const QString at = checkIn.value(QLatin1String("at")).toString();
    row.insert(QStringLiteral("at"), at.isEmpty() ? startedAt : at);
    if (place) {
        const double distance = distanceMetres(place->latitude, place->longitude,
                                               latitude.toDouble(), longitude.toDouble());
        row.insert(QStringLiteral("distance"), std::round(distance * 10) / 10);
        row.insert(QStringLiteral("withinRadius"), distance <= place->radiusMetres);
    }
    return row;
}

ApiResponse listSiteCheckIns(ApiRequest &request, ServerContext &context)
{
    std::optional<ApiResponse> refusal;
    const auto limit = takeLimit(request, &refusal);
    if (!limit)
        return *refusal;
    const QString id = request.param("id");
    const auto visible = Visibility(request.user()).seesSite(context.db, id);
    if (!visible)
        return internalError(QStringLiteral("cannot read sites"));
    if (!*visible)
        return notFound(QStringLiteral("site"));

    auto site = QueryBuilder(QStringLiteral(
                                 "SELECT s.latitude, s.longitude, s.check_in_radius FROM sites s"))
                    .where(QStringLiteral("s.id = ?"), {id})
                    .run(context.db);
    if (!site || !site->next())
        return internalError(QStringLiteral("cannot read the site"));
    QJsonObject answer{{QStringLiteral("site"), id}};
    std::optional<SitePlace> place;
    if (!site->value(0).isNull() && !site->value(1).isNull()) {
        place = SitePlace{site->value(0).toDouble(), site->value(1).toDouble(),
                          site->value(2).isNull() ? 0 : site->value(2).toDouble()};
        answer.insert(QStringLiteral("latitude"), place->latitude);
        answer.insert(QStringLiteral("longitude"), place->longitude);
        answer.insert(QStringLiteral("checkInRadius"), place->radiusMetres);
    }

    auto audits = QueryBuilder(QStringLiteral("SELECT a.uuid, a.body, a.started_at FROM audits a"))
                      .where(QStringLiteral("a.site_id = ?"), {id})
                      .run(context.db, QStringLiteral(" ORDER BY a.started_at DESC, a.uuid DESC"
                                                      " LIMIT %1")
                                           .arg(*limit));
    if (!audits)
        return internalError(QStringLiteral("cannot read the site's audits"));
    QJsonArray checkIns;
    while (audits->next()) {
        const auto row = checkInOf(audits->value(1).toByteArray(), audits->value(0).toString(),
                                   audits->value(2).toString(), place);
        if (row)
            checkIns.append(*row);
    }
    answer.insert(QStringLiteral("checkIns"), checkIns);
    return ApiResponse::json(answer);
}

} // namespace

void addSiteCheckInRoutes(Router &router, ServerContext &context)
{
    router.add("GET", "/sites/{id}/check-ins", Access::SignedIn,
               {Role::Admin, Role::RegionalManager},
               [&context](ApiRequest &r) { return listSiteCheckIns(r, context); });
}

} // namespace tp::server
