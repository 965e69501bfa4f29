#include "ui/manager/AuditFilterModel.h"

#include <QCollator>
#include <QHash>

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
        connect(m_audits, &QAbstractItemModel::modelReset, this, &AuditFilterModel::sourceReset);
        connect(m_audits, &QAbstractItemModel::rowsInserted, this,
                &AuditFilterModel::sourceAppended);
        connect(m_audits, &QAbstractItemModel::rowsRemoved, this, &AuditFilterModel::sourceReset);
        connect(m_audits, &QAbstractItemModel::dataChanged, this, &AuditFilterModel::sourceReset);
        connect(m_audits, &QObject::destroyed, this, [this] {
            m_audits = nullptr;
            sourceReset();
        });
    }
    sourceReset();
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

void AuditFilterModel::sourceReset()
{
    m_searchKeys.clear();
    m_siteRanks.clear();
    m_rankOf.clear();
    m_shown.clear();
    m_shownNeedle.clear();
    m_shownFrom = 0;
    sourceAppended();
}

// Rows added at the end of the source (a page loaded): their keys, and the site ranks again if
// a site came that was not there before.
void AuditFilterModel::sourceAppended()
{
    const QList<AuditRow> source = m_audits ? m_audits->rows() : QList<AuditRow>();
    const qsizetype known = m_searchKeys.size();
    bool newSite = false;
    for (qsizetype i = known; i < source.size(); ++i) {
        const AuditRow &row = source.at(i);
        const QChar gap(QChar::LineFeed); // never typed into the search field
        m_searchKeys.append((row.siteLabel + gap + row.auditorText + gap + row.stateText + gap +
                             row.modeText + gap + row.startedText)
                                .toCaseFolded());
        if (!m_rankOf.contains(row.siteLabel)) {
            m_rankOf.insert(row.siteLabel, -1); // ranked below, with the others
            newSite = true;
        }
    }
    if (newSite) {
        QStringList names = m_rankOf.keys();
        QCollator collator;
        std::sort(names.begin(), names.end(), [&collator](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        for (int i = 0; i < names.size(); ++i)
            m_rankOf[names.at(i)] = i;
        m_siteRanks.clear();
    }
    for (qsizetype i = m_siteRanks.size(); i < source.size(); ++i)
        m_siteRanks.append(m_rankOf.value(source.at(i).siteLabel));
    rebuild();
}

QString AuditFilterModel::foldedNeedle() const
{
    return m_searchText.trimmed().toCaseFolded();
}

bool AuditFilterModel::matches(int sourceRow, const QString &needle) const
{
    return needle.isEmpty() || m_searchKeys.at(sourceRow).contains(needle);
}

void AuditFilterModel::sortRows(QList<int> &sourceRows) const
{
    if (!m_audits || m_order == Order::Newest) {
        std::sort(sourceRows.begin(), sourceRows.end()); // the server's order: the newest first
        return;
    }
    const QList<AuditRow> &source = m_audits->rows();
    // Stable: rows that compare equal keep the server's order.
    std::stable_sort(sourceRows.begin(), sourceRows.end(), [&](int a, int b) {
        switch (m_order) {
        case Order::Site:
            return m_siteRanks.at(a) < m_siteRanks.at(b);
        case Order::LowestScore:
            return source.at(a).overall < source.at(b).overall;
        case Order::HighestScore:
            return source.at(a).overall > source.at(b).overall;
        case Order::State:
            return int(source.at(a).state) < int(source.at(b).state);
        case Order::Newest:
            break;
        }
        return false;
    });
}

void AuditFilterModel::rebuild()
{
    const QString needle = foldedNeedle();
    const qsizetype sourceSize = m_searchKeys.size();
    QList<int> next;
    // Typing on narrows what is shown: only the rows shown can still match.
    const bool narrowing =
        !m_shownNeedle.isEmpty() && needle.contains(m_shownNeedle) && m_shownFrom == sourceSize;
    if (narrowing) {
        for (const int row : std::as_const(m_shown)) {
            if (matches(row, needle))
                next.append(row);
        }
    } else {
        next.reserve(sourceSize);
        for (int row = 0; row < sourceSize; ++row) {
            if (matches(row, needle))
                next.append(row);
        }
    }
    sortRows(next);
    m_shownNeedle = needle;
    m_shownFrom = sourceSize;
    show(next);
}

void AuditFilterModel::show(const QList<int> &sourceRows)
{
    const QList<AuditRow> source = m_audits ? m_audits->rows() : QList<AuditRow>();
    // A page loaded in the server's order only adds rows at the end: the rows shown stay, and
    // the view keeps its place.
    const bool onlyAdded = !m_shown.isEmpty() && sourceRows.size() >= m_shown.size() &&
                           std::equal(m_shown.cbegin(), m_shown.cend(), sourceRows.cbegin());
    if (onlyAdded) {
        QList<AuditRow> added;
        added.reserve(sourceRows.size() - m_shown.size());
        for (qsizetype i = m_shown.size(); i < sourceRows.size(); ++i)
            added.append(source.at(sourceRows.at(i)));
        m_shown = sourceRows;
        appendRows(added);
        return;
    }
    QList<AuditRow> rows;
    rows.reserve(sourceRows.size());
    for (const int row : sourceRows)
        rows.append(source.at(row));
    // Another order of the same rows (a column sorted): moved, not made again.
    if (!m_shown.isEmpty() && sourceRows.size() == m_shown.size()) {
        QHash<int, int> shownAt;
        shownAt.reserve(m_shown.size());
        for (int i = 0; i < m_shown.size(); ++i)
            shownAt.insert(m_shown.at(i), i);
        QList<int> oldRowOf;
        oldRowOf.reserve(sourceRows.size());
        for (const int row : sourceRows) {
            const auto at = shownAt.constFind(row);
            if (at == shownAt.cend())
                break;
            oldRowOf.append(*at);
        }
        if (oldRowOf.size() == sourceRows.size()) {
            m_shown = sourceRows;
            reorderRows(rows, oldRowOf);
            return;
        }
    }
    m_shown = sourceRows;
    setRows(rows);
}

} // namespace tp::ui
