#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// The answered items of one audit in detail (hidden ones left out).
class AuditItemModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        SectionRole,
        SectionTitleRole,
        DepartmentRole,
        PromptRole,
        CriticalRole,
        AnswerTextRole,
        NoteRole,
        FailedRole,
        LowRole,
        ResultTextRole,
        PointsTextRole,
        ActionableRole,
        CanActRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<AuditItemRow> &rows);
    const QList<AuditItemRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const AuditItemRow &row, int role);

    QList<AuditItemRow> m_rows;
};

} // namespace tp::ui
