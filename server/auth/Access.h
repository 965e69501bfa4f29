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

// Ownership rules shared by every route (DESIGN.md, "Users and roles").
bool managesRegion(const Principal &user, const QString &region);
// Whether the user may see the site at all (its address, its line, its audits' existence).
bool canSeeSite(Database &db, const Principal &user, const SiteInfo &site);

struct AuditOwnership
{
    QString auditor;
    QString site;
    QString region;
    QString state; // submitted, approved, rejected
};
bool canReadAudit(const Principal &user, const AuditOwnership &audit);
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
// Admins and executives: every action; regional managers: their regions'; store managers: their
// site's. Shoppers never.
bool canReadAction(const Principal &user, const ActionOwnership &action);
// Mark done: admins, the regional managers of the region, the store manager of the site, and the
// owner (when the owner is a user who may read it).
bool canCloseAction(const Principal &user, const ActionOwnership &action);
// Reopen (and create): admins and the regional managers of the region.
bool canReopenAction(const Principal &user, const ActionOwnership &action);

} // namespace tp::server
