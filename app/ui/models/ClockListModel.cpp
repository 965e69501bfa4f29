#include "ui/models/ClockListModel.h"

namespace tp::ui {

ClockListModel::ClockListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int ClockListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClockListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> ClockListModel::roleNames() const
{
    return {
        {LabelRole, "label"},
        {ValueTextRole, "valueText"},
        {RunningRole, "running"},
    };
}

void ClockListModel::setRows(const QList<ClockRow> &rows)
{
    replaceRows(m_rows, rows, &ClockListModel::valueOf);
}

QVariant ClockListModel::valueOf(const ClockRow &row, int role)
{
    switch (role) {
    case LabelRole:
        return row.label;
    case ValueTextRole:
        return row.valueText;
    case RunningRole:
        return row.running;
    default:
        return {};
    }
}

} // namespace tp::ui
