#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Executives' last own visits and calls.
class ExecutiveModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        UserRole = Qt::UserRole + 1,
        LabelRole,
        SelfAuditsRole,
        VisitDaysRole,
        CallDaysRole,
        VisitTextRole,
        CallTextRole,
        VisitLateRole,
        CallLateRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ExecutiveRow> &rows);
    const QList<ExecutiveRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const ExecutiveRow &row, int role);

    QList<ExecutiveRow> m_rows;
};

} // namespace tp::ui
