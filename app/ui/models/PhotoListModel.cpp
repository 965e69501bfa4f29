#include "ui/models/PhotoListModel.h"

namespace tp::ui {

PhotoListModel::PhotoListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int PhotoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> PhotoListModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {Sha256Role, "sha256"},
        {UrlRole, "url"},
    };
}

void PhotoListModel::setRows(const QList<PhotoRow> &rows)
{
    replaceRows(m_rows, rows, &PhotoListModel::valueOf);
}

QVariant PhotoListModel::valueOf(const PhotoRow &row, int role)
{
    switch (role) {
    case ItemIdRole:
        return row.itemId;
    case Sha256Role:
        return row.sha256;
    case UrlRole:
        return row.url;
    default:
        return {};
    }
}

} // namespace tp::ui
