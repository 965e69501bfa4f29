#include "ui/manager/HeatmapModel.h"

namespace tp::ui {

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    switch (role) {
    case LabelRole:
        return m_grid.rows.at(index.row()).label;
    case CellsRole:
        return QVariant::fromValue(m_cells.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> HeatmapModel::roleNames() const
{
    return {{LabelRole, "label"}, {CellsRole, "cells"}};
}

// Rows are rebuilt whole: a new grid usually has other sites as its columns.
void HeatmapModel::setGrid(const HeatGrid &grid)
{
    const bool columns = grid.columns != m_grid.columns;
    const bool count = grid.rows.size() != m_grid.rows.size();
    beginResetModel();
    for (HeatCellModel *cells : std::as_const(m_cells))
        cells->deleteLater();
    m_cells.clear();
    m_grid = grid;
    for (const HeatRow &row : std::as_const(m_grid.rows)) {
        auto *cells = new HeatCellModel(this);
        cells->setRows(row.cells);
        m_cells << cells;
    }
    endResetModel();
    if (count)
        emit countChanged();
    if (columns)
        emit columnsChanged();
}

} // namespace tp::ui
