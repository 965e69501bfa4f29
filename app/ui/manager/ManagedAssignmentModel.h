#pragma once

#include "ui/manager/AssignmentShapes.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// The assignments of a manager's regions, as the server pages them (the soonest window first).
class ManagedAssignmentModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        AssignmentIdRole = Qt::UserRole + 1,
        SiteRole,
        SiteLabelRole,
        CallRole,
        KindTextRole,
        ScriptTextRole,
        ShopperRole,
        ShopperNameRole,
        StartTextRole,
        DueTextRole,
        StartDayTextRole,
        DueDayTextRole,
        StateRole,
        StateNameRole,
        StateTextRole,
        ReasonRole,
        AuditUuidRole,
        OpenRole,
        OverdueRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ManagedAssignment> &rows);
    void appendRows(const QList<ManagedAssignment> &rows);
    const QList<ManagedAssignment> &rows() const { return m_rows; }

    // The row of an assignment (-1: not in the list), so a screen keeps its choice when the
    // list is fetched again.
    Q_INVOKABLE int rowOf(const QString &assignmentId) const;
    Q_INVOKABLE QString idAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
    }

private:
    static QVariant valueOf(const ManagedAssignment &row, int role);

    QList<ManagedAssignment> m_rows;
};

} // namespace tp::ui
