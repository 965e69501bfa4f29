#pragma once

#include <QMetaObject>
#include <QString>
#include <QStringView>

#include <optional>

// Where a stored audit is in its review: filed and waiting, approved, or rejected with a reason.
namespace tp::review_states {
Q_NAMESPACE

enum class ReviewState
{
    Submitted,
    Approved,
    Rejected
};
Q_ENUM_NS(ReviewState)

} // namespace tp::review_states

namespace tp {

using review_states::ReviewState;

// The API's spelling: "submitted", "approved", "rejected".
QString reviewStateName(ReviewState state);
std::optional<ReviewState> reviewStateFromName(QStringView name);

} // namespace tp
