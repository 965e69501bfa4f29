#include "ui/admin/AdminRegionModel.h"

#include <algorithm>

namespace tp::ui {

int AdminRegionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AdminRegionModel::valueOf(const AdminRegionRow &row, int role) const
{
    switch (role) {
    case RegionIdRole:
        return row.id;
    case NameRole:
        return row.name;
    case SitesTextRole:
        return row.sitesText;
    case MatchesRole:
        return matchesSearch({&row.name, &row.id});
    }
    return {};
}

QVariant AdminRegionModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> AdminRegionModel::roleNames() const
{
    return {{RegionIdRole, "regionId"},
            {NameRole, "name"},
            {SitesTextRole, "sitesText"},
            {MatchesRole, "matches"}};
}

void AdminRegionModel::setRows(const QList<AdminRegionRow> &rows)
{
    replaceRows(m_rows, rows,
                [this](const AdminRegionRow &row, int role) { return valueOf(row, role); });
}

const AdminRegionRow *AdminRegionModel::find(const QString &id) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [&](const AdminRegionRow &row) { return row.id == id; });
    return found == m_rows.cend() ? nullptr : &*found;
}

} // namespace tp::ui
