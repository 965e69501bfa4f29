#pragma once

#include "core/Role.h"

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct DemoAccountRow
{
    QString username;
    QString displayName;
    tp::roles::Role role = tp::Role::Shopper;
    QString roleText;
};

// The demo organisation's users, offered on the sign-in screen in demo mode.
class DemoAccountListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        UsernameRole = Qt::UserRole + 1,
        DisplayNameRole,
        RoleRole,
        RoleTextRole,
    };

    explicit DemoAccountListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<DemoAccountRow> &rows);
    const QList<DemoAccountRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const DemoAccountRow &row, int role);

    QList<DemoAccountRow> m_rows;
};

} // namespace tp::ui
