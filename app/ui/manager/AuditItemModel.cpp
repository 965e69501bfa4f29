#include "ui/manager/AuditItemModel.h"

namespace tp::ui {

int AuditItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditItemModel::valueOf(const AuditItemRow &row, int role)
{
    switch (role) {
    case ItemIdRole:
        return row.item;
    case SectionRole:
        return row.section;
    case SectionTitleRole:
        return row.sectionTitle;
    case DepartmentRole:
        return row.department;
    case PromptRole:
        return row.prompt;
    case CriticalRole:
        return row.critical;
    case AnswerTextRole:
        return row.answerText;
    case NoteRole:
        return row.note;
    case FailedRole:
        return row.failed;
    case LowRole:
        return row.low;
    case ResultTextRole:
        return row.resultText;
    case PointsTextRole:
        return row.pointsText;
    case ActionableRole:
        return row.actionable;
    case CanActRole:
        return row.canAct;
    }
    return {};
}

QVariant AuditItemModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> AuditItemModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {SectionRole, "section"},
            {SectionTitleRole, "sectionTitle"},
            {DepartmentRole, "department"},
            {PromptRole, "prompt"},
            {CriticalRole, "critical"},
            {AnswerTextRole, "answerText"},
            {NoteRole, "note"},
            {FailedRole, "failed"},
            {LowRole, "low"},
            {ResultTextRole, "resultText"},
            {PointsTextRole, "pointsText"},
            {ActionableRole, "actionable"},
            {CanActRole, "canAct"}};
}

void AuditItemModel::setRows(const QList<AuditItemRow> &rows)
{
    resetRows(m_rows, rows);
}

} // namespace tp::ui
