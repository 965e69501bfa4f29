#include "ui/RowListModel.h"

namespace tp::ui {

RowListModel::RowListModel(const QList<QByteArray> &roleNames, QObject *parent)
    : QAbstractListModel(parent)
{
    int role = Qt::UserRole + 1;
    for (const QByteArray &name : roleNames)
        m_roles.insert(role++, name);
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto name = m_roles.constFind(role);
    if (name == m_roles.cend())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(*name));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    return m_roles;
}

void RowListModel::setRows(const QList<QVariantMap> &rows)
{
    // Rows are updated in place, and only the tail is inserted or removed, so delegates (and a
    // half-typed note, and the scroll position) survive an answer being saved.
    const qsizetype common = qMin(rows.size(), m_rows.size());
    for (qsizetype row = 0; row < common; ++row) {
        if (rows.at(row) == m_rows.at(row))
            continue;
        m_rows[row] = rows.at(row);
        emit dataChanged(index(int(row)), index(int(row)));
    }
    if (rows.size() > m_rows.size()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(rows.size() - 1));
        m_rows.append(rows.mid(m_rows.size()));
        endInsertRows();
        emit countChanged();
    } else if (rows.size() < m_rows.size()) {
        beginRemoveRows(QModelIndex(), int(rows.size()), int(m_rows.size() - 1));
        m_rows.resize(rows.size());
        endRemoveRows();
        emit countChanged();
    }
}

QVariantMap RowListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

} // namespace tp::ui
