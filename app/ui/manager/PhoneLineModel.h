#pragma once

#include "ui/manager/ChartRowModel.h"
#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Calls to support lines, one row per line: its figures, and its three waits (time to answer,
// in menus, on hold) as bars of their own.
class PhoneLineModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")
    // The longest mean wait of all lines, in seconds: the bars' common scale.
    Q_PROPERTY(double longestSeconds READ longestSeconds NOTIFY rowsChanged)

public:
    enum Role
    {
        LabelRole = Qt::UserRole + 1,
        SiteRole,
        CallsRole,
        CallsTextRole,
        TransfersTextRole,
        ResolvedTextRole,
        BarsRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<PhoneLine> &rows);
    const QList<PhoneLine> &rows() const { return m_rows; }
    double longestSeconds() const;

signals:
    void rowsChanged();

private:
    QList<PhoneLine> m_rows;
    QList<ChartRowModel *> m_bars; // one per row, owned
};

} // namespace tp::ui
