#include "ui/models/ChoiceListModel.h"

namespace tp::ui {

ChoiceListModel::ChoiceListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> ChoiceListModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {ValueRole, "value"},
        {LabelRole, "label"},
        {SelectedRole, "selected"},
    };
}

void ChoiceListModel::setRows(const QList<ChoiceRow> &rows)
{
    replaceRows(m_rows, rows, &ChoiceListModel::valueOf);
}

QVariant ChoiceListModel::valueOf(const ChoiceRow &row, int role)
{
    switch (role) {
    case ItemIdRole:
        return row.itemId;
    case ValueRole:
        return row.value;
    case LabelRole:
        return row.label;
    case SelectedRole:
        return row.selected;
    default:
        return {};
    }
}

} // namespace tp::ui
