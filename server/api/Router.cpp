#include "api/Api.h"

namespace tp::server {

Router buildRouter(ServerContext &context)
{
    Router router;
    addAuthRoutes(router, context);
    addAuditRoutes(router, context);
    addPhotoRoutes(router, context);
    addSyncRoutes(router, context);
    addScriptRoutes(router, context);
    addRegionAndSiteRoutes(router, context);
    addSiteCheckInRoutes(router, context);
    addAssignmentRoutes(router, context);
    addUserRoutes(router, context);
    addReviewRoutes(router, context);
    addActionRoutes(router, context);
    addReportRoutes(router, context);
    return router;
}

} // namespace tp::server
