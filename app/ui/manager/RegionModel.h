#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// The regions a regional manager can choose, "all my regions" first.
class RegionModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        RegionIdRole = Qt::UserRole + 1,
        LabelRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Region> &rows);
    const QList<Region> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const Region &row, int role);

    QList<Region> m_rows;
};

} // namespace tp::ui
