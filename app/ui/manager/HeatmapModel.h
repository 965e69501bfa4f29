#pragma once

#include "ui/manager/HeatCellModel.h"
#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

#include <QStringList>

namespace tp::ui {

// Touchpoint (rows) by site (columns): each row has its label and its cells as a list of their
// own; the column labels are a property.
class HeatmapModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")
    Q_PROPERTY(QStringList columns READ columns NOTIFY columnsChanged)

public:
    enum Role
    {
        LabelRole = Qt::UserRole + 1,
        CellsRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setGrid(const HeatGrid &grid);
    const HeatGrid &grid() const { return m_grid; }
    QStringList columns() const { return m_grid.columns; }

signals:
    void columnsChanged();

private:
    HeatGrid m_grid;
    QList<HeatCellModel *> m_cells; // one per row, owned
};

} // namespace tp::ui
