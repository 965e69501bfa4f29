#include "auth/Access.h"

#include "storage/Database.h"

namespace tp::server {

std::optional<SiteInfo> findSite(Database &db, const QString &siteId)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT region_id, kind FROM sites WHERE id = ?"));
    query.addBindValue(siteId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return SiteInfo{siteId, query.value(0).toString(), query.value(1).toString()};
}

bool managesRegion(const Principal &user, const QString &region)
{
    return user.role == Role::Admin ||
           (user.role == Role::RegionalManager && user.regions.contains(region));
}

bool mustAnonymise(const Principal &user)
{
    return user.role == Role::StoreManager;
}

bool canReviewAudit(const Principal &user, const AuditOwnership &audit)
{
    return managesRegion(user, audit.region) && audit.auditor != user.username;
}

bool canCloseAction(const Principal &user, const ActionOwnership &action)
{
    switch (user.role) {
    case Role::Admin:
    case Role::RegionalManager:
    case Role::StoreManager:
        return true; // Visibility already narrowed these to the region's or the site's actions
    case Role::Executive:
        return action.ownerUser == user.username;
    case Role::Shopper:
        break;
    }
    return false;
}

bool canReopenAction(const Principal &user, const ActionOwnership &action)
{
    return managesRegion(user, action.region);
}

} // namespace tp::server
