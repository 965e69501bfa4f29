#include "core/Points.h"

#include <cmath>

namespace tp {

std::optional<Centi> toCenti(double value, double limit)
{
    if (!std::isfinite(value) || std::fabs(value) > limit)
        return std::nullopt;
    const double scaled = value * double(kCentiPerUnit);
    const double rounded = std::round(scaled);
    // 1e-6 of a hundredth absorbs binary representation error (0.29 * 100 = 28.999999999999996).
    if (std::fabs(scaled - rounded) > 1e-6)
        return std::nullopt;
    return Centi(rounded);
}

qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    if (numerator >= 0)
        return (2 * numerator + denominator) / (2 * denominator);
    return -((-2 * numerator + denominator) / (2 * denominator));
}

} // namespace tp
