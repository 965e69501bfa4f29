#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct SummaryRow
{
    QString label;
    QString detail;
    QString value;
    int section = -1;
};

// One list of the score summary: what, where (a section title), a value, and the section that
// opens on a tap (-1: none).
class SummaryListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        LabelRole = Qt::UserRole + 1,
        DetailRole,
        ValueRole,
        SectionRole,
    };

    explicit SummaryListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<SummaryRow> &rows);
    const QList<SummaryRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const SummaryRow &row, int role);

    QList<SummaryRow> m_rows;
};

} // namespace tp::ui
