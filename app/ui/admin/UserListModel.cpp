#include "ui/admin/UserListModel.h"

namespace tp::ui {

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserListModel::valueOf(const UserRow &row, int role) const
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
    case PlaceTextRole:
        return row.placeText;
    case DisabledRole:
        return row.disabled;
    case MatchesRole:
        return matchesSearch({&row.displayName, &row.username, &row.roleText, &row.placeText});
    }
    return {};
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    return {{UsernameRole, "username"},   {DisplayNameRole, "displayName"},
            {RoleRole, "userRole"},       {RoleTextRole, "roleText"},
            {PlaceTextRole, "placeText"}, {DisabledRole, "disabled"},
            {MatchesRole, "matches"}};
}

void UserListModel::setRows(const QList<UserRow> &rows)
{
    replaceRows(m_rows, rows, [this](const UserRow &row, int role) { return valueOf(row, role); });
}

const UserRow *UserListModel::find(const QString &username) const
{
    for (const UserRow &row : m_rows) {
        if (row.username == username)
            return &row;
    }
    return nullptr;
}

} // namespace tp::ui
