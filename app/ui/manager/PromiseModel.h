#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Promises kept and broken, per site.
class PromiseModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        SiteRole = Qt::UserRole + 1,
        LabelRole,
        ActionsRole,
        OpenRole,
        OverdueRole,
        KeptRole,
        LateRole,
        BrokenRole,
        KeptPercentRole,
        KeptTextRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<PromiseRow> &rows);
    const QList<PromiseRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const PromiseRow &row, int role);

    QList<PromiseRow> m_rows;
};

} // namespace tp::ui
