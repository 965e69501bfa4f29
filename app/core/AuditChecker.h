#pragma once

#include "core/Audit.h"
#include "core/Score.h"
#include "core/Script.h"

namespace tp {

// Checks a decoded audit against the script version it names: every answer belongs to an item,
// has the item's type and range, N/A only where allowed, and timeline events of the channel.
Issues checkAudit(const Script &script, const Audit &audit);

// One "missing_required" issue per required item that is shown but neither answered nor N/A:
// such an audit can be saved but not submitted.
Issues checkComplete(const Script &script, const ScoreResult &score);

} // namespace tp
