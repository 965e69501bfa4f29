#pragma once

#include "http/ApiTypes.h"
#include "storage/Directory.h"

namespace tp::server {

// What a Directory write that did not succeed means for the caller: 422 with every problem when
// the record is invalid, else 500. `what` names the record ("site", "assignment", ...).
ApiResponse writeRefused(const Directory::Result &result, const QString &what);

} // namespace tp::server
