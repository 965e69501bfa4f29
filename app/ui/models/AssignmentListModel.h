#pragma once

#include "core/AssignmentState.h"

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct AssignmentRow
{
    QString assignmentId;
    QString siteName;
    bool isPhone = false;
    QString address;
    QString scriptTitle;
    QString windowText;
    tp::assignment_states::AssignmentState state = tp::AssignmentState::Offered;
    QString stateText;
    bool inProgress = false;
    bool done = false;
    bool offered = false;
};

// My assignments: where, which script, in which window, and how far along each is.
class AssignmentListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        AssignmentIdRole = Qt::UserRole + 1,
        SiteNameRole,
        IsPhoneRole,
        AddressRole,
        ScriptTitleRole,
        WindowTextRole,
        StateRole,
        StateTextRole,
        InProgressRole,
        DoneRole,
        OfferedRole,
    };

    explicit AssignmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<AssignmentRow> &rows);
    const QList<AssignmentRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const AssignmentRow &row, int role);

    QList<AssignmentRow> m_rows;
};

} // namespace tp::ui
