#include "ui/manager/FilterChoiceModel.h"

#include <algorithm>

namespace tp::ui {

int FilterChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FilterChoiceModel::valueOf(const FilterChoice &row, int role)
{
    switch (role) {
    case ValueRole:
        return row.value;
    case LabelRole:
        return row.label;
    }
    return {};
}

QVariant FilterChoiceModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> FilterChoiceModel::roleNames() const
{
    return {{ValueRole, "value"}, {LabelRole, "label"}};
}

void FilterChoiceModel::setRows(const QList<FilterChoice> &rows)
{
    const bool same = rows.size() == m_rows.size() &&
                      std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                 [](const FilterChoice &a, const FilterChoice &b) {
                                     return a.value == b.value && a.label == b.label;
                                 });
    if (!same)
        resetRows(m_rows, rows);
}

} // namespace tp::ui
