#include "api/Api.h"

namespace tp::server {

void addUserRoutes(Router &, ServerContext &) {}

} // namespace tp::server
