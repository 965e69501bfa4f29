#include "ui/manager/ActionListModel.h"

#include <algorithm>

namespace tp::ui {

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActionListModel::valueOf(const ActionRow &row, int role)
{
    switch (role) {
    case ActionIdRole:
        return row.id;
    case AuditRole:
        return row.audit;
    case ItemIdRole:
        return row.item;
    case ItemTextRole:
        return row.itemText;
    case SiteLabelRole:
        return row.siteLabel;
    case OwnerTextRole:
        return row.ownerText;
    case DueRole:
        return row.due;
    case NoteRole:
        return row.note;
    case DoneNoteRole:
        return row.doneNote;
    case OpenRole:
        return row.open;
    case DoneRole:
        return row.done;
    case OverdueRole:
        return row.overdue;
    case KeptRole:
        return row.kept;
    case BrokenRole:
        return row.broken;
    case StateTextRole:
        return row.stateText;
    }
    return {};
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> ActionListModel::roleNames() const
{
    return {{ActionIdRole, "actionId"}, {AuditRole, "audit"},         {ItemIdRole, "itemId"},
            {ItemTextRole, "itemText"}, {SiteLabelRole, "siteLabel"}, {OwnerTextRole, "ownerText"},
            {DueRole, "due"},           {NoteRole, "note"},           {DoneNoteRole, "doneNote"},
            {OpenRole, "open"},         {DoneRole, "done"},           {OverdueRole, "overdue"},
            {KeptRole, "kept"},         {BrokenRole, "broken"},       {StateTextRole, "stateText"}};
}

int ActionListModel::rowOf(const QString &actionId) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [&](const ActionRow &row) { return row.id == actionId; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

void ActionListModel::setRows(const QList<ActionRow> &rows)
{
    resetRows(m_rows, rows);
}

} // namespace tp::ui
