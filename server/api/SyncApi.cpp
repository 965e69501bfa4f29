#include "api/Api.h"

namespace tp::server {

void addSyncRoutes(Router &, ServerContext &) {}

} // namespace tp::server
