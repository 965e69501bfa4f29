#include "location/LocationLog.h"

namespace tp {
Q_LOGGING_CATEGORY(lcLocation, "touchpoint.location")
}
