#include "api/Api.h"

namespace tp::server {

void addRegionAndSiteRoutes(Router &, ServerContext &) {}

} // namespace tp::server
