#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct SectionRow
{
    QString title;
    QString touchpoint;
    QString department;
    int answered = 0;
    int shown = 0;
    QString percentText;
};

// The script's sections with how many of their shown questions are answered.
class SectionListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        TitleRole = Qt::UserRole + 1,
        TouchpointRole,
        DepartmentRole,
        AnsweredRole,
        ShownRole,
        PercentTextRole,
    };

    explicit SectionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<SectionRow> &rows);
    const QList<SectionRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const SectionRow &row, int role);

    QList<SectionRow> m_rows;
};

} // namespace tp::ui
