#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

// A read-only list model over rows of named values: the small lists the screens show
// (assignments, history, sites). Roles are the row keys, starting at Qt::UserRole + 1.
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from FieldApp and AuditSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    RowListModel(const QList<QByteArray> &roleNames, QObject *parent);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<QVariantMap> &rows);
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QHash<int, QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace tp::ui
