#include "api/Api.h"

namespace tp::server {

void addPhotoRoutes(Router &, ServerContext &) {}

} // namespace tp::server
