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

bool canSeeSite(Database &db, const Principal &user, const SiteInfo &site)
{
    switch (user.role) {
    case Role::Admin:
    case Role::Executive:
        return true;
    case Role::RegionalManager:
        return user.regions.contains(site.region);
    case Role::StoreManager:
        return user.site == site.id;
    case Role::Shopper: {
        QSqlQuery query = db.prepare(
            QStringLiteral("SELECT 1 FROM assignments WHERE shopper = ? "
                           "AND site_id = ? AND state NOT IN ('withdrawn', 'declined')"));
        query.addBindValue(user.username);
        query.addBindValue(site.id);
        return exec(query) && query.next();
    }
    }
    return false;
}

bool canReadAudit(const Principal &user, const AuditOwnership &audit)
{
    switch (user.role) {
    case Role::Admin:
    case Role::Executive:
        return true;
    case Role::RegionalManager:
        return user.regions.contains(audit.region);
    case Role::Shopper:
        return audit.auditor == user.username;
    case Role::StoreManager:
        return audit.site == user.site && audit.state == QLatin1String("approved");
    }
    return false;
}

bool mustAnonymise(const Principal &user)
{
    return user.role == Role::StoreManager;
}

bool canReviewAudit(const Principal &user, const AuditOwnership &audit)
{
    return managesRegion(user, audit.region) && audit.auditor != user.username;
}

bool canReadAction(const Principal &user, const ActionOwnership &action)
{
    switch (user.role) {
    case Role::Admin:
    case Role::Executive:
        return true;
    case Role::RegionalManager:
        return user.regions.contains(action.region);
    case Role::StoreManager:
        return user.site == action.site;
    case Role::Shopper:
        break;
    }
    return false;
}

bool canCloseAction(const Principal &user, const ActionOwnership &action)
{
    if (!canReadAction(user, action))
        return false;
    if (user.role == Role::Executive)
        return action.ownerUser == user.username;
    return true; // admin, the region's managers, the site's manager
}

bool canReopenAction(const Principal &user, const ActionOwnership &action)
{
    return managesRegion(user, action.region);
}

} // namespace tp::server
