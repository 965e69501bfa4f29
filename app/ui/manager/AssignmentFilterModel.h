#pragma once

#include "ui/manager/ManagedAssignmentModel.h"

namespace tp::ui {

// The loaded assignments that match the shopper chosen and the search text (site, shopper,
// kind, state, id), sorted by one column; rows that compare equal are in the order of their
// ids, so that the order never depends on how the pages came. The server filters by state and
// site; the shopper and the text are filtered here. A new page adds rows without resetting
// the rows shown while the order is the server's.
class AssignmentFilterModel : public tp::ui::ManagedAssignmentModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_CLASSINFO("QML.Creatable", "true") // the lists it shows are not

    Q_PROPERTY(tp::ui::ManagedAssignmentModel *assignments READ assignments WRITE setAssignments
                   NOTIFY assignmentsChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString shopper READ shopper WRITE setShopper NOTIFY shopperChanged)
    Q_PROPERTY(Column order READ order WRITE setOrder NOTIFY orderChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY orderChanged)
    // Sorted as the server sends them (window start, then id, ascending).
    Q_PROPERTY(bool serverOrder READ serverOrder NOTIFY orderChanged)

public:
    enum class Column
    {
        Start,
        Site,
        Shopper,
        Kind,
        Due,
        State
    };
    Q_ENUM(Column)

    explicit AssignmentFilterModel(QObject *parent = nullptr);

    ManagedAssignmentModel *assignments() const { return m_assignments; }
    void setAssignments(ManagedAssignmentModel *assignments);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QString shopper() const { return m_shopper; } // a username; empty: everyone
    void setShopper(const QString &shopper);
    Column order() const { return m_order; }
    void setOrder(Column order);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    bool serverOrder() const { return m_order == Column::Start && !m_descending; }

    // A click on a column's header: sorts by it, or the other way when it sorts by it already.
    Q_INVOKABLE void sortBy(tp::ui::AssignmentFilterModel::Column column);

signals:
    void assignmentsChanged();
    void searchTextChanged();
    void shopperChanged();
    void orderChanged();

private:
    void rebuild();
    bool matches(const ManagedAssignment &row) const;
    bool before(const ManagedAssignment &a, const ManagedAssignment &b) const;

    ManagedAssignmentModel *m_assignments = nullptr;
    QString m_searchText;
    QString m_shopper;
    Column m_order = Column::Start;
    bool m_descending = false;
};

} // namespace tp::ui
