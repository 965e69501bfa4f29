#pragma once

#include "core/Script.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <memory>

namespace tp::server {
class Database;
}

namespace tp::server::demo {

// How good one site is, and how that changes: the differences the demo data is made to show.
// Quality is the chance of doing a thing right (0..1) before noise.
struct SiteProfile
{
    QString id;
    QString name;
    QString region;
    QString kind; // "store" or "phone"
    QTimeZone zone;
    double latitude = 0;
    double longitude = 0;
    double base = 0.75;
    double slopePerYear = 0;                // + improving, - declining
    QHash<QString, double> touchpointDelta; // weak or strong touchpoints at this site
    QString storeManager;                   // user who owns actions at the site, if any
};

// How strictly someone scores: added to the quality they see.
struct AuditorProfile
{
    QString username;
    bool executive = false;
    double bias = 0;
};

// Everything the generator picks from: the organisation's sites, scripts and people, with
// their profiles. Built from the database (any organisation works; the demo sites get the
// hand-written profiles below, other sites profiles derived from the seed).
struct DemoWorld
{
    QList<SiteProfile> stores;
    QList<SiteProfile> lines;
    std::shared_ptr<const Script> storeScript;
    std::shared_ptr<const Script> phoneScript;
    QList<AuditorProfile> shoppers;
    QList<AuditorProfile> executives;
    QHash<QString, QString> reviewerOfRegion; // a regional manager of each region
    QString fallbackReviewer;                 // an admin
};

// The hired shoppers and the second executive the generator adds to the demo organisation
// (password touchpoint-demo), so that strictness differs between more than two people.
struct ExtraUser
{
    const char *username;
    const char *displayName;
    const char *role;
};
const QList<ExtraUser> &extraDemoUsers();

// Reads sites, scripts (the newest version of store-visit and support-call, or else of any
// script of each channel) and users. `error` says what is missing.
bool loadWorld(Database &db, std::uint64_t seed, DemoWorld &world, QString *error);

// The quality of one touchpoint of one visit before per-item noise: site base, the site's
// touchpoint strength, its trend at `yearFraction` (0 = a year ago, 1 = now), the auditor's
// strictness.
double touchpointQuality(const SiteProfile &site, const AuditorProfile &auditor,
                         const QString &touchpoint, double yearFraction, double visitNoise);

} // namespace tp::server::demo
