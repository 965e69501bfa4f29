#include "ui/manager/LabelTextModel.h"

namespace tp::ui {

int LabelTextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LabelTextModel::valueOf(const LabelText &row, int role)
{
    switch (role) {
    case LabelRole:
        return row.label;
    case TextRole:
        return row.text;
    }
    return {};
}

QVariant LabelTextModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> LabelTextModel::roleNames() const
{
    return {{LabelRole, "label"}, {TextRole, "text"}};
}

void LabelTextModel::setRows(const QList<LabelText> &rows)
{
    resetRows(m_rows, rows);
}

} // namespace tp::ui
