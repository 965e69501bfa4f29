#include "ui/manager/AuditFilterModel.h"

#include <algorithm>

namespace tp::ui {

AuditFilterModel::AuditFilterModel(QObject *parent)
    : AuditListModel(parent)
{
}

void AuditFilterModel::setAudits(AuditListModel *audits)
{
    if (audits == m_audits)
        return;
    if (m_audits)
        disconnect(m_audits, nullptr, this, nullptr);
    m_audits = audits;
    if (m_audits) {
        connect(m_audits, &QAbstractItemModel::modelReset, this, &AuditFilterModel::rebuild);
        connect(m_audits, &QAbstractItemModel::rowsInserted, this, &AuditFilterModel::rebuild);
        connect(m_audits, &QAbstractItemModel::rowsRemoved, this, &AuditFilterModel::rebuild);
        connect(m_audits, &QAbstractItemModel::dataChanged, this, &AuditFilterModel::rebuild);
        connect(m_audits, &QObject::destroyed, this, [this] {
            m_audits = nullptr;
            rebuild();
        });
    }
    rebuild();
    emit auditsChanged();
}

void AuditFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    rebuild();
    emit searchTextChanged();
}

void AuditFilterModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    rebuild();
    emit orderChanged();
}

bool AuditFilterModel::matches(const AuditRow &row) const
{
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString *field :
         {&row.siteLabel, &row.auditorText, &row.stateText, &row.modeText, &row.startedText}) {
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void AuditFilterModel::rebuild()
{
    QList<AuditRow> next;
    if (m_audits) {
        for (const AuditRow &row : m_audits->rows()) {
            if (matches(row))
                next.append(row);
        }
    }
    // Stable: rows that compare equal keep the server's order (newest first).
    std::stable_sort(next.begin(), next.end(), [this](const AuditRow &a, const AuditRow &b) {
        switch (m_order) {
        case Order::Site:
            return QString::localeAwareCompare(a.siteLabel, b.siteLabel) < 0;
        case Order::LowestScore:
            return a.overall < b.overall;
        case Order::HighestScore:
            return a.overall > b.overall;
        case Order::State:
            return int(a.state) < int(b.state);
        case Order::Newest:
            break;
        }
        return false;
    });
    const QList<AuditRow> &shown = rows();
    const bool onlyAdded =
        next.size() >= shown.size() &&
        std::equal(shown.cbegin(), shown.cend(), next.cbegin(),
                   [](const AuditRow &a, const AuditRow &b) { return a.uuid == b.uuid; });
    if (onlyAdded && !shown.isEmpty())
        appendRows(next.mid(shown.size()));
    else
        setRows(next);
}

} // namespace tp::ui
