#pragma once

#include "ui/manager/ManagerRows.h"
#include "ui/models/TypedListModel.h"

namespace tp::ui {

// The photos of the open audit, as local files.
class PhotoModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controllers fill the lists")

public:
    enum Role
    {
        UrlRole = Qt::UserRole + 1
    };
    Q_ENUM(Role)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<QUrl> &rows);
    const QList<QUrl> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const QUrl &row, int role);

    QList<QUrl> m_rows;
};

} // namespace tp::ui
