#include "ui/manager/SpreadModel.h"

namespace tp::ui {

int SpreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpreadModel::valueOf(const SpreadRow &row, int role)
{
    switch (role) {
    case LabelRole:
        return row.label;
    case MinRole:
        return row.min;
    case MaxRole:
        return row.max;
    case MeanRole:
        return row.mean;
    case SdRole:
        return row.sd;
    case SitesRole:
        return row.sites;
    case TextRole:
        return row.text;
    }
    return {};
}

QVariant SpreadModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> SpreadModel::roleNames() const
{
    return {{LabelRole, "label"}, {MinRole, "min"},     {MaxRole, "max"},  {MeanRole, "mean"},
            {SdRole, "sd"},       {SitesRole, "sites"}, {TextRole, "text"}};
}

void SpreadModel::setRows(const QList<SpreadRow> &rows)
{
    resetRows(m_rows, rows);
}

} // namespace tp::ui
