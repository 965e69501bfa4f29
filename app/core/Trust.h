#pragma once

#include "core/Audit.h"
#include "core/Script.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tp {

// Where a store stands, for check-in: its position and how far from it a shopper may check in.
struct SitePlace
{
    double latitude = 0;
    double longitude = 0;
    double radiusMetres = 100;
};

enum class CheckInStatus
{
    Verified,
    NoFix,
    PoorAccuracy, // also when the fix has no accuracy at all
    TooFar
};

struct CheckInResult
{
    CheckInStatus status = CheckInStatus::NoFix;
    std::optional<double> distanceMetres; // from the fix to the site
    std::optional<double> accuracyMetres;
    // "" when verified; else "no fix", "accuracy unknown", "accuracy 85 m",
    // "240 m from the store", "1.9 km from the store".
    QString reason;

    bool verified() const { return status == CheckInStatus::Verified; }
};

// A fix less accurate than this cannot tell a store from its neighbours across the street (GPS
// outdoors is usually within 5-20 m; positions from cell towers or Wi-Fi are often 50 m and
// worse), so it verifies nothing, however close it seems.
constexpr double kMaxCheckInAccuracyMetres = 50;

// Thresholds of the trust assessment; see docs/audit-format.md, "Check-in and trust".
constexpr int kAnswerBurstCount = 20;            // this many answers ...
constexpr qint64 kAnswerBurstWindowSeconds = 10; // ... within less than this is implausible
constexpr double kMinStoreVisitSeconds = 120;    // entered .. left
constexpr double kMinCallSeconds = 30;           // dialled .. hungUp

// Great-circle distance in metres (haversine on a sphere of the WGS 84 mean radius, 6371 km).
double distanceMetres(double lat1, double lon1, double lat2, double lon2);

// Verified when the fix's accuracy is known and at most kMaxCheckInAccuracyMetres, and the fix
// is within the site's radius plus the fix's accuracy. Accuracy is checked before distance.
CheckInResult evaluateCheckIn(const SitePlace &site, const std::optional<CheckIn> &fix);

// "verified", "no-fix", "poor-accuracy", "too-far"
QString checkInStatusName(CheckInStatus status);

// "240 m" below 1000 m (whole metres, rounded up), else "1.9 km" (one decimal).
QString distanceText(double metres);

struct TrustAssessment
{
    bool trusted = true; // false when any reason below is present
    // Human-readable, in this order: check-in, time on site, timeline problems, answer bursts.
    QStringList reasons;
    std::optional<CheckInResult> checkIn; // store visits only
    std::optional<qint64>
        timeOnSiteSeconds; // entered..left for a visit, dialled..hungUp for a call
};

// How far the audit can be trusted to record a real visit or call. `place` is the audited
// store's position (nullopt when unknown, which leaves a store visit unverified); phone scripts
// have no check-in and ignore it.
TrustAssessment assessTrust(const Script &script, const Audit &audit,
                            const std::optional<SitePlace> &place);

// {"trusted", "reasons", "checkIn": {"status", "reason", "distanceMetres", "accuracyMetres"} or
// null, "timeOnSiteSeconds"}; a figure that does not exist is null.
QJsonObject trustToJson(const TrustAssessment &trust);

} // namespace tp
