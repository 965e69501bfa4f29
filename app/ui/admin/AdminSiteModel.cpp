#include "ui/admin/AdminSiteModel.h"

namespace tp::ui {

int AdminSiteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AdminSiteModel::valueOf(const AdminSiteRow &row, int role) const
{
    switch (role) {
    case SiteIdRole:
        return row.id;
    case NameRole:
        return row.name;
    case RegionTextRole:
        return row.regionText;
    case IsPhoneRole:
        return row.isPhone;
    case PlaceTextRole:
        return row.placeText;
    case TimezoneRole:
        return row.timezone;
    case MatchesRole:
        return matchesSearch({&row.name, &row.id, &row.regionText, &row.placeText});
    }
    return {};
}

QVariant AdminSiteModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> AdminSiteModel::roleNames() const
{
    return {{SiteIdRole, "siteId"},   {NameRole, "name"},           {RegionTextRole, "regionText"},
            {IsPhoneRole, "isPhone"}, {PlaceTextRole, "placeText"}, {TimezoneRole, "timezone"},
            {MatchesRole, "matches"}};
}

void AdminSiteModel::setRows(const QList<AdminSiteRow> &rows)
{
    replaceRows(m_rows, rows,
                [this](const AdminSiteRow &row, int role) { return valueOf(row, role); });
}

const AdminSiteRow *AdminSiteModel::find(const QString &id) const
{
    for (const AdminSiteRow &row : m_rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

} // namespace tp::ui
