#pragma once

#include <QLoggingCategory>

namespace tp::storage {
// touchpoint.storage: the device database opened, its schema migrated, failures to open it.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
} // namespace tp::storage
