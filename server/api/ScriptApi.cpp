#include "api/Api.h"

namespace tp::server {

void addScriptRoutes(Router &, ServerContext &) {}

} // namespace tp::server
