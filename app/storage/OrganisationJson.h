#pragma once

#include "storage/OrganisationStore.h"

#include <QJsonObject>

namespace tp::storage {

// The server's JSON for sites and assignments (the same fields as assets/demo/organisation.json).
SiteInfo siteFromJson(const QJsonObject &site);
AssignmentInfo assignmentFromJson(const QJsonObject &assignment);

} // namespace tp::storage
