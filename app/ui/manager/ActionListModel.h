#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Corrective actions: a region's or a store's, or one audit's.
class ActionListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        AuditRole,
        ItemIdRole,
        ItemTextRole,
        SiteLabelRole,
        OwnerTextRole,
        DueRole,
        NoteRole,
        DoneNoteRole,
        OpenRole,
        DoneRole,
        OverdueRole,
        KeptRole,
        BrokenRole,
        StateTextRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ActionRow> &rows);
    // The row of an action (-1: not in the list), so a screen keeps its choice when the list is
    // fetched again.
    Q_INVOKABLE int rowOf(const QString &actionId) const;
    const QList<ActionRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const ActionRow &row, int role);

    QList<ActionRow> m_rows;
};

} // namespace tp::ui
