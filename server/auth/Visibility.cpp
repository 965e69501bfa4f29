#include "auth/Visibility.h"

#include "EnumValues.h"
#include "core/AssignmentState.h"
#include "core/ReviewState.h"
#include "storage/Database.h"

namespace tp::server {

namespace {

QString column(const QString &alias, const char *name)
{
    return alias + QLatin1Char('.') + QLatin1String(name);
}

// The states of an assignment that no longer give its shopper a view of the site or script,
// from the core's rule, as placeholders and their values.
const SqlCondition &nonGrantingStates()
{
    static const SqlCondition states = [] {
        SqlCondition list;
        QStringList marks;
        for (const AssignmentState state : allValues<AssignmentState>()) {
            if (assignmentGrantsVisibility(state))
                continue;
            marks.append(QStringLiteral("?"));
            list.values.append(assignmentStateName(state));
        }
        list.sql = marks.join(QLatin1String(", "));
        return list;
    }();
    return states;
}

std::optional<bool> anyRow(Database &db, const QString &from, const SqlCondition &key,
                           const SqlCondition &visible)
{
    bool failed = false;
    const bool found = QueryBuilder(QStringLiteral("SELECT 1 FROM ") + from)
                           .where(key)
                           .where(visible)
                           .firstRow(db, &failed)
                           .has_value();
    if (failed)
        return std::nullopt;
    return found;
}

} // namespace

SqlCondition Visibility::inManagedRegion(const QString &regionColumn) const
{
    return {regionColumn + QStringLiteral(" IN (SELECT vis_ur.region_id FROM user_regions vis_ur"
                                          " WHERE vis_ur.username = ?)"),
            {m_user.username}};
}

SqlCondition Visibility::siteInManagedRegion(const QString &siteColumn) const
{
    return {siteColumn +
                QStringLiteral(" IN (SELECT vis_ms.id FROM sites vis_ms WHERE vis_ms.region_id IN"
                               " (SELECT vis_ur.region_id FROM user_regions vis_ur"
                               " WHERE vis_ur.username = ?))"),
            {m_user.username}};
}

SqlCondition Visibility::grantedBy(const QString &from, const QString &link) const
{
    const SqlCondition granting = grantingAssignments(QStringLiteral("vis_a"));
    return {QStringLiteral("EXISTS (SELECT 1 FROM ") + from + QStringLiteral(" WHERE ") + link +
                QStringLiteral(" AND ") + granting.sql + QLatin1Char(')'),
            granting.values};
}

SqlCondition Visibility::grantingAssignments(const QString &alias) const
{
    if (m_user.role != Role::Shopper)
        return SqlCondition::never();
    const SqlCondition &states = nonGrantingStates();
    return {column(alias, "shopper") + QStringLiteral(" = ? AND ") + column(alias, "state") +
                QStringLiteral(" NOT IN (") + states.sql + QLatin1Char(')'),
            QVariantList{m_user.username} + states.values};
}

SqlCondition Visibility::regions(const QString &alias) const
{
    const QString id = column(alias, "id");
    switch (m_user.role) {
    case Role::Admin:
    case Role::Executive:
        return SqlCondition::always();
    case Role::RegionalManager:
        return inManagedRegion(id);
    case Role::StoreManager:
        return {id + QStringLiteral(" IN (SELECT vis_s.region_id FROM sites vis_s"
                                    " WHERE vis_s.id = ?)"),
                {m_user.site}};
    case Role::Shopper:
        return grantedBy(QStringLiteral("sites vis_s JOIN assignments vis_a"
                                        " ON vis_a.site_id = vis_s.id"),
                         QStringLiteral("vis_s.region_id = ") + id);
    }
    return SqlCondition::never();
}

std::optional<SqlCondition> Visibility::staffSites(const QString &siteColumn) const
{
    switch (m_user.role) {
    case Role::Admin:
    case Role::Executive:
        return SqlCondition::always();
    case Role::RegionalManager:
        return siteInManagedRegion(siteColumn);
    case Role::StoreManager:
        return SqlCondition{siteColumn + QStringLiteral(" = ?"), {m_user.site}};
    case Role::Shopper:
        break;
    }
    return std::nullopt;
}

SqlCondition Visibility::sites(const QString &alias) const
{
    if (m_user.role == Role::RegionalManager) // as staffSites(), on the row's own region
        return inManagedRegion(column(alias, "region_id"));
    if (auto staff = staffSites(column(alias, "id")))
        return *staff;
    return grantedBy(QStringLiteral("assignments vis_a"),
                     QStringLiteral("vis_a.site_id = ") + column(alias, "id"));
}

SqlCondition Visibility::scripts(const QString &alias) const
{
    switch (m_user.role) {
    case Role::Admin:
    case Role::Executive:
    case Role::RegionalManager:
        return SqlCondition::always();
    case Role::Shopper:
        return grantedBy(QStringLiteral("assignments vis_a"),
                         QStringLiteral("vis_a.script_id = ") + column(alias, "id") +
                             QStringLiteral(" AND vis_a.script_version = ") +
                             column(alias, "version"));
    case Role::StoreManager:
        break;
    }
    return SqlCondition::never();
}

SqlCondition Visibility::assignments(const QString &alias) const
{
    switch (m_user.role) {
    case Role::Admin:
        return SqlCondition::always();
    case Role::RegionalManager:
        return siteInManagedRegion(column(alias, "site_id"));
    case Role::Shopper:
        // Declined and withdrawn ones too: the phone learns from them to drop the visit.
        return {column(alias, "shopper") + QStringLiteral(" = ?"), {m_user.username}};
    case Role::Executive:
    case Role::StoreManager:
        break; // a store must not learn that a mystery shopper is coming
    }
    return SqlCondition::never();
}

SqlCondition Visibility::auditRule(const QString &alias, bool namesAuditor) const
{
    if (m_user.role == Role::StoreManager) // approved audits only: nothing still under review
        return {column(alias, "site_id") + QStringLiteral(" = ? AND ") + column(alias, "state") +
                    QStringLiteral(" = ?"),
                {m_user.site, reviewStateName(ReviewState::Approved)}};
    if (auto staff = staffSites(column(alias, "site_id")))
        return *staff;
    if (namesAuditor) // shoppers: their own
        return {column(alias, "auditor") + QStringLiteral(" = ?"), {m_user.username}};
    return SqlCondition::never();
}

SqlCondition Visibility::audits(const QString &alias) const
{
    return auditRule(alias, true);
}

SqlCondition Visibility::auditsInIndexOrder(const QString &alias) const
{
    if (m_user.role != Role::RegionalManager)
        return audits(alias);
    return {QStringLiteral("EXISTS (SELECT 1 FROM sites vis_ms JOIN user_regions vis_ur"
                           " ON vis_ur.region_id = vis_ms.region_id WHERE vis_ms.id = ") +
                column(alias, "site_id") + QStringLiteral(" AND vis_ur.username = ?)"),
            {m_user.username}};
}

SqlCondition Visibility::reportRows(const QString &alias) const
{
    return auditRule(alias, false);
}

SqlCondition Visibility::actions(const QString &alias) const
{
    return staffSites(column(alias, "site_id")).value_or(SqlCondition::never());
}

std::optional<bool> Visibility::seesSite(Database &db, const QString &id) const
{
    return anyRow(db, QStringLiteral("sites s"), {QStringLiteral("s.id = ?"), {id}},
                  sites(QStringLiteral("s")));
}

std::optional<bool> Visibility::seesScript(Database &db, const QString &id, qint64 version) const
{
    return anyRow(db, QStringLiteral("scripts sc"),
                  {QStringLiteral("sc.id = ? AND sc.version = ?"), {id, version}},
                  scripts(QStringLiteral("sc")));
}

} // namespace tp::server
