#pragma once

#include "core/Role.h"
#include "ui/models/SearchableListModel.h"

#include <QStringList>

namespace tp::ui {

struct UserRow
{
    QString username;
    QString displayName;
    tp::Role role = tp::Role::Shopper;
    QString roleText;
    QStringList regions; // regional managers
    QString site;        // store managers
    QString placeText;   // the regions or the site, by name
    bool disabled = false;
};

// The organisation's accounts, for an admin: who, which role, where, and whether they can sign in.
class UserListModel : public tp::ui::SearchableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller fills the list")

public:
    enum Roles
    {
        UsernameRole = Qt::UserRole + 1,
        DisplayNameRole,
        RoleRole,
        RoleTextRole,
        PlaceTextRole,
        DisabledRole,
        MatchesRole
    };
    Q_ENUM(Roles)

    using SearchableListModel::SearchableListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<UserRow> &rows);
    const QList<UserRow> &rows() const { return m_rows; }
    Q_INVOKABLE QString usernameAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).username : QString();
    }
    const UserRow *find(const QString &username) const;

protected:
    int matchesRole() const override { return MatchesRole; }

private:
    QVariant valueOf(const UserRow &row, int role) const;

    QList<UserRow> m_rows;
};

} // namespace tp::ui
