#pragma once

#include "core/Audit.h"
#include "core/Metric.h"

namespace tp {

struct TimelineResult
{
    MetricValues values;  // a metric is empty when its events are missing or contradictory
    QStringList problems; // e.g. "greeted is before entered", for the trust assessment
};

// Derives the measured moments of a visit or call from its timeline, using the monotonic
// elapsedMs of each event (never the wall clock, which the phone may change mid-visit).
TimelineResult computeTimeline(Channel channel, const QList<TimelineEvent> &events);

} // namespace tp
