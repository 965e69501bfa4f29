#pragma once

#include "ui/models/SearchableListModel.h"

namespace tp::ui {

struct AdminRegionRow
{
    QString id;
    QString name;
    int stores = 0;
    int lines = 0;
    QString sitesText; // "3 stores · 1 support line"
};

// The organisation's regions, with how many stores and support lines each has, for an admin.
class AdminRegionModel : public tp::ui::SearchableListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller fills the list")

public:
    enum Roles
    {
        RegionIdRole = Qt::UserRole + 1,
        NameRole,
        SitesTextRole,
        MatchesRole
    };
    Q_ENUM(Roles)

    using SearchableListModel::SearchableListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<AdminRegionRow> &rows);
    const QList<AdminRegionRow> &rows() const { return m_rows; }
    Q_INVOKABLE QString regionIdAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
    }
    const AdminRegionRow *find(const QString &id) const;

protected:
    int matchesRole() const override { return MatchesRole; }

private:
    QVariant valueOf(const AdminRegionRow &row, int role) const;

    QList<AdminRegionRow> m_rows;
};

} // namespace tp::ui
