#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct MomentRow
{
    QString event;
    QString label;
    int count = 0;
    QString lastText;
};

// The moments of truth a shopper taps: how often each was tapped, and when last.
class MomentListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        EventRole = Qt::UserRole + 1,
        LabelRole,
        CountRole,
        LastTextRole,
    };

    explicit MomentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<MomentRow> &rows);
    const QList<MomentRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const MomentRow &row, int role);

    QList<MomentRow> m_rows;
};

} // namespace tp::ui
