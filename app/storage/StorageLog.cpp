#include "storage/StorageLog.h"

namespace tp::storage {
Q_LOGGING_CATEGORY(lcStorage, "touchpoint.storage")
}
