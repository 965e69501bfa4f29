#include "ui/manager/HeatCellModel.h"

namespace tp::ui {

int HeatCellModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HeatCellModel::valueOf(const HeatCell &row, int role)
{
    switch (role) {
    case ValueRole:
        return row.value;
    case HasValueRole:
        return row.hasValue;
    case TextRole:
        return row.text;
    case AuditsRole:
        return row.audits;
    }
    return {};
}

QVariant HeatCellModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> HeatCellModel::roleNames() const
{
    return {{ValueRole, "value"},
            {HasValueRole, "hasValue"},
            {TextRole, "text"},
            {AuditsRole, "audits"}};
}

void HeatCellModel::setRows(const QList<HeatCell> &rows)
{
    resetRows(m_rows, rows);
}

} // namespace tp::ui
