#include "ui/manager/ManagedAssignmentModel.h"

namespace tp::ui {

int ManagedAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ManagedAssignmentModel::valueOf(const ManagedAssignment &row, int role)
{
    switch (role) {
    case AssignmentIdRole:
        return row.id;
    case SiteRole:
        return row.site;
    case SiteLabelRole:
        return row.siteLabel;
    case CallRole:
        return row.call;
    case KindTextRole:
        return row.kindText;
    case ScriptTextRole:
        return row.scriptText;
    case ShopperRole:
        return row.shopper;
    case ShopperNameRole:
        return row.shopperName;
    case StartTextRole:
        return row.startText;
    case DueTextRole:
        return row.dueText;
    case StartDayTextRole:
        return row.startDayText;
    case DueDayTextRole:
        return row.dueDayText;
    case StateRole:
        return int(row.state);
    case StateNameRole:
        return row.stateName;
    case StateTextRole:
        return row.stateText;
    case ReasonRole:
        return row.reason;
    case AuditUuidRole:
        return row.auditUuid;
    case OpenRole:
        return row.open;
    case OverdueRole:
        return row.overdue;
    }
    return {};
}

QVariant ManagedAssignmentModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> ManagedAssignmentModel::roleNames() const
{
    return {{AssignmentIdRole, "assignmentId"},
            {SiteRole, "site"},
            {SiteLabelRole, "siteLabel"},
            {CallRole, "call"},
            {KindTextRole, "kindText"},
            {ScriptTextRole, "scriptText"},
            {ShopperRole, "shopper"},
            {ShopperNameRole, "shopperName"},
            {StartTextRole, "startText"},
            {DueTextRole, "dueText"},
            {StartDayTextRole, "startDayText"},
            {DueDayTextRole, "dueDayText"},
            {StateRole, "state"},
            {StateNameRole, "stateName"},
            {StateTextRole, "stateText"},
            {ReasonRole, "reason"},
            {AuditUuidRole, "auditUuid"},
            {OpenRole, "open"},
            {OverdueRole, "overdue"}};
}

void ManagedAssignmentModel::setRows(const QList<ManagedAssignment> &rows)
{
    resetRows(m_rows, rows);
}

void ManagedAssignmentModel::appendRows(const QList<ManagedAssignment> &rows)
{
    TypedListModel::appendRows(m_rows, rows);
}

int ManagedAssignmentModel::rowOf(const QString &assignmentId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == assignmentId)
            return int(i);
    }
    return -1;
}

} // namespace tp::ui
