#include "UiLog.h"

namespace tp::ui {
Q_LOGGING_CATEGORY(lcUi, "touchpoint.ui")
}
