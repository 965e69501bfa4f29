#pragma once

#include "core/Script.h"

#include <QString>

#include <array>
#include <optional>

namespace tp {

// Moments measured from the audit's timeline. Durations are in seconds.
enum class Metric
{
    TimeToGreet,
    WaitToBeServed,
    TimeToPay,
    VisitLength,
    TimeToAnswer,
    TimeInMenus,
    TotalHold,
    HoldCount,
    TransferCount,
    CallLength,
};
constexpr int kMetricCount = 10;

QString metricName(Metric metric);
std::optional<Metric> metricFromName(const QString &name);
Channel metricChannel(Metric metric);
// Duration for time metrics, Count for HoldCount and TransferCount.
ItemType metricItemType(Metric metric);
// The metrics of one channel, in display order.
QList<Metric> metricsOf(Channel channel);

// Timeline events of each channel.
QStringList timelineEventNames(Channel channel);
bool isTimelineEvent(Channel channel, const QString &event);

using MetricValues = std::array<std::optional<double>, kMetricCount>;

} // namespace tp
