#include "ui/models/SiteListModel.h"

namespace tp::ui {

SiteListModel::SiteListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> SiteListModel::roleNames() const
{
    return {
        {SiteIdRole, "siteId"},   {NameRole, "name"},   {IsPhoneRole, "isPhone"},
        {AddressRole, "address"}, {PhoneRole, "phone"},
    };
}

void SiteListModel::setRows(const QList<SiteRow> &rows)
{
    replaceRows(m_rows, rows, &SiteListModel::valueOf);
}

QVariant SiteListModel::valueOf(const SiteRow &row, int role)
{
    switch (role) {
    case SiteIdRole:
        return row.siteId;
    case NameRole:
        return row.name;
    case IsPhoneRole:
        return row.isPhone;
    case AddressRole:
        return row.address;
    case PhoneRole:
        return row.phone;
    default:
        return {};
    }
}

} // namespace tp::ui
