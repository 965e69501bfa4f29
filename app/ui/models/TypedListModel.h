#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include <algorithm>

namespace tp::ui {

// What every list the screens show has in common: a row count QML can bind to, and rows that are
// replaced in place (only the tail is inserted or removed), so delegates, a half-typed note and
// the scroll position survive a refresh. Each list is its own subclass with declared roles; a
// subclass names this base in full (tp::ui::TypedListModel), or qmllint cannot resolve `count`.
class TypedListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }

signals:
    void countChanged();

protected:
    // valueOf(row, role) is the role's value of one row; a row whose values all stay the same
    // is left alone.
    template<typename Row, typename ValueOf>
    void replaceRows(QList<Row> &rows, const QList<Row> &next, ValueOf valueOf)
    {
        const QList<int> roles = roleNames().keys();
        const qsizetype common = qMin(rows.size(), next.size());
        for (qsizetype row = 0; row < common; ++row) {
            const bool same = std::all_of(roles.cbegin(), roles.cend(), [&](int role) {
                return valueOf(rows.at(row), role) == valueOf(next.at(row), role);
            });
            rows[row] = next.at(row);
            if (!same)
                emit dataChanged(index(int(row)), index(int(row)));
        }
        if (next.size() > rows.size()) {
            beginInsertRows(QModelIndex(), int(rows.size()), int(next.size() - 1));
            rows.append(next.mid(rows.size()));
            endInsertRows();
            emit countChanged();
        } else if (next.size() < rows.size()) {
            beginRemoveRows(QModelIndex(), int(next.size()), int(rows.size() - 1));
            rows.resize(next.size());
            endRemoveRows();
            emit countChanged();
        }
    }

    // Rows made anew (a reset): a delegate's wrapped text sizes its layout when it is made, not
    // when its row changes under it.
    template<typename Row> void resetRows(QList<Row> &rows, const QList<Row> &next)
    {
        const bool count = rows.size() != next.size();
        beginResetModel();
        rows = next;
        endResetModel();
        if (count)
            emit countChanged();
    }

    // Rows added at the end (the next page of a list): the rows before them, their delegates and
    // the scroll position stay.
    template<typename Row> void appendRows(QList<Row> &rows, const QList<Row> &added)
    {
        if (added.isEmpty())
            return;
        beginInsertRows(QModelIndex(), int(rows.size()), int(rows.size() + added.size() - 1));
        rows.append(added);
        endInsertRows();
        emit countChanged();
    }

    bool validRow(const QModelIndex &index) const
    {
        return checkIndex(index,
                          CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }
};

} // namespace tp::ui
