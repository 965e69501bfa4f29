#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct ClockRow
{
    QString label;
    QString valueText;
    bool running = false;
};

// The measured moments, running while their closing moment is still to come.
class ClockListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        LabelRole = Qt::UserRole + 1,
        ValueTextRole,
        RunningRole,
    };

    explicit ClockListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<ClockRow> &rows);
    const QList<ClockRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const ClockRow &row, int role);

    QList<ClockRow> m_rows;
};

} // namespace tp::ui
