#include "core/AssignmentState.h"
#include "core/EnumNames.h"
#include "core/ReviewState.h"
#include "core/Role.h"

namespace tp {

namespace {

constexpr std::pair<Role, const char *> kRoleNames[] = {
    {Role::Admin, "admin"},
    {Role::RegionalManager, "regional_manager"},
    {Role::Executive, "executive"},
    {Role::Shopper, "shopper"},
    {Role::StoreManager, "store_manager"},
};

constexpr std::pair<ReviewState, const char *> kReviewStateNames[] = {
    {ReviewState::Submitted, "submitted"},
    {ReviewState::Approved, "approved"},
    {ReviewState::Rejected, "rejected"},
};

constexpr std::pair<AssignmentState, const char *> kAssignmentStateNames[] = {
    {AssignmentState::Offered, "offered"},     {AssignmentState::Accepted, "accepted"},
    {AssignmentState::Declined, "declined"},   {AssignmentState::InProgress, "in_progress"},
    {AssignmentState::Submitted, "submitted"}, {AssignmentState::Approved, "approved"},
    {AssignmentState::Rejected, "rejected"},   {AssignmentState::Withdrawn, "withdrawn"},
};

} // namespace

QString roleName(Role role)
{
    return detail::nameOf(kRoleNames, role);
}

std::optional<Role> roleFromName(QStringView name)
{
    return detail::valueNamed(kRoleNames, name);
}

QString reviewStateName(ReviewState state)
{
    return detail::nameOf(kReviewStateNames, state);
}

std::optional<ReviewState> reviewStateFromName(QStringView name)
{
    return detail::valueNamed(kReviewStateNames, name);
}

QString assignmentStateName(AssignmentState state)
{
    return detail::nameOf(kAssignmentStateNames, state);
}

std::optional<AssignmentState> assignmentStateFromName(QStringView name)
{
    return detail::valueNamed(kAssignmentStateNames, name);
}

bool assignmentGrantsVisibility(AssignmentState state)
{
    return state != AssignmentState::Declined && state != AssignmentState::Withdrawn;
}

} // namespace tp
