#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct SiteRow
{
    QString siteId;
    QString name;
    bool isPhone = false;
    QString address;
    QString phone;
};

// Stores or support lines an executive can self-audit.
class SiteListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        SiteIdRole = Qt::UserRole + 1,
        NameRole,
        IsPhoneRole,
        AddressRole,
        PhoneRole,
    };

    explicit SiteListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<SiteRow> &rows);
    const QList<SiteRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const SiteRow &row, int role);

    QList<SiteRow> m_rows;
};

} // namespace tp::ui
