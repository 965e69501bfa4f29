#include "ui/LiveClocks.h"

#include "core/Timeline.h"

#include <cmath>

namespace tp::ui {

namespace {

bool contains(const QList<TimelineEvent> &events, const char *name)
{
    return std::any_of(events.cbegin(), events.cend(),
                       [name](const TimelineEvent &e) { return e.event == QLatin1String(name); });
}

// The moments that would close every open metric if they happened now.
QList<TimelineEvent> closedAtNow(Channel channel, const QList<TimelineEvent> &events, qint64 nowMs)
{
    QList<TimelineEvent> closed = events;
    auto closeWith = [&](const char *name) {
        if (!contains(events, name))
            closed.append(TimelineEvent{QLatin1String(name), nowMs, QString()});
    };
    if (channel == Channel::Store) {
        if (contains(events, "left"))
            return closed; // the visit is over: nothing runs any more
        // A clock runs only once the moment that starts it has been tapped.
        const std::pair<const char *, const char *> closerAfterOpener[] = {
            {"greeted", "entered"}, {"served", "entered"}, {"paid", "served"}, {"left", "entered"}};
        for (const auto &[closer, opener] : closerAfterOpener) {
            if (contains(events, opener))
                closeWith(closer);
        }
    } else if (contains(events, "dialled") && !contains(events, "hungUp")) {
        int holdBalance = 0;
        for (const TimelineEvent &e : events)
            holdBalance += e.event == QLatin1String("holdStarted") ? 1
                           : e.event == QLatin1String("holdEnded") ? -1
                                                                   : 0;
        if (!contains(events, "menuEntered") && !contains(events, "agentAnswered"))
            closeWith("agentAnswered");
        if (holdBalance > 0)
            closed.append(TimelineEvent{QStringLiteral("holdEnded"), nowMs, QString()});
        closeWith("hungUp");
    }
    return closed;
}

} // namespace

QList<LiveClock> liveClocks(Channel channel, const QList<TimelineEvent> &events, qint64 nowMs)
{
    const MetricValues recorded = computeTimeline(channel, events).values;
    const MetricValues live = computeTimeline(channel, closedAtNow(channel, events, nowMs)).values;
    QList<LiveClock> clocks;
    for (Metric metric : metricsOf(channel)) {
        const auto &done = recorded[int(metric)];
        const auto &now = live[int(metric)];
        LiveClock clock{metric, done ? done : now, false};
        clock.running = !done && now.has_value();
        // A running hold total only grows while on hold; counts never "run".
        if (metricItemType(metric) == ItemType::Count) {
            clock.value = done ? done : now;
            clock.running = false;
        }
        clocks << clock;
    }
    return clocks;
}

QString formatClock(double seconds)
{
    const qint64 total = qint64(std::floor(std::max(0.0, seconds)));
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace tp::ui
