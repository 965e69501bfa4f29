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
    // Same length: update the rows in place, so delegates (and a half-typed note, and the
    // scroll position) survive an answer being saved.
    if (rows.size() == m_rows.size()) {
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row) == m_rows.at(row))
                continue;
            m_rows[row] = rows.at(row);
            emit dataChanged(index(row), index(row));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

QVariantMap RowListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

} // namespace tp::ui
