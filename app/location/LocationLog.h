#pragma once

#include <QLoggingCategory>

namespace tp {
// touchpoint.location: the position source chosen, no fix, a fix lost; never a position.
Q_DECLARE_LOGGING_CATEGORY(lcLocation)
} // namespace tp
