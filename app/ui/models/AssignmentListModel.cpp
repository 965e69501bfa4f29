#include "ui/models/AssignmentListModel.h"

namespace tp::ui {

AssignmentListModel::AssignmentListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int AssignmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssignmentListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> AssignmentListModel::roleNames() const
{
    return {
        {AssignmentIdRole, "assignmentId"},
        {SiteNameRole, "siteName"},
        {IsPhoneRole, "isPhone"},
        {AddressRole, "address"},
        {ScriptTitleRole, "scriptTitle"},
        {WindowTextRole, "windowText"},
        {StateRole, "state"},
        {StateTextRole, "stateText"},
        {InProgressRole, "inProgress"},
        {DoneRole, "done"},
        {OfferedRole, "offered"},
    };
}

void AssignmentListModel::setRows(const QList<AssignmentRow> &rows)
{
    replaceRows(m_rows, rows, &AssignmentListModel::valueOf);
}

QVariant AssignmentListModel::valueOf(const AssignmentRow &row, int role)
{
    switch (role) {
    case AssignmentIdRole:
        return row.assignmentId;
    case SiteNameRole:
        return row.siteName;
    case IsPhoneRole:
        return row.isPhone;
    case AddressRole:
        return row.address;
    case ScriptTitleRole:
        return row.scriptTitle;
    case WindowTextRole:
        return row.windowText;
    case StateRole:
        return QVariant::fromValue(row.state);
    case StateTextRole:
        return row.stateText;
    case InProgressRole:
        return row.inProgress;
    case DoneRole:
        return row.done;
    case OfferedRole:
        return row.offered;
    default:
        return {};
    }
}

} // namespace tp::ui
