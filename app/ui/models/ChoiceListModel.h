#pragma once

#include "ui/models/TypedListModel.h"

#include <QVariant>

#include <QString>

namespace tp::ui {

struct ChoiceRow
{
    QString itemId;
    QVariant value;
    QString label;
    bool selected = false;
};

// The answers a shopper can tap for one yes/no, scale, NPS, choice or checklist question: the
// value each saves, and whether it is the saved one.
class ChoiceListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1,
        ValueRole,
        LabelRole,
        SelectedRole,
    };

    explicit ChoiceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ChoiceRow> &rows);
    const QList<ChoiceRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const ChoiceRow &row, int role);

    QList<ChoiceRow> m_rows;
};

} // namespace tp::ui
