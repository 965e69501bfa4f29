#pragma once

#include <QtGlobal>

#include <optional>

namespace tp {

// Points, weights and percentages are held as integer hundredths ("centi") so that every
// score is computed exactly and identically on the phone and on the server.
using Centi = qint64;

constexpr Centi kCentiPerUnit = 100;
constexpr Centi kFullPercent = 100 * kCentiPerUnit; // 100.00 %

// Converts a JSON number with at most two decimals into hundredths. Returns nothing for
// values with more decimals, non-finite values or values whose magnitude exceeds `limit`.
std::optional<Centi> toCenti(double value, double limit);

inline double centiToDouble(Centi value)
{
    return double(value) / double(kCentiPerUnit);
}

// numerator / denominator rounded half up (away from zero for the non-negative values used
// here). The denominator must be positive.
qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator);

} // namespace tp
