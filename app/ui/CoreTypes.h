#pragma once

#include "core/AssignmentState.h"
#include "core/ItemType.h"
#include "core/ReviewState.h"
#include "core/Role.h"

#include <QtQml/qqmlregistration.h>

// The core's domain enums as QML sees them: Role.Shopper, ReviewState.Approved,
// AssignmentState.Offered, ItemType.Checklist. The core itself stays free of QML.
namespace tp::ui::qml_role {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(tp::roles)
QML_NAMED_ELEMENT(Role)
} // namespace tp::ui::qml_role

namespace tp::ui::qml_review_state {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(tp::review_states)
QML_NAMED_ELEMENT(ReviewState)
} // namespace tp::ui::qml_review_state

namespace tp::ui::qml_assignment_state {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(tp::assignment_states)
QML_NAMED_ELEMENT(AssignmentState)
} // namespace tp::ui::qml_assignment_state

namespace tp::ui::qml_item_type {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(tp::item_types)
QML_NAMED_ELEMENT(ItemType)
} // namespace tp::ui::qml_item_type
