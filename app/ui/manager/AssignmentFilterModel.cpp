#include "ui/manager/AssignmentFilterModel.h"

#include <algorithm>

namespace tp::ui {

AssignmentFilterModel::AssignmentFilterModel(QObject *parent)
    : ManagedAssignmentModel(parent)
{
}

void AssignmentFilterModel::setAssignments(ManagedAssignmentModel *assignments)
{
    if (assignments == m_assignments)
        return;
    if (m_assignments)
        disconnect(m_assignments, nullptr, this, nullptr);
    m_assignments = assignments;
    if (m_assignments) {
        connect(m_assignments, &QAbstractItemModel::modelReset, this,
                &AssignmentFilterModel::rebuild);
        connect(m_assignments, &QAbstractItemModel::rowsInserted, this,
                &AssignmentFilterModel::rebuild);
        connect(m_assignments, &QAbstractItemModel::rowsRemoved, this,
                &AssignmentFilterModel::rebuild);
        connect(m_assignments, &QAbstractItemModel::dataChanged, this,
                &AssignmentFilterModel::rebuild);
        connect(m_assignments, &QObject::destroyed, this, [this] {
            m_assignments = nullptr;
            rebuild();
        });
    }
    rebuild();
    emit assignmentsChanged();
}

void AssignmentFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    rebuild();
    emit searchTextChanged();
}

void AssignmentFilterModel::setShopper(const QString &shopper)
{
    if (shopper == m_shopper)
        return;
    m_shopper = shopper;
    rebuild();
    emit shopperChanged();
}

void AssignmentFilterModel::setOrder(Column order)
{
    if (order == m_order)
        return;
    m_order = order;
    rebuild();
    emit orderChanged();
}

void AssignmentFilterModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    rebuild();
    emit orderChanged();
}

void AssignmentFilterModel::sortBy(Column column)
{
    if (column == m_order) {
        setDescending(!m_descending);
        return;
    }
    m_order = column;
    m_descending = false;
    rebuild();
    emit orderChanged();
}

bool AssignmentFilterModel::matches(const ManagedAssignment &row) const
{
    if (!m_shopper.isEmpty() && row.shopper != m_shopper)
        return false;
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString *field : {&row.siteLabel, &row.shopperName, &row.shopper, &row.kindText,
                                 &row.stateText, &row.id, &row.dueText}) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

namespace {

int compareText(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a, b);
}

} // namespace

// Strictly before in the chosen order; equal keys fall back to the id, so that no two rows
// compare equal.
bool AssignmentFilterModel::before(const ManagedAssignment &a, const ManagedAssignment &b) const
{
    int order = 0;
    switch (m_order) {
    case Column::Start:
        order = QString::compare(a.windowStart, b.windowStart);
        break;
    case Column::Site:
        order = compareText(a.siteLabel, b.siteLabel);
        break;
    case Column::Shopper:
        order = compareText(a.shopperName, b.shopperName);
        break;
    case Column::Kind:
        order = int(a.call) - int(b.call);
        break;
    case Column::Due:
        order = QString::compare(a.windowEnd, b.windowEnd);
        break;
    case Column::State:
        order = int(a.state) - int(b.state);
        break;
    }
    if (order == 0)
        order = QString::compare(a.id, b.id);
    return m_descending ? order > 0 : order < 0;
}

void AssignmentFilterModel::rebuild()
{
    QList<ManagedAssignment> next;
    if (m_assignments) {
        for (const ManagedAssignment &row : m_assignments->rows()) {
            if (matches(row))
                next.append(row);
        }
    }
    // The server's order is kept as it came (the pages follow one another in it).
    if (!serverOrder())
        std::sort(next.begin(), next.end(),
                  [this](const ManagedAssignment &a, const ManagedAssignment &b) {
                      return before(a, b);
                  });
    const QList<ManagedAssignment> &shown = rows();
    const bool onlyAdded = next.size() >= shown.size() &&
                           std::equal(shown.cbegin(), shown.cend(), next.cbegin(),
                                      [](const ManagedAssignment &a, const ManagedAssignment &b) {
                                          return a.id == b.id && a.stateName == b.stateName &&
                                                 a.reason == b.reason && a.overdue == b.overdue;
                                      });
    if (onlyAdded && !shown.isEmpty())
        appendRows(next.mid(shown.size()));
    else
        setRows(next);
}

} // namespace tp::ui
