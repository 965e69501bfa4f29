#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Short lines of a label and a text: an audit's timeline, its trust reasons.
class LabelTextModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        LabelRole = Qt::UserRole + 1,
        TextRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<LabelText> &rows);
    const QList<LabelText> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const LabelText &row, int role);

    QList<LabelText> m_rows;
};

} // namespace tp::ui
