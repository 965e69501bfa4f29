#include "api/Api.h"

namespace tp::server {

void addAssignmentRoutes(Router &, ServerContext &) {}

} // namespace tp::server
