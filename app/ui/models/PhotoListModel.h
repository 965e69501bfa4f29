#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct PhotoRow
{
    QString itemId;
    QString sha256;
    QString url;
};

// The photos of one answer, with what a thumbnail needs to show and remove each.
class PhotoListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1,
        Sha256Role,
        UrlRole,
    };

    explicit PhotoListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<PhotoRow> &rows);
    const QList<PhotoRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const PhotoRow &row, int role);

    QList<PhotoRow> m_rows;
};

} // namespace tp::ui
