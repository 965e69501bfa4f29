#pragma once

#include "core/Role.h"
#include "ui/models/TypedListModel.h"

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
class UserListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller fills the list")
    // Rows whose words contain it have `matches` (the list shows only those); empty: all.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)

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

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<UserRow> &rows);
    const QList<UserRow> &rows() const { return m_rows; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    Q_INVOKABLE QString usernameAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).username : QString();
    }
    const UserRow *find(const QString &username) const;

signals:
    void searchTextChanged();

private:
    QVariant valueOf(const UserRow &row, int role) const;
    bool matches(const UserRow &row) const;

    QList<UserRow> m_rows;
    QString m_searchText;
};

} // namespace tp::ui
