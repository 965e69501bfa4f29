#include "ui/manager/PhotoModel.h"

namespace tp::ui {

int PhotoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhotoModel::valueOf(const QUrl &row, int role)
{
    switch (role) {
    case UrlRole:
        return row;
    }
    return {};
}

QVariant PhotoModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> PhotoModel::roleNames() const
{
    return {{UrlRole, "url"}};
}

void PhotoModel::setRows(const QList<QUrl> &rows)
{
    replaceRows(m_rows, rows, &PhotoModel::valueOf);
}

} // namespace tp::ui
