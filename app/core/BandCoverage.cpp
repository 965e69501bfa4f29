// Checks that an item's bands score every value the item can take.

#include "core/ScriptLoaderParts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tp::detail {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Domain
{
    double low;
    double high;
    bool integers;
};

Domain domainOf(const Item &item)
{
    switch (item.type) {
    case ItemType::Scale:
        return {item.min.value_or(0), item.max.value_or(0), true};
    case ItemType::Nps:
        return {0, 10, true};
    case ItemType::Count:
        return {0, kInfinity, true};
    case ItemType::Duration:
        return {0, kInfinity, false};
    default:
        return {item.min.value_or(-kInfinity), item.max.value_or(kInfinity), false};
    }
}

QString describeNumber(double value)
{
    return QString::number(value, 'g', 12);
}

QString describeGap(double from, double to, const Domain &domain)
{
    // For integers the gap is the closed range [from, to]; for real numbers the open one (from,
    // to).
    if (domain.integers) {
        if (std::isinf(to))
            return QStringLiteral("values from %1 up").arg(describeNumber(from));
        if (from == to)
            return QStringLiteral("the value %1").arg(describeNumber(from));
        return QStringLiteral("values %1 to %2").arg(describeNumber(from), describeNumber(to));
    }
    if (std::isinf(to))
        return QStringLiteral("values above %1").arg(describeNumber(from));
    if (std::isinf(from))
        return QStringLiteral("values below %1").arg(describeNumber(to));
    return QStringLiteral("values between %1 and %2").arg(describeNumber(from), describeNumber(to));
}

} // namespace

void checkBandCoverage(const Item &item, const QString &path, Issues &issues)
{
    const Domain domain = domainOf(item);
    // Each band clipped to the domain; integer domains use half-open [first, last + 1).
    QList<std::pair<double, double>> intervals;
    for (const Band &band : item.bands) {
        double low = std::max(band.min.value_or(-kInfinity), domain.low);
        double high = std::min(band.max.value_or(kInfinity), domain.high);
        if (domain.integers) {
            low = std::ceil(low);
            high = std::floor(high) + 1;
        }
        if (low < high || (!domain.integers && low == high))
            intervals.append({low, high});
    }
    std::sort(intervals.begin(), intervals.end());

    const double end = domain.integers ? domain.high + 1 : domain.high;
    double reached = domain.low;
    QStringList gaps;
    for (const auto &[low, high] : intervals) {
        if (low > reached)
            gaps.append(describeGap(reached, domain.integers ? low - 1 : low, domain));
        reached = std::max(reached, high);
    }
    if (reached < end)
        gaps.append(describeGap(reached, domain.high, domain));
    for (const QString &gap : std::as_const(gaps))
        issues.append({path, QStringLiteral("bands_gap"),
                       QStringLiteral("bands leave %1 unscored").arg(gap)});
}

} // namespace tp::detail
