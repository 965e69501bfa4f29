#pragma once

#include <QLoggingCategory>

namespace tp::ui {
// touchpoint.ui: what a person did that support needs to follow (sign-in, submit, check-in).
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace tp::ui
