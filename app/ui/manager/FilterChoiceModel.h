#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct FilterChoice
{
    QString value; // empty: no filter
    QString label;
};

// The choices of a filter's combo box ("All states", "Offered", ...): the value it filters by
// and its label.
class FilterChoiceModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        ValueRole = Qt::UserRole + 1,
        LabelRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Only a changed list is set: a combo box keeps its choice.
    void setRows(const QList<FilterChoice> &rows);
    const QList<FilterChoice> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const FilterChoice &row, int role);

    QList<FilterChoice> m_rows;
};

} // namespace tp::ui
