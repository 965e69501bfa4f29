#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// The cells of one heat map row, one per site.
class HeatCellModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        ValueRole = Qt::UserRole + 1,
        HasValueRole,
        TextRole,
        AuditsRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<HeatCell> &rows);
    const QList<HeatCell> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const HeatCell &row, int role);

    QList<HeatCell> m_rows;
};

} // namespace tp::ui
