#include "demo/DemoWorld.h"

#include "demo/DemoRandom.h"
#include "storage/Database.h"
#include "storage/ScriptCache.h"

#include <algorithm>

namespace tp::server::demo {

namespace {

// The demo organisation's sites (assets/demo/organisation.json), each with a character:
// Bend is consistently the best store and Eindhoven the worst; Portland improves over the year
// and Seattle declines; some touchpoints are weak at some stores; the international support
// line has long phone menus, the Americas line long holds.
struct KnownSite
{
    const char *id;
    double base;
    double slopePerYear;
    QList<std::pair<const char *, double>> deltas;
};

const QList<KnownSite> &knownSites()
{
    static const QList<KnownSite> sites{
        {"store-bend", 0.90, 0.0, {{"checkout", 0.03}}},
        {"store-portland", 0.72, 0.22, {{"storefront", -0.08}}},
        {"store-seattle", 0.84, -0.26, {{"checkout", -0.12}}},
        {"store-north-lakes", 0.76, 0.02, {{"greeting", -0.22}, {"farewell", -0.08}}},
        {"store-brussels-centre", 0.79, 0.0, {{"sales_floor", 0.08}, {"storefront", -0.16}}},
        {"store-eindhoven", 0.62, 0.03, {{"farewell", -0.12}, {"greeting", -0.05}}},
        {"support-americas", 0.82, 0.04, {{"hold_queue", -0.20}, {"ivr", 0.06}}},
        {"support-international", 0.68, 0.0, {{"ivr", -0.24}, {"agent", 0.06}}},
    };
    return sites;
}

// Strictness of the demo people: a positive bias scores higher than the visit deserved.
double knownBias(const QString &username, bool executive, DemoRandom &random)
{
    static const QHash<QString, double> biases{
        {QStringLiteral("shopper1"), -0.07}, {QStringLiteral("shopper2"), 0.05},
        {QStringLiteral("shopper3"), -0.02}, {QStringLiteral("shopper4"), 0.00},
        {QStringLiteral("shopper5"), 0.03},  {QStringLiteral("shopper6"), -0.12},
        {QStringLiteral("shopper7"), 0.08},  {QStringLiteral("shopper8"), -0.03},
        {QStringLiteral("exec1"), 0.10},     {QStringLiteral("exec2"), 0.05},
    };
    if (const auto it = biases.constFind(username); it != biases.cend())
        return *it;
    // Executives see their own business kindly; others vary.
    return executive ? random.uniform(0.03, 0.10) : random.uniform(-0.08, 0.06);
}

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

} // namespace

const QList<ExtraUser> &extraDemoUsers()
{
    static const QList<ExtraUser> users{
        {"shopper3", "Alex M.", "shopper"},      {"shopper4", "Chris P.", "shopper"},
        {"shopper5", "Dana W.", "shopper"},      {"shopper6", "Jamie L.", "shopper"},
        {"shopper7", "Morgan S.", "shopper"},    {"shopper8", "Taylor B.", "shopper"},
        {"exec2", "Daniel Okafor", "executive"},
    };
    return users;
}

double touchpointQuality(const SiteProfile &site, const AuditorProfile &auditor,
                         const QString &touchpoint, double yearFraction, double visitNoise)
{
    return clamp01(site.base + site.slopePerYear * (yearFraction - 0.5) +
                   site.touchpointDelta.value(touchpoint) + auditor.bias + visitNoise);
}

bool loadWorld(Database &db, std::uint64_t seed, DemoWorld &world, QString *error)
{
    DemoRandom random = DemoRandom::derived(seed, 0xfeed);
    QSqlQuery sites(db.connection());
    sites.setForwardOnly(true);
    if (!sites.exec(QStringLiteral("SELECT id, name, region_id, kind, timezone, latitude,"
                                   " longitude FROM sites ORDER BY id"))) {
        *error = QStringLiteral("cannot read the sites");
        return false;
    }
    while (sites.next()) {
        SiteProfile site;
        site.id = sites.value(0).toString();
        site.name = sites.value(1).toString();
        site.region = sites.value(2).toString();
        site.kind = sites.value(3).toString();
        const QTimeZone zone(sites.value(4).toString().toUtf8());
        site.zone = zone.isValid() ? zone : QTimeZone::utc();
        site.latitude = sites.value(5).toDouble();
        site.longitude = sites.value(6).toDouble();
        const auto known =
            std::find_if(knownSites().cbegin(), knownSites().cend(),
                         [&site](const KnownSite &k) { return site.id == QLatin1String(k.id); });
        if (known != knownSites().cend()) {
            site.base = known->base;
            site.slopePerYear = known->slopePerYear;
            for (const auto &[touchpoint, delta] : known->deltas)
                site.touchpointDelta.insert(QLatin1String(touchpoint), delta);
        } else {
            site.base = random.uniform(0.62, 0.90);
            site.slopePerYear = random.chance(0.3) ? random.uniform(-0.2, 0.2) : 0.0;
        }
        (site.kind == QLatin1String("phone") ? world.lines : world.stores).append(site);
    }
    sites.finish();

    QSqlQuery managers(db.connection());
    if (!managers.exec(QStringLiteral("SELECT u.username, u.site_id FROM users u WHERE"
                                      " u.role = 'store_manager' AND u.disabled = 0"
                                      " ORDER BY u.username"))) {
        *error = QStringLiteral("cannot read the users");
        return false;
    }
    while (managers.next()) {
        for (SiteProfile &site : world.stores) {
            if (site.id == managers.value(1).toString() && site.storeManager.isEmpty())
                site.storeManager = managers.value(0).toString();
        }
    }
    managers.finish();

    QSqlQuery people(db.connection());
    if (!people.exec(QStringLiteral("SELECT username, role FROM users WHERE disabled = 0 AND"
                                    " role IN ('shopper', 'executive', 'admin')"
                                    " ORDER BY username"))) {
        *error = QStringLiteral("cannot read the users");
        return false;
    }
    while (people.next()) {
        const QString username = people.value(0).toString();
        const QString role = people.value(1).toString();
        if (role == QLatin1String("admin")) {
            if (world.fallbackReviewer.isEmpty())
                world.fallbackReviewer = username;
            continue;
        }
        const bool executive = role == QLatin1String("executive");
        (executive ? world.executives : world.shoppers)
            .append({username, executive, knownBias(username, executive, random)});
    }
    people.finish();

    QSqlQuery reviewers(db.connection());
    if (!reviewers.exec(QStringLiteral("SELECT r.region_id, MIN(r.username) FROM user_regions r"
                                       " JOIN users u ON u.username = r.username WHERE"
                                       " u.role = 'regional_manager' AND u.disabled = 0"
                                       " GROUP BY r.region_id"))) {
        *error = QStringLiteral("cannot read the regional managers");
        return false;
    }
    while (reviewers.next())
        world.reviewerOfRegion.insert(reviewers.value(0).toString(), reviewers.value(1).toString());
    reviewers.finish();

    // The newest version of the demo scripts, or else of the first script of each channel.
    QSqlQuery scripts(db.connection());
    if (!scripts.exec(QStringLiteral("SELECT id, MAX(version), MIN(channel) FROM scripts"
                                     " GROUP BY id ORDER BY id"))) {
        *error = QStringLiteral("cannot read the scripts");
        return false;
    }
    QString storeId, phoneId;
    int storeVersion = 0, phoneVersion = 0;
    while (scripts.next()) {
        const QString id = scripts.value(0).toString();
        const int version = scripts.value(1).toInt();
        const bool phone = scripts.value(2).toString() == QLatin1String("phone");
        QString &chosen = phone ? phoneId : storeId;
        int &chosenVersion = phone ? phoneVersion : storeVersion;
        const bool preferred = id == QLatin1String(phone ? "support-call" : "store-visit");
        if (chosen.isEmpty() || preferred) {
            chosen = id;
            chosenVersion = version;
        }
    }
    scripts.finish();
    ScriptCache cache(db);
    if (!storeId.isEmpty())
        world.storeScript = cache.find(storeId, storeVersion);
    if (!phoneId.isEmpty())
        world.phoneScript = cache.find(phoneId, phoneVersion);

    if (world.fallbackReviewer.isEmpty()) {
        *error = QStringLiteral("the organisation has no admin to review audits");
        return false;
    }
    if ((world.stores.isEmpty() || !world.storeScript) &&
        (world.lines.isEmpty() || !world.phoneScript)) {
        *error = QStringLiteral("the organisation has no site with a published script of its "
                                "channel; run init --demo first");
        return false;
    }
    if (world.shoppers.isEmpty() && world.executives.isEmpty()) {
        *error = QStringLiteral("the organisation has no shopper and no executive");
        return false;
    }
    if (!world.storeScript)
        world.stores.clear();
    if (!world.phoneScript)
        world.lines.clear();
    return true;
}

} // namespace tp::server::demo
