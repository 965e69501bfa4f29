#include "ui/models/MomentListModel.h"

namespace tp::ui {

MomentListModel::MomentListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int MomentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MomentListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> MomentListModel::roleNames() const
{
    return {
        {EventRole, "event"},
        {LabelRole, "label"},
        {CountRole, "count"},
        {LastTextRole, "lastText"},
    };
}

void MomentListModel::setRows(const QList<MomentRow> &rows)
{
    replaceRows(m_rows, rows, &MomentListModel::valueOf);
}

QVariant MomentListModel::valueOf(const MomentRow &row, int role)
{
    switch (role) {
    case EventRole:
        return row.event;
    case LabelRole:
        return row.label;
    case CountRole:
        return row.count;
    case LastTextRole:
        return row.lastText;
    default:
        return {};
    }
}

} // namespace tp::ui
