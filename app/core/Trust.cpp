#include "core/Trust.h"

#include "core/Timeline.h"

#include <QDateTime>
#include <QJsonArray>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

constexpr double kEarthMeanRadiusMetres = 6371008.8; // WGS 84 mean radius (IUGG R1)

// Whole metres rounded up, so that a rejected figure never reads as one that would have passed.
qint64 wholeMetresUp(double metres)
{
    return qint64(std::ceil(metres));
}

// "12 s" below a minute, else whole minutes ("1 min" for 60-119 s): never more than it was.
QString durationText(double seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(qint64(std::floor(seconds)));
    return QStringLiteral("%1 min").arg(qint64(std::floor(seconds / 60)));
}

bool hasEvent(const Audit &audit, const char *name)
{
    return std::any_of(audit.timeline.cbegin(), audit.timeline.cend(),
                       [name](const TimelineEvent &e) { return e.event == QLatin1String(name); });
}

// The most answers whose answeredAt fall within less than kAnswerBurstWindowSeconds.
int largestAnswerBurst(const Audit &audit)
{
    QList<qint64> times;
    for (const Answer &answer : audit.answers) {
        const QDateTime at = QDateTime::fromString(answer.answeredAt, Qt::ISODateWithMs);
        if (at.isValid())
            times.append(at.toMSecsSinceEpoch());
    }
    std::sort(times.begin(), times.end());
    int largest = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times[last] - times[first] >= kAnswerBurstWindowSeconds * 1000)
            ++first;
        largest = std::max(largest, int(last - first + 1));
    }
    return largest;
}

QJsonValue metresToJson(const std::optional<double> &metres)
{
    if (!metres)
        return QJsonValue(QJsonValue::Null);
    return std::round(*metres * 10) / 10; // decimetres: GPS tells nothing finer
}

} // namespace

double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    const double phi1 = qDegreesToRadians(lat1);
    const double phi2 = qDegreesToRadians(lat2);
    const double dPhi = phi2 - phi1;
    const double dLambda = qDegreesToRadians(lon2 - lon1);
    const double a = std::sin(dPhi / 2) * std::sin(dPhi / 2) + std::cos(phi1) * std::cos(phi2) *
                                                                   std::sin(dLambda / 2) *
                                                                   std::sin(dLambda / 2);
    return 2 * kEarthMeanRadiusMetres * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

QString distanceText(double metres)
{
    const qint64 whole = wholeMetresUp(metres);
    if (whole < 1000)
        return QStringLiteral("%1 m").arg(whole);
    return QStringLiteral("%1 km").arg(metres / 1000, 0, 'f', 1);
}

CheckInResult evaluateCheckIn(const SitePlace &site, const std::optional<CheckIn> &fix)
{
    CheckInResult result;
    if (!fix) {
        result.status = CheckInStatus::NoFix;
        result.reason = QStringLiteral("no fix");
        return result;
    }
    result.distanceMetres =
        distanceMetres(fix->latitude, fix->longitude, site.latitude, site.longitude);
    if (fix->accuracy && std::isfinite(*fix->accuracy) && *fix->accuracy >= 0)
        result.accuracyMetres = fix->accuracy;

    if (!result.accuracyMetres) {
        result.status = CheckInStatus::PoorAccuracy;
        result.reason = QStringLiteral("accuracy unknown");
    } else if (*result.accuracyMetres > kMaxCheckInAccuracyMetres) {
        result.status = CheckInStatus::PoorAccuracy;
        result.reason = QStringLiteral("accuracy %1 m").arg(wholeMetresUp(*result.accuracyMetres));
    } else if (*result.distanceMetres > site.radiusMetres + *result.accuracyMetres) {
        result.status = CheckInStatus::TooFar;
        result.reason = distanceText(*result.distanceMetres) + QStringLiteral(" from the store");
    } else {
        result.status = CheckInStatus::Verified;
    }
    return result;
}

QString checkInStatusName(CheckInStatus status)
{
    switch (status) {
    case CheckInStatus::Verified:
        return QStringLiteral("verified");
    case CheckInStatus::NoFix:
        return QStringLiteral("no-fix");
    case CheckInStatus::PoorAccuracy:
        return QStringLiteral("poor-accuracy");
    case CheckInStatus::TooFar:
        return QStringLiteral("too-far");
    }
    return QString();
}

TrustAssessment assessTrust(const Script &script, const Audit &audit,
                            const std::optional<SitePlace> &place)
{
    TrustAssessment trust;
    const bool store = script.channel == Channel::Store;

    if (store) {
        if (place) {
            trust.checkIn = evaluateCheckIn(*place, audit.checkIn);
            if (!trust.checkIn->verified())
                trust.reasons.append(trust.checkIn->reason);
        } else {
            trust.reasons.append(QStringLiteral("store position unknown"));
        }
    }

    const TimelineResult timeline = computeTimeline(script.channel, audit.timeline);
    const std::optional<double> onSite =
        timeline.values[int(store ? Metric::VisitLength : Metric::CallLength)];
    if (onSite) {
        trust.timeOnSiteSeconds = qint64(std::floor(*onSite));
        if (store && *onSite < kMinStoreVisitSeconds)
            trust.reasons.append(durationText(*onSite) + QStringLiteral(" on site"));
        else if (!store && *onSite < kMinCallSeconds)
            trust.reasons.append(QStringLiteral("call lasted ") + durationText(*onSite));
    } else if (store && !(hasEvent(audit, "entered") && hasEvent(audit, "left"))) {
        trust.reasons.append(QStringLiteral("time on site not recorded"));
    } else if (!store && !(hasEvent(audit, "dialled") && hasEvent(audit, "hungUp"))) {
        trust.reasons.append(QStringLiteral("call length not recorded"));
    }

    trust.reasons.append(timeline.problems);

    const int burst = largestAnswerBurst(audit);
    if (burst >= kAnswerBurstCount)
        trust.reasons.append(
            QStringLiteral("%1 answers in %2 s").arg(burst).arg(kAnswerBurstWindowSeconds));

    trust.trusted = trust.reasons.isEmpty();
    return trust;
}

QJsonObject trustToJson(const TrustAssessment &trust)
{
    QJsonValue checkIn(QJsonValue::Null);
    if (trust.checkIn)
        checkIn = QJsonObject{
            {QStringLiteral("status"), checkInStatusName(trust.checkIn->status)},
            {QStringLiteral("reason"), trust.checkIn->reason},
            {QStringLiteral("distanceMetres"), metresToJson(trust.checkIn->distanceMetres)},
            {QStringLiteral("accuracyMetres"), metresToJson(trust.checkIn->accuracyMetres)}};
    return QJsonObject{{QStringLiteral("trusted"), trust.trusted},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(trust.reasons)},
                       {QStringLiteral("checkIn"), checkIn},
                       {QStringLiteral("timeOnSiteSeconds"),
                        trust.timeOnSiteSeconds ? QJsonValue(*trust.timeOnSiteSeconds)
                                                : QJsonValue(QJsonValue::Null)}};
}

} // namespace tp
