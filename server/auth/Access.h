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

} // namespace tp::server
