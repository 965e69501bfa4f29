#include "demo/AuditGenerator.h"

#include "core/Score.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace tp::server::demo {

namespace {

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

// A time that grows with the square of what went wrong, spread by chance.
double slowness(DemoRandom &random, double quality, double worst)
{
    const double lack = 1.0 - quality;
    return worst * lack * lack * random.uniform(0.2, 1.8);
}

qint64 ms(double seconds)
{
    return qint64(std::llround(seconds * 1000.0));
}

const char *const kLowNpsReasons[] = {
    "Nobody came to help for a long time.",
    "Staff seemed busy with each other, not with customers.",
    "The answer about the jacket was a guess.",
    "Too long on hold, and I had to repeat everything after the transfer.",
    "The queue at the till was long and only one till was open.",
    "Felt rushed at the end.",
};
const char *const kComments[] = {
    "Store was busy with a school group.",      "The fitting room area was being restocked.",
    "Music was very loud near the entrance.",   "Agent was friendly but clearly new.",
    "Great display of the new season's boots.", "Parking outside was closed for works.",
};

template<std::size_t N> QString pick(DemoRandom &random, const char *const (&texts)[N])
{
    return QLatin1String(texts[random.between(0, int(N) - 1)]);
}

// The value of one item that is not measured from the timeline, for a touchpoint of quality q.
QJsonValue valueFor(const Item &item, double q, DemoRandom &random)
{
    const double noisy = clamp01(q + random.normal(0, 0.12));
    switch (item.type) {
    case ItemType::YesNo: {
        // Critical items fail rarely, and more where service is poor.
        const double good = item.critical ? 1.0 - 0.5 * (1.0 - q) * (1.0 - q) : q;
        const bool right = random.chance(std::clamp(good, 0.02, 0.995));
        return right ? item.goodAnswer : !item.goodAnswer;
    }
    case ItemType::Scale: {
        const int low = int(item.min.value_or(1));
        const int high = int(item.max.value_or(5));
        return low + int(std::lround(noisy * double(high - low)));
    }
    case ItemType::Nps:
        return std::clamp(int(std::lround(q * 11.0 - 0.6 + random.normal(0, 1.4))), 0, 10);
    case ItemType::Choice: {
        QList<Option> options = item.options;
        std::stable_sort(options.begin(), options.end(),
                         [](const Option &a, const Option &b) { return a.points > b.points; });
        const int worst = int(options.size()) - 1;
        const int index =
            std::clamp(int((1.0 - noisy) * double(options.size()) * 0.9), 0, std::max(worst, 0));
        return options.isEmpty() ? QJsonValue() : QJsonValue(options[index].id);
    }
    case ItemType::Checklist: {
        QJsonArray ticked;
        for (const Option &option : item.options) {
            if (random.chance(0.15 + 0.8 * noisy))
                ticked.append(option.id);
        }
        return ticked;
    }
    case ItemType::Count: {
        int value = 0;
        if (item.id == QLatin1String("menu_levels"))
            value = int(std::lround((1.0 - q) * 4.5 + random.normal(0, 0.6)));
        else if (item.id == QLatin1String("queue_length"))
            value = int(std::lround((1.0 - q) * 7.0 * random.uniform(0.2, 1.6)));
        else if (item.id == QLatin1String("staff_on_floor"))
            value = int(std::lround(1.0 + 5.0 * noisy));
        else
            value = random.between(0, 5);
        value = std::max(value, 0);
        if (item.max)
            value = std::min(value, int(*item.max));
        if (item.min)
            value = std::max(value, int(std::ceil(*item.min)));
        return value;
    }
    case ItemType::Number:
    case ItemType::Duration: {
        double value = 0;
        if (item.id == QLatin1String("follow_up_hours"))
            value = 1.0 + slowness(random, q, 140.0);
        else if (item.id == QLatin1String("receipt_total"))
            value = random.uniform(6.0, 48.0);
        else if (!item.bands.isEmpty() && item.bands.first().max)
            value = *item.bands.first().max * 2.0 * (1.0 - noisy) * random.uniform(0.3, 1.5);
        else
            value = random.uniform(0, 100);
        if (item.min)
            value = std::max(value, *item.min);
        if (item.max)
            value = std::min(value, *item.max);
        return std::round(value * 100.0) / 100.0;
    }
    case ItemType::Text:
        return item.id.contains(QLatin1String("reason")) ? pick(random, kLowNpsReasons)
                                                         : pick(random, kComments);
    case ItemType::Photo:
        break;
    }
    return {};
}

struct Moments
{
    QList<TimelineEvent> events;
    void add(const char *event, double seconds)
    {
        events.append({QLatin1String(event), ms(seconds), QString()});
    }
};

void storeTimeline(Moments &m, double greeting, double advice, double checkout, bool bought,
                   DemoRandom &random)
{
    m.add("entered", 0);
    const double greeted = 3.0 + slowness(random, greeting, 230.0);
    m.add("greeted", greeted);
    const double served = greeted + 8.0 + slowness(random, advice, 450.0);
    m.add("served", served);
    double last = served + random.uniform(60, 240);
    if (bought) {
        last = served + 90.0 + slowness(random, checkout, 1300.0);
        m.add("paid", last);
    }
    m.add("left", last + random.uniform(20, 150));
}

void phoneTimeline(Moments &m, double ivr, double hold, double agent, int menuLevels, bool resolved,
                   DemoRandom &random)
{
    m.add("dialled", 0);
    double now = 3.0 + slowness(random, ivr, 110.0);
    if (menuLevels > 0) {
        m.add("menuEntered", now);
        now += 12.0 * menuLevels + slowness(random, ivr, 320.0);
    }
    m.add("agentAnswered", now);
    const int holds = random.chance(clamp01(hold * 1.1 - 0.05))
                          ? 0
                          : 1 + (random.chance(0.3) ? 1 : 0) + (random.chance(0.1) ? 1 : 0);
    const int transfers =
        random.chance(clamp01(agent + 0.05)) ? 0 : 1 + (random.chance(0.25) ? 1 : 0);
    for (int i = 0; i < holds; ++i) {
        now += random.uniform(30, 120);
        m.add("holdStarted", now);
        now += 10.0 + 260.0 * (1.0 - hold) * random.uniform(0.2, 1.8);
        m.add("holdEnded", now);
    }
    for (int i = 0; i < transfers; ++i) {
        now += random.uniform(20, 90);
        m.add("transferred", now);
    }
    now += random.uniform(40, 220);
    if (resolved) {
        m.add("resolved", now);
        now += random.uniform(10, 40);
    }
    m.add("hungUp", now);
}

// Drops the answers of items the script hides (their condition is not met), until none is left.
void dropHiddenAnswers(const Script &script, Audit &audit)
{
    for (int pass = 0; pass < 5; ++pass) {
        const ScoreResult score = scoreAudit(script, audit);
        bool dropped = false;
        for (const ItemScore &item : score.items) {
            if (item.state == ItemState::Hidden && audit.answers.remove(script.items[item.item].id))
                dropped = true;
        }
        if (!dropped)
            return;
    }
}

} // namespace

Audit generateAudit(const AuditPlan &plan, DemoRandom &random)
{
    const Script &script = *plan.script;
    const SiteProfile &site = *plan.site;
    Audit audit;
    audit.uuid = random.uuid();
    audit.scriptId = script.id;
    audit.scriptVersion = script.version;
    audit.site = site.id;
    audit.auditor = plan.auditor->username;
    audit.mode = plan.auditor->executive ? AuditMode::SelfAudit : AuditMode::MysteryShop;
    audit.assignment = plan.assignment;
    audit.startedAt = plan.startedUtc.toString(Qt::ISODate);

    // The quality met at each touchpoint of this visit: a good or bad day for the whole visit,
    // and for each section.
    const double visitNoise = random.normal(0, 0.06);
    QHash<QString, double> quality;
    QList<double> sectionQuality;
    for (const Section &section : script.sections) {
        const double q = clamp01(touchpointQuality(site, *plan.auditor, section.touchpoint,
                                                   plan.yearFraction, visitNoise) +
                                 random.normal(0, 0.05));
        sectionQuality.append(q);
        quality.insert(section.touchpoint, q);
    }
    double overall = 0;
    for (double q : sectionQuality)
        overall += q;
    overall = sectionQuality.isEmpty() ? 0.75 : overall / double(sectionQuality.size());
    const auto qualityOf = [&](const char *touchpoint) {
        return quality.value(QLatin1String(touchpoint), overall);
    };

    const bool store = script.channel == Channel::Store;
    const bool bought = !store || !random.chance(0.03);
    for (int i = 0; i < script.items.size(); ++i) {
        const Item &item = script.items[i];
        const Section &section = script.sections[item.sectionIndex];
        const double q = sectionQuality[item.sectionIndex];
        Answer answer;
        if (!bought && item.allowNA && section.touchpoint == QLatin1String("checkout")) {
            answer.notApplicable = true;
            audit.answers.insert(item.id, answer);
            continue;
        }
        if (item.metric || item.type == ItemType::Photo)
            continue; // measured from the timeline; photos are not generated
        if (item.type == ItemType::Text) {
            const bool lowNps = item.id.contains(QLatin1String("reason"));
            if (!random.chance(lowNps ? 0.7 : 0.08))
                continue;
        } else if (item.allowNA && !item.required && random.chance(0.03)) {
            answer.notApplicable = true;
            audit.answers.insert(item.id, answer);
            continue;
        }
        answer.value = item.type == ItemType::Nps ? valueFor(item, overall, random)
                                                  : valueFor(item, q, random);
        if (answer.value.isUndefined())
            continue;
        if (item.type == ItemType::YesNo && answer.value.toBool() != item.goodAnswer &&
            random.chance(0.25))
            answer.note = pick(random, kComments);
        audit.answers.insert(item.id, answer);
    }

    Moments moments;
    if (store) {
        storeTimeline(moments, qualityOf("greeting"), qualityOf("sales_floor"),
                      qualityOf("checkout"), bought, random);
        CheckIn checkIn;
        checkIn.latitude = site.latitude + random.normal(0, 18.0) / 111000.0;
        checkIn.longitude = site.longitude + random.normal(0, 18.0) / 78000.0;
        checkIn.accuracy = std::round(random.uniform(4, 28));
        checkIn.at = audit.startedAt;
        audit.checkIn = checkIn;
    } else {
        const auto levels = audit.answers.value(QStringLiteral("menu_levels")).value;
        const auto outcome = audit.answers.value(QStringLiteral("call_outcome")).value;
        phoneTimeline(moments, qualityOf("ivr"), qualityOf("hold_queue"), qualityOf("agent"),
                      levels.isDouble() ? levels.toInt() : 1,
                      outcome.toString() == QLatin1String("resolved"), random);
    }
    for (TimelineEvent &event : moments.events)
        event.at = plan.startedUtc.addMSecs(event.elapsedMs).toString(Qt::ISODateWithMs);
    audit.timeline = moments.events;
    const qint64 lastMs = moments.events.isEmpty() ? 0 : moments.events.last().elapsedMs;
    audit.submittedAt = plan.startedUtc.addMSecs(lastMs + qint64(random.between(2, 30)) * 60000)
                            .toString(Qt::ISODate);
    dropHiddenAnswers(script, audit);
    return audit;
}

} // namespace tp::server::demo
