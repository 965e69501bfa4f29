#include "ui/models/SectionListModel.h"

namespace tp::ui {

SectionListModel::SectionListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> SectionListModel::roleNames() const
{
    return {
        {TitleRole, "title"},           {TouchpointRole, "touchpoint"},
        {DepartmentRole, "department"}, {AnsweredRole, "answered"},
        {ShownRole, "shown"},           {PercentTextRole, "percentText"},
    };
}

void SectionListModel::setRows(const QList<SectionRow> &rows)
{
    replaceRows(m_rows, rows, &SectionListModel::valueOf);
}

QVariant SectionListModel::valueOf(const SectionRow &row, int role)
{
    switch (role) {
    case TitleRole:
        return row.title;
    case TouchpointRole:
        return row.touchpoint;
    case DepartmentRole:
        return row.department;
    case AnsweredRole:
        return row.answered;
    case ShownRole:
        return row.shown;
    case PercentTextRole:
        return row.percentText;
    default:
        return {};
    }
}

} // namespace tp::ui
