#include "ui/manager/ChartRowModel.h"

#include <algorithm>
#include <optional>

namespace tp::ui {

int ChartRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChartRowModel::valueOf(const ChartRow &row, int role)
{
    switch (role) {
    case KeyRole:
        return row.key;
    case LabelRole:
        return row.label;
    case ValueRole:
        return row.value;
    case HasValueRole:
        return row.hasValue;
    case TextRole:
        return row.text;
    case DetailRole:
        return row.detail;
    case AuditsRole:
        return row.audits;
    case PromotersRole:
        return row.promoters;
    case DetractorsRole:
        return row.detractors;
    case BoldRole:
        return row.bold;
    }
    return {};
}

QVariant ChartRowModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> ChartRowModel::roleNames() const
{
    return {
        {KeyRole, "key"},           {LabelRole, "label"},         {ValueRole, "value"},
        {HasValueRole, "hasValue"}, {TextRole, "text"},           {DetailRole, "detail"},
        {AuditsRole, "audits"},     {PromotersRole, "promoters"}, {DetractorsRole, "detractors"},
        {BoldRole, "bold"}};
}

void ChartRowModel::setRows(const QList<ChartRow> &rows)
{
    resetRows(m_rows, rows);
    emit rowsChanged();
}

double ChartRowModel::valueAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : 0;
}

bool ChartRowModel::hasValueAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).hasValue;
}

int ChartRowModel::valuedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ChartRow &row) { return row.hasValue; }));
}

double ChartRowModel::lowestValue() const
{
    std::optional<double> lowest;
    for (const ChartRow &row : m_rows) {
        if (row.hasValue && (!lowest || row.value < *lowest))
            lowest = row.value;
    }
    return lowest.value_or(0);
}

double ChartRowModel::widestValue() const
{
    double widest = 0;
    for (const ChartRow &row : m_rows) {
        if (row.hasValue)
            widest = qMax(widest, qAbs(row.value));
    }
    return widest;
}

} // namespace tp::ui
