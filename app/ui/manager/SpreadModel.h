#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Consistency across sites, one row per touchpoint.
class SpreadModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        LabelRole = Qt::UserRole + 1,
        MinRole,
        MaxRole,
        MeanRole,
        SdRole,
        SitesRole,
        TextRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<SpreadRow> &rows);
    const QList<SpreadRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const SpreadRow &row, int role);

    QList<SpreadRow> m_rows;
};

} // namespace tp::ui
