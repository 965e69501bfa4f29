#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Bars and points of a chart: sites by score, the trend, departments, an audit's sections, NPS
// figures, the executives' score gaps, a support line's waits.
class ChartRowModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")
    Q_PROPERTY(int valuedCount READ valuedCount NOTIFY rowsChanged)
    Q_PROPERTY(double lowestValue READ lowestValue NOTIFY rowsChanged)
    Q_PROPERTY(double widestValue READ widestValue NOTIFY rowsChanged)

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole,
        HasValueRole,
        TextRole,
        DetailRole,
        AuditsRole,
        PromotersRole,
        DetractorsRole,
        BoldRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ChartRow> &rows);
    const QList<ChartRow> &rows() const { return m_rows; }

    Q_INVOKABLE double valueAt(int row) const;
    Q_INVOKABLE bool hasValueAt(int row) const;
    int valuedCount() const;    // rows with a figure
    double lowestValue() const; // of the rows with a figure; 0 with none
    double widestValue() const; // the largest distance from zero; 0 with none

signals:
    void rowsChanged();

private:
    static QVariant valueOf(const ChartRow &row, int role);

    QList<ChartRow> m_rows;
};

} // namespace tp::ui
