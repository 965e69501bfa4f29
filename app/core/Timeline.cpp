#include "core/Timeline.h"

#include <algorithm>

namespace tp {

namespace {

double seconds(qint64 milliseconds)
{
    return double(milliseconds) / 1000.0;
}

struct Moments
{
    QList<TimelineEvent> events; // sorted by elapsedMs, stable
    QStringList problems;

    // The first occurrence of a single-occurrence event; a second one is reported.
    std::optional<qint64> once(const char *name)
    {
        std::optional<qint64> first;
        for (const TimelineEvent &e : std::as_const(events)) {
            if (e.event != QLatin1String(name))
                continue;
            if (first) {
                problems.append(
                    QStringLiteral("%1 recorded more than once").arg(QLatin1String(name)));
                break;
            }
            first = e.elapsedMs;
        }
        return first;
    }

    int count(const char *name) const
    {
        return int(std::count_if(events.cbegin(), events.cend(), [name](const TimelineEvent &e) {
            return e.event == QLatin1String(name);
        }));
    }

    // to - from in seconds, when both happened in that order.
    std::optional<double> between(const char *fromName, std::optional<qint64> from,
                                  const char *toName, std::optional<qint64> to)
    {
        if (!from || !to)
            return std::nullopt;
        if (*to < *from) {
            problems.append(QStringLiteral("%1 is before %2")
                                .arg(QLatin1String(toName), QLatin1String(fromName)));
            return std::nullopt;
        }
        return seconds(*to - *from);
    }
};

void computeStore(Moments &m, MetricValues &values)
{
    const auto entered = m.once("entered");
    const auto greeted = m.once("greeted");
    const auto served = m.once("served");
    const auto paid = m.once("paid");
    const auto left = m.once("left");
    values[int(Metric::TimeToGreet)] = m.between("entered", entered, "greeted", greeted);
    values[int(Metric::WaitToBeServed)] = m.between("entered", entered, "served", served);
    values[int(Metric::TimeToPay)] = m.between("served", served, "paid", paid);
    values[int(Metric::VisitLength)] = m.between("entered", entered, "left", left);
}

// Sums the time spent in one state that `open` starts and any of `closers` ends. Empty when
// the state is still open at the end of the timeline.
std::optional<double> timeIn(Moments &m, const char *open,
                             std::initializer_list<const char *> closers, const char *what,
                             int *periods = nullptr)
{
    std::optional<qint64> openedAt;
    qint64 total = 0;
    for (const TimelineEvent &e : std::as_const(m.events)) {
        if (e.event == QLatin1String(open)) {
            if (openedAt && QLatin1String(open) == QLatin1String("holdStarted"))
                m.problems.append(QStringLiteral("hold started again while already on hold"));
            if (!openedAt) {
                openedAt = e.elapsedMs;
                if (periods)
                    ++*periods;
            }
            continue;
        }
        const bool closes = std::any_of(closers.begin(), closers.end(), [&e](const char *name) {
            return e.event == QLatin1String(name);
        });
        if (!closes)
            continue;
        if (openedAt) {
            total += e.elapsedMs - *openedAt;
            openedAt.reset();
        } else if (e.event == QLatin1String("holdEnded")) {
            m.problems.append(QStringLiteral("hold ended without starting"));
        }
    }
    if (openedAt) {
        m.problems.append(QStringLiteral("%1 never ended").arg(QLatin1String(what)));
        return std::nullopt;
    }
    return seconds(total);
}

void computePhone(Moments &m, MetricValues &values)
{
    const auto dialled = m.once("dialled");
    const auto hungUp = m.once("hungUp");
    m.once("resolved");
    if (!dialled) {
        if (!m.events.isEmpty())
            m.problems.append(QStringLiteral("the call has no dialled moment"));
        return;
    }
    // Nothing happens on a call before it is dialled: such taps are mistakes and are left out.
    const auto early =
        std::stable_partition(m.events.begin(), m.events.end(),
                              [&](const TimelineEvent &e) { return e.elapsedMs >= *dialled; });
    if (early != m.events.end()) {
        m.problems.append(QStringLiteral("%1 before dialled").arg(early->event));
        m.events.erase(early, m.events.end());
    }
    std::optional<qint64> pickedUp;
    for (const TimelineEvent &e : std::as_const(m.events)) {
        if (e.event == QLatin1String("menuEntered") || e.event == QLatin1String("agentAnswered")) {
            pickedUp = e.elapsedMs;
            break;
        }
    }
    values[int(Metric::TimeToAnswer)] = m.between("dialled", dialled, "the answer", pickedUp);
    if (pickedUp) {
        values[int(Metric::TimeInMenus)] =
            timeIn(m, "menuEntered", {"agentAnswered", "hungUp"}, "the phone menu");
    }
    int holds = 0;
    values[int(Metric::TotalHold)] =
        timeIn(m, "holdStarted", {"holdEnded", "hungUp"}, "the hold", &holds);
    values[int(Metric::HoldCount)] = holds;
    values[int(Metric::TransferCount)] = m.count("transferred");
    values[int(Metric::CallLength)] = m.between("dialled", dialled, "hungUp", hungUp);
}

} // namespace

TimelineResult computeTimeline(Channel channel, const QList<TimelineEvent> &events)
{
    Moments moments;
    for (const TimelineEvent &e : events) {
        if (isTimelineEvent(channel, e.event))
            moments.events.append(e);
    }
    const bool sorted = std::is_sorted(
        moments.events.cbegin(), moments.events.cend(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.elapsedMs < b.elapsedMs; });
    if (!sorted) {
        moments.problems.append(QStringLiteral("the timeline is not in time order"));
        std::stable_sort(moments.events.begin(), moments.events.end(),
                         [](const TimelineEvent &a, const TimelineEvent &b) {
                             return a.elapsedMs < b.elapsedMs;
                         });
    }

    TimelineResult result;
    if (channel == Channel::Store)
        computeStore(moments, result.values);
    else
        computePhone(moments, result.values);
    result.problems = moments.problems;
    return result;
}

} // namespace tp
