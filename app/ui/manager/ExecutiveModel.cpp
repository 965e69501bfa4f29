#include "ui/manager/ExecutiveModel.h"

namespace tp::ui {

int ExecutiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ExecutiveModel::valueOf(const ExecutiveRow &row, int role)
{
    switch (role) {
    case UserRole:
        return row.user;
    case LabelRole:
        return row.label;
    case SelfAuditsRole:
        return row.selfAudits;
    case VisitDaysRole:
        return row.visitDays;
    case CallDaysRole:
        return row.callDays;
    case VisitTextRole:
        return row.visitText;
    case CallTextRole:
        return row.callText;
    case VisitLateRole:
        return row.visitLate;
    case CallLateRole:
        return row.callLate;
    }
    return {};
}

QVariant ExecutiveModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> ExecutiveModel::roleNames() const
{
    return {
        {UserRole, "user"},           {LabelRole, "label"},         {SelfAuditsRole, "selfAudits"},
        {VisitDaysRole, "visitDays"}, {CallDaysRole, "callDays"},   {VisitTextRole, "visitText"},
        {CallTextRole, "callText"},   {VisitLateRole, "visitLate"}, {CallLateRole, "callLate"}};
}

void ExecutiveModel::setRows(const QList<ExecutiveRow> &rows)
{
    resetRows(m_rows, rows);
}

} // namespace tp::ui
