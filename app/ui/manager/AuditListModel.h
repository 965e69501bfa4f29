#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// Audits as a list: the review queue, every audit of the period, a store's reviewed audits.
class AuditListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SiteRole,
        SiteLabelRole,
        StartedTextRole,
        AuditorTextRole,
        OverallRole,
        OverallTextRole,
        PassedRole,
        CriticalFailuresRole,
        ReviewStateRole,
        StateTextRole,
        ModeTextRole
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<AuditRow> &rows);
    void appendRows(const QList<AuditRow> &rows);
    // The same rows in another order (`rows[i]` was row `oldRowOf[i]`): a layout change, so the
    // views keep their delegates and only show new values in them.
    void reorderRows(const QList<AuditRow> &rows, const QList<int> &oldRowOf);
    const QList<AuditRow> &rows() const { return m_rows; }

    QString uuidAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
    }

private:
    static QVariant valueOf(const AuditRow &row, int role);

    QList<AuditRow> m_rows;
};

} // namespace tp::ui
