#pragma once

#include "core/Audit.h"
#include "core/Metric.h"

#include <QList>
#include <QString>

#include <optional>

namespace tp::ui {

struct LiveClock
{
    Metric metric;
    std::optional<double> value; // seconds, or a count
    bool running = false;        // still counting: its closing moment has not been tapped yet
};

// The measured moments of a visit or call as the shopper sees them mid-visit: a metric whose
// closing moment is still to come runs up to `nowMs`. Computed by the core's own timeline
// rules, so the clocks on screen agree with the score.
QList<LiveClock> liveClocks(Channel channel, const QList<TimelineEvent> &events, qint64 nowMs);

QString formatClock(double seconds); // "0:42", "12:05", "1:02:03"

} // namespace tp::ui
