#include "core/Metric.h"

#include <QStringList>

#include <utility>

namespace tp {

namespace {

struct MetricInfo
{
    Metric metric;
    const char *name;
    Channel channel;
    ItemType type;
};

constexpr std::array<MetricInfo, kMetricCount> kMetrics{{
    {Metric::TimeToGreet, "timeToGreet", Channel::Store, ItemType::Duration},
    {Metric::WaitToBeServed, "waitToBeServed", Channel::Store, ItemType::Duration},
    {Metric::TimeToPay, "timeToPay", Channel::Store, ItemType::Duration},
    {Metric::VisitLength, "visitLength", Channel::Store, ItemType::Duration},
    {Metric::TimeToAnswer, "timeToAnswer", Channel::Phone, ItemType::Duration},
    {Metric::TimeInMenus, "timeInMenus", Channel::Phone, ItemType::Duration},
    {Metric::TotalHold, "totalHold", Channel::Phone, ItemType::Duration},
    {Metric::HoldCount, "holdCount", Channel::Phone, ItemType::Count},
    {Metric::TransferCount, "transferCount", Channel::Phone, ItemType::Count},
    {Metric::CallLength, "callLength", Channel::Phone, ItemType::Duration},
}};

const MetricInfo &info(Metric metric)
{
    return kMetrics[std::size_t(metric)];
}

constexpr std::array<const char *, 5> kStoreEvents{"entered", "greeted", "served", "paid", "left"};
constexpr std::array<const char *, 8> kPhoneEvents{"dialled",     "menuEntered", "agentAnswered",
                                                   "holdStarted", "holdEnded",   "transferred",
                                                   "resolved",    "hungUp"};

} // namespace

QString metricName(Metric metric)
{
    return QLatin1String(info(metric).name);
}

std::optional<Metric> metricFromName(const QString &name)
{
    for (const MetricInfo &m : kMetrics) {
        if (name == QLatin1String(m.name))
            return m.metric;
    }
    return std::nullopt;
}

Channel metricChannel(Metric metric)
{
    return info(metric).channel;
}

ItemType metricItemType(Metric metric)
{
    return info(metric).type;
}

QList<Metric> metricsOf(Channel channel)
{
    QList<Metric> result;
    for (const MetricInfo &m : kMetrics) {
        if (m.channel == channel)
            result.append(m.metric);
    }
    return result;
}

QStringList timelineEventNames(Channel channel)
{
    QStringList names;
    if (channel == Channel::Store) {
        for (const char *name : kStoreEvents)
            names.append(QLatin1String(name));
    } else {
        for (const char *name : kPhoneEvents)
            names.append(QLatin1String(name));
    }
    return names;
}

bool isTimelineEvent(Channel channel, const QString &event)
{
    if (channel == Channel::Store) {
        for (const char *name : kStoreEvents) {
            if (event == QLatin1String(name))
                return true;
        }
        return false;
    }
    for (const char *name : kPhoneEvents) {
        if (event == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace tp
