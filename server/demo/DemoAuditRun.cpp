#include "demo/DemoAuditRun.h"

#include "demo/AuditGenerator.h"
#include "demo/DemoAuditWriter.h"
#include "demo/DemoWorld.h"
#include "storage/Database.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tp::server::demo {

namespace {

struct Planned
{
    AuditPlan plan;
    DemoRandom random{0}; // continues where planning stopped: the audit's own numbers
};

const char *const kRejections[] = {
    "Checked in 2 km from the store; please visit again.",
    "Greeted before entering: the moments were tapped after the visit.",
    "Answers contradict the notes on the checkout section.",
    "Visit made outside the assignment window.",
};

// Where, by whom and when, for audit `index`.
Planned plan(const DemoWorld &world, const DemoRunOptions &options, int index, QDate first,
             int days)
{
    Planned planned;
    DemoRandom random = DemoRandom::derived(options.seed, std::uint64_t(index) + 1);
    const bool call = world.stores.isEmpty() || (!world.lines.isEmpty() && random.chance(0.25));
    const QList<SiteProfile> &sites = call ? world.lines : world.stores;
    const SiteProfile &site = sites[random.between(0, int(sites.size()) - 1)];
    const bool self =
        world.shoppers.isEmpty() || (!world.executives.isEmpty() && random.chance(0.15));
    const QList<AuditorProfile> &people = self ? world.executives : world.shoppers;
    const int dayIndex = random.between(0, days - 1);
    QDate day = first.addDays(dayIndex);
    if (day.dayOfWeek() == 7)
        day = day.addDays(-1); // stores and lines are visited and called Monday to Saturday
    // Stores between 10:00 and 18:30, lines between 08:30 and 17:00, local time.
    const int minute =
        call ? random.between(8 * 60 + 30, 17 * 60) : random.between(10 * 60, 18 * 60 + 30);
    const QTime time(minute / 60, minute % 60, random.between(0, 59));
    planned.plan.index = index;
    planned.plan.site = &site;
    planned.plan.script = call ? world.phoneScript.get() : world.storeScript.get();
    planned.plan.auditor = &people[random.between(0, int(people.size()) - 1)];
    planned.plan.startedUtc = QDateTime(day, time, site.zone).toUTC();
    planned.plan.yearFraction = double(first.daysTo(day)) / double(std::max(days - 1, 1));
    if (!self)
        planned.plan.assignment = QStringLiteral("demo-s%1-%2").arg(options.seed).arg(index);
    planned.random = random;
    return planned;
}

AuditFate fateOf(const Audit &audit, const SiteProfile &site, const DemoWorld &world,
                 const QDateTime &now, DemoRandom &random)
{
    AuditFate fate;
    fate.receivedAt =
        QDateTime::fromString(audit.submittedAt, Qt::ISODate).addSecs(random.between(10, 90 * 60));
    const double ageDays = double(fate.receivedAt.secsTo(now)) / 86400.0;
    const double waiting = ageDays < 3 ? 0.75 : ageDays < 10 ? 0.3 : 0.02;
    if (random.chance(waiting))
        return fate;
    fate.reviewer = world.reviewerOfRegion.value(site.region, world.fallbackReviewer);
    fate.reviewedAt = fate.receivedAt.addSecs(random.between(2 * 3600, 5 * 86400));
    if (fate.reviewedAt > now)
        return fate;
    if (random.chance(0.05)) {
        fate.review = AuditFate::Review::Rejected;
        fate.reason = QLatin1String(kRejections[random.between(0, 3)]);
    } else {
        fate.review = AuditFate::Review::Approved;
    }
    return fate;
}

} // namespace

bool runDemoAudits(Database &db, const DemoRunOptions &options, QTextStream &out,
                   DemoRunSummary *summary, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    DemoWorld world;
    if (!loadWorld(db, options.seed, world, error))
        return false;
    const QDateTime now(options.until, QTime(0, 0), Qt::UTC);
    // Local days from `months` before up to two days before `until`, so every visit is over
    // before `now` in every time zone.
    const QDate last = options.until.addDays(-2);
    const QDate first = options.until.addMonths(-options.months).addDays(-1);
    const int days = int(first.daysTo(last)) + 1;

    QList<Planned> plans;
    plans.reserve(options.audits);
    for (int i = 0; i < options.audits; ++i)
        plans.append(plan(world, options, i, first, days));
    std::sort(plans.begin(), plans.end(), [](const Planned &a, const Planned &b) {
        if (a.plan.startedUtc != b.plan.startedUtc)
            return a.plan.startedUtc < b.plan.startedUtc;
        return a.plan.index < b.plan.index;
    });
    out << "generating " << options.audits << " audits from " << first.toString(Qt::ISODate)
        << " to " << last.toString(Qt::ISODate) << " (seed " << options.seed << ") on "
        << db.describe() << '\n';
    out.flush();

    DemoAuditWriter writer(db, world, now);
    if (!writer.prepare(error))
        return false;
    const int step = std::max(options.audits / 20, 1);
    int nextReport = step;
    for (int start = 0; start < plans.size(); start += options.batch) {
        Transaction transaction(db);
        if (!transaction.ok()) {
            *error = QStringLiteral("cannot begin a transaction");
            return false;
        }
        const int end = std::min<int>(start + options.batch, int(plans.size()));
        for (int i = start; i < end; ++i) {
            Planned &planned = plans[i];
            const Audit audit = generateAudit(planned.plan, planned.random);
            const AuditFate fate = fateOf(audit, *planned.plan.site, world, now, planned.random);
            if (!writer.store(audit, *planned.plan.script, *planned.plan.site, fate, planned.random,
                              error)) {
                if (error->contains(QLatin1String("stored already")))
                    *error += QStringLiteral(": this database holds the audits of seed %1 "
                                             "already; give another --seed")
                                  .arg(options.seed);
                return false;
            }
        }
        if (!transaction.commit()) {
            *error = QStringLiteral("cannot commit audits %1 to %2").arg(start + 1).arg(end);
            return false;
        }
        if (end >= nextReport || end == plans.size()) {
            const double seconds = double(timer.elapsed()) / 1000.0;
            out << QStringLiteral("  %1 / %2 audits, %3 s, %4 audits/s\n")
                       .arg(end)
                       .arg(plans.size())
                       .arg(seconds, 0, 'f', 1)
                       .arg(seconds > 0 ? double(end) / seconds : 0.0, 0, 'f', 0);
            out.flush();
            while (nextReport <= end)
                nextReport += step;
        }
    }
    const WriterCounts &c = writer.counts();
    const double seconds = double(timer.elapsed()) / 1000.0;
    out << "stored " << c.audits << " audits (" << c.answers << " answer rows) in "
        << QString::number(seconds, 'f', 1) << " s: " << c.approved << " approved, " << c.rejected
        << " rejected, " << c.submitted << " awaiting review; " << c.criticalFailures
        << " with a critical failure; corrective actions: " << c.actionsOpen << " open ("
        << c.actionsOverdue << " overdue), " << c.actionsDone << " done\n";
    if (summary)
        *summary = {c.audits, c.answers, seconds};
    return true;
}

} // namespace tp::server::demo
