#pragma once

#include <QLoggingCategory>

namespace tp::sync {
// touchpoint.sync: each sync's start and end (what was sent and answered) and its errors, never a
// token.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace tp::sync
