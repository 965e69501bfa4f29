#pragma once

#include <QMetaObject>
#include <QString>
#include <QStringView>

#include <optional>

// The life of an assignment: offered to a shopper, accepted or declined, worked on, submitted,
// then approved or rejected in review; a manager may withdraw it before it is submitted.
namespace tp::assignment_states {
Q_NAMESPACE

enum class AssignmentState
{
    Offered,
    Accepted,
    Declined,
    InProgress,
    Submitted,
    Approved,
    Rejected,
    Withdrawn
};
Q_ENUM_NS(AssignmentState)

} // namespace tp::assignment_states

namespace tp {

using assignment_states::AssignmentState;

// The API's spelling: "offered", "accepted", "declined", "in_progress", "submitted", "approved",
// "rejected", "withdrawn".
QString assignmentStateName(AssignmentState state);
std::optional<AssignmentState> assignmentStateFromName(QStringView name);
// Declined and withdrawn assignments no longer give their shopper a view of the site or script.
bool assignmentGrantsVisibility(AssignmentState state);

} // namespace tp
