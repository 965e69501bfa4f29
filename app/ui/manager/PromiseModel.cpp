#include "ui/manager/PromiseModel.h"

namespace tp::ui {

int PromiseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PromiseModel::valueOf(const PromiseRow &row, int role)
{
    switch (role) {
    case SiteRole:
        return row.site;
    case LabelRole:
        return row.label;
    case ActionsRole:
        return row.actions;
    case OpenRole:
        return row.open;
    case OverdueRole:
        return row.overdue;
    case KeptRole:
        return row.kept;
    case LateRole:
        return row.late;
    case BrokenRole:
        return row.broken;
    case KeptPercentRole:
        return row.keptPercent;
    case KeptTextRole:
        return row.keptText;
    }
    return {};
}

QVariant PromiseModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> PromiseModel::roleNames() const
{
    return {{SiteRole, "site"},        {LabelRole, "label"},     {ActionsRole, "actions"},
            {OpenRole, "open"},        {OverdueRole, "overdue"}, {KeptRole, "kept"},
            {LateRole, "late"},        {BrokenRole, "broken"},   {KeptPercentRole, "keptPercent"},
            {KeptTextRole, "keptText"}};
}

void PromiseModel::setRows(const QList<PromiseRow> &rows)
{
    resetRows(m_rows, rows);
}

} // namespace tp::ui
