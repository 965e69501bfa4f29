#pragma once

#include "auth/Principal.h"

#include <QString>

#include <optional>

namespace tp::server {

class Database;

struct SiteInfo
{
    QString id;
    QString region;
    QString kind; // "store" or "phone"
};

std::optional<SiteInfo> findSite(Database &db, const QString &siteId);

// Who may change what (docs/architecture.md). What a user may see at all is
// auth/Visibility.h's; these rules apply to objects the user already sees.
bool managesRegion(const Principal &user, const QString &region);

struct AuditOwnership
{
    QString auditor;
    QString site;
    QString region;
    QString state; // submitted, approved, rejected
};
// Store managers see audits with the shopper anonymised.
bool mustAnonymise(const Principal &user);
// Admins, and the regional managers of the audit's region; nobody reviews an audit they filed.
bool canReviewAudit(const Principal &user, const AuditOwnership &audit);

// Corrective actions: where one is (its site and that site's region) and who owns it (a user, or
// empty for a department).
struct ActionOwnership
{
    QString site;
    QString region;
    QString ownerUser;
};
// Mark done, of an action the user sees: admins, the regional managers of the region, the store
// manager of the site, and an executive who owns it.
bool canCloseAction(const Principal &user, const ActionOwnership &action);
// Reopen (and create): admins and the regional managers of the region.
bool canReopenAction(const Principal &user, const ActionOwnership &action);

} // namespace tp::server
