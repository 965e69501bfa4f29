#include "ui/manager/AuditListModel.h"

namespace tp::ui {

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditListModel::valueOf(const AuditRow &row, int role)
{
    switch (role) {
    case UuidRole:
        return row.uuid;
    case SiteRole:
        return row.site;
    case SiteLabelRole:
        return row.siteLabel;
    case StartedTextRole:
        return row.startedText;
    case AuditorTextRole:
        return row.auditorText;
    case OverallRole:
        return row.overall;
    case OverallTextRole:
        return row.overallText;
    case PassedRole:
        return row.passed;
    case CriticalFailuresRole:
        return row.criticalFailures;
    case ReviewStateRole:
        return int(row.state);
    case StateTextRole:
        return row.stateText;
    case ModeTextRole:
        return row.modeText;
    }
    return {};
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> AuditListModel::roleNames() const
{
    return {{UuidRole, "uuid"},
            {SiteRole, "site"},
            {SiteLabelRole, "siteLabel"},
            {StartedTextRole, "startedText"},
            {AuditorTextRole, "auditorText"},
            {OverallRole, "overall"},
            {OverallTextRole, "overallText"},
            {PassedRole, "passed"},
            {CriticalFailuresRole, "criticalFailures"},
            {ReviewStateRole, "reviewState"},
            {StateTextRole, "stateText"},
            {ModeTextRole, "modeText"}};
}

void AuditListModel::setRows(const QList<AuditRow> &rows)
{
    resetRows(m_rows, rows);
}

void AuditListModel::appendRows(const QList<AuditRow> &rows)
{
    TypedListModel::appendRows(m_rows, rows);
}

void AuditListModel::reorderRows(const QList<AuditRow> &rows, const QList<int> &oldRowOf)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(oldRowOf.size());
    for (int row = 0; row < oldRowOf.size(); ++row)
        newRowOf[oldRowOf.at(row)] = row;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << this->index(newRowOf.value(index.row()), index.column());
    m_rows = rows;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace tp::ui
