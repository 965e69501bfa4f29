#pragma once

#include "auth/Principal.h"
#include "storage/QueryBuilder.h"

#include <optional>

namespace tp::server {

class Database;

// Which regions, sites, scripts, assignments, audits and corrective actions a user may see: the
// one rule behind every list route, every single-object route, the reports and sync (in prose:
// docs/architecture.md).
//
// Each condition reads the columns of one row of its table under `alias` and binds what it needs
// (the user's name or site); subqueries use aliases of their own (vis_...), so a condition may be
// ANDed into any statement over that table.
class Visibility
{
public:
    explicit Visibility(const Principal &user)
        : m_user(user)
    {
    }

    // regions: alias.id
    SqlCondition regions(const QString &alias) const;
    // sites: alias.id, alias.region_id
    SqlCondition sites(const QString &alias) const;
    // scripts: alias.id, alias.version
    SqlCondition scripts(const QString &alias) const;
    // assignments: alias.shopper, alias.site_id
    SqlCondition assignments(const QString &alias) const;
    // audits: alias.auditor, alias.site_id, alias.state
    SqlCondition audits(const QString &alias) const;
    // The same rule for a list read in the order of an index (GET /audits, newest first): a
    // regional manager's regions as a correlated EXISTS, which the database checks row by row
    // along the index, instead of an IN list it would use to fetch every audit of the regions
    // and sort them (measured on 100,000 audits with SQLite: 0.6 ms a page instead of 150 ms).
    SqlCondition auditsInIndexOrder(const QString &alias) const;
    // The report roll-ups, which count audits without naming who filed them: the audit rule on
    // alias.site_id and alias.state. Shoppers see no roll-up.
    SqlCondition reportRows(const QString &alias) const;
    // corrective_actions: alias.site_id
    SqlCondition actions(const QString &alias) const;

    // The assignments (alias.shopper, alias.state) that give a shopper sight of their site, the
    // site's region and the script version: their own ones that are not declined or withdrawn
    // (assignmentGrantsVisibility). For other roles, none.
    SqlCondition grantingAssignments(const QString &alias) const;

    // Single objects, by key: whether the user may see it; nothing when the database cannot say.
    std::optional<bool> seesSite(Database &db, const QString &id) const;
    std::optional<bool> seesScript(Database &db, const QString &id, qint64 version) const;

private:
    // alias.<column> lies in a region the user manages (regional managers).
    SqlCondition inManagedRegion(const QString &regionColumn) const;
    // alias.<column> names a site in a region the user manages (regional managers).
    SqlCondition siteInManagedRegion(const QString &siteColumn) const;
    // Staff see by site: admins and executives every site, regional managers their regions',
    // store managers their own. Nothing for shoppers, whose sight differs per kind.
    std::optional<SqlCondition> staffSites(const QString &siteColumn) const;
    SqlCondition auditRule(const QString &alias, bool namesAuditor) const;
    // EXISTS a granting assignment vis_a among `from` (which joins it) that `link` ties to the row.
    SqlCondition grantedBy(const QString &from, const QString &link) const;

    const Principal &m_user;
};

} // namespace tp::server
