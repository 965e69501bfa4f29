#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace tp::server {

// Each part of the API adds its routes; buildRouter() puts them all together.
void addAuthRoutes(Router &router, ServerContext &context);
void addAuditRoutes(Router &router, ServerContext &context);
void addPhotoRoutes(Router &router, ServerContext &context);
void addSyncRoutes(Router &router, ServerContext &context);
void addRegionAndSiteRoutes(Router &router, ServerContext &context);
void addSiteCheckInRoutes(Router &router, ServerContext &context);
void addScriptRoutes(Router &router, ServerContext &context);
void addAssignmentRoutes(Router &router, ServerContext &context);
void addUserRoutes(Router &router, ServerContext &context);
void addReviewRoutes(Router &router, ServerContext &context);
void addActionRoutes(Router &router, ServerContext &context);
void addReportRoutes(Router &router, ServerContext &context);

Router buildRouter(ServerContext &context);

} // namespace tp::server
