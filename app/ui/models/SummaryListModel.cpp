#include "ui/models/SummaryListModel.h"

namespace tp::ui {

SummaryListModel::SummaryListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int SummaryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SummaryListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> SummaryListModel::roleNames() const
{
    return {
        {LabelRole, "label"},
        {DetailRole, "detail"},
        {ValueRole, "value"},
        {SectionRole, "section"},
    };
}

void SummaryListModel::setRows(const QList<SummaryRow> &rows)
{
    replaceRows(m_rows, rows, &SummaryListModel::valueOf);
}

QVariant SummaryListModel::valueOf(const SummaryRow &row, int role)
{
    switch (role) {
    case LabelRole:
        return row.label;
    case DetailRole:
        return row.detail;
    case ValueRole:
        return row.value;
    case SectionRole:
        return row.section;
    default:
        return {};
    }
}

} // namespace tp::ui
