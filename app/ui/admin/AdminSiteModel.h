#pragma once

#include "ui/models/TypedListModel.h"

#include <QJsonObject>

namespace tp::ui {

struct AdminSiteRow
{
    QString id;
    QString name;
    QString region;
    QString regionText;
    bool isPhone = false;
    QString address;
    QString phone;
    QString timezone;
    QString placeText; // address or phone line, in one line
    QJsonObject json;  // as the server sent it: what an edit starts from
};

// The organisation's stores and support lines, for an admin.
class AdminSiteModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller fills the list")
    // Rows whose words contain it have `matches` (the list shows only those); empty: all.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)

public:
    enum Roles
    {
        SiteIdRole = Qt::UserRole + 1,
        NameRole,
        RegionTextRole,
        IsPhoneRole,
        PlaceTextRole,
        TimezoneRole,
        MatchesRole
    };
    Q_ENUM(Roles)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<AdminSiteRow> &rows);
    const QList<AdminSiteRow> &rows() const { return m_rows; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    Q_INVOKABLE QString siteIdAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
    }
    const AdminSiteRow *find(const QString &id) const;

signals:
    void searchTextChanged();

private:
    QVariant valueOf(const AdminSiteRow &row, int role) const;
    bool matches(const AdminSiteRow &row) const;

    QList<AdminSiteRow> m_rows;
    QString m_searchText;
};

} // namespace tp::ui
