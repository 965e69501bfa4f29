#include "ui/manager/PhoneLineModel.h"

#include "ui/manager/ReportShapes.h"

namespace tp::ui {

int PhoneLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhoneLineModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const PhoneLine &line = m_rows.at(index.row());
    switch (role) {
    case LabelRole:
        return line.label;
    case SiteRole:
        return line.site;
    case CallsRole:
        return line.calls;
    case CallsTextRole:
        return line.callsText;
    case TransfersTextRole:
        return line.transfersText;
    case ResolvedTextRole:
        return line.resolvedText;
    case BarsRole:
        return QVariant::fromValue(m_bars.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> PhoneLineModel::roleNames() const
{
    return {{LabelRole, "label"},
            {SiteRole, "site"},
            {CallsRole, "calls"},
            {CallsTextRole, "callsText"},
            {TransfersTextRole, "transfersText"},
            {ResolvedTextRole, "resolvedText"},
            {BarsRole, "bars"}};
}

void PhoneLineModel::setRows(const QList<PhoneLine> &rows)
{
    const bool count = rows.size() != m_rows.size();
    beginResetModel();
    for (ChartRowModel *bars : std::as_const(m_bars))
        bars->deleteLater();
    m_bars.clear();
    m_rows = rows;
    for (const PhoneLine &line : std::as_const(m_rows)) {
        auto *bars = new ChartRowModel(this);
        bars->setRows(shapes::phoneBars(line));
        m_bars << bars;
    }
    endResetModel();
    if (count)
        emit countChanged();
    emit rowsChanged();
}

double PhoneLineModel::longestSeconds() const
{
    double longest = 0;
    for (const PhoneLine &line : m_rows)
        longest = qMax(longest, qMax(line.answer, qMax(line.menus, line.hold)));
    return longest;
}

} // namespace tp::ui
