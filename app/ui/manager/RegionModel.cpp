#include "ui/manager/RegionModel.h"

namespace tp::ui {

int RegionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RegionModel::valueOf(const Region &row, int role)
{
    switch (role) {
    case RegionIdRole:
        return row.id;
    case LabelRole:
        return row.label;
    }
    return {};
}

QVariant RegionModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> RegionModel::roleNames() const
{
    return {{RegionIdRole, "regionId"}, {LabelRole, "label"}};
}

void RegionModel::setRows(const QList<Region> &rows)
{
    replaceRows(m_rows, rows, &RegionModel::valueOf);
}

} // namespace tp::ui
