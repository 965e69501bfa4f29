#pragma once

#include "ui/models/SearchableListModel.h"

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
class AdminSiteModel : public tp::ui::SearchableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller fills the list")

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

    using SearchableListModel::SearchableListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<AdminSiteRow> &rows);
    const QList<AdminSiteRow> &rows() const { return m_rows; }
    Q_INVOKABLE QString siteIdAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
    }
    const AdminSiteRow *find(const QString &id) const;

protected:
    int matchesRole() const override { return MatchesRole; }

private:
    QVariant valueOf(const AdminSiteRow &row, int role) const;

    QList<AdminSiteRow> m_rows;
};

} // namespace tp::ui
