#pragma once

#include "core/Metric.h"
#include "core/Score.h"

#include <QString>

namespace tp::ui {

// Words the screens show for the core's identifiers, translated.
QString momentLabel(const QString &event);
QString metricLabel(Metric metric);
QString npsCategoryLabel(NpsCategory category);
// "sales_floor" -> "Sales floor": touchpoint and department names as people read them.
QString groupLabel(const QString &name);
QString roleLabel(const QString &role);

} // namespace tp::ui
