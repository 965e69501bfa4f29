#include "ui/models/DemoAccountListModel.h"

namespace tp::ui {

DemoAccountListModel::DemoAccountListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int DemoAccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DemoAccountListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> DemoAccountListModel::roleNames() const
{
    return {
        {UsernameRole, "username"},
        {DisplayNameRole, "displayName"},
        {RoleRole, "role"},
        {RoleTextRole, "roleText"},
    };
}

void DemoAccountListModel::setRows(const QList<DemoAccountRow> &rows)
{
    replaceRows(m_rows, rows, &DemoAccountListModel::valueOf);
}

QVariant DemoAccountListModel::valueOf(const DemoAccountRow &row, int role)
{
    switch (role) {
    case UsernameRole:
        return row.username;
    case DisplayNameRole:
        return row.displayName;
    case RoleRole:
        return QVariant::fromValue(row.role);
    case RoleTextRole:
        return row.roleText;
    default:
        return {};
    }
}

} // namespace tp::ui
