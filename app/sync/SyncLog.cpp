#include "sync/SyncLog.h"

namespace tp::sync {
Q_LOGGING_CATEGORY(lcSync, "touchpoint.sync")
}
