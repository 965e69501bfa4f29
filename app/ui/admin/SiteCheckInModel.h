#pragma once

#include "ui/models/TypedListModel.h"

#include <QJsonObject>

namespace tp::ui {

struct SiteCheckInRow
{
    QString audit;
    double eastMetres = 0; // from the site's point
    double northMetres = 0;
    double accuracy = -1; // metres; below 0: not known
    bool withinRadius = false;
    QString text; // "12 m from the store, within 5 m, 14 Mar 2026 17:01"
};

// The check-ins of a store's last audits, placed in metres around the store's point for the
// site form's drawing of its check-in circle, and counted inside and outside in words.
class SiteCheckInModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller fills the check-ins")
    Q_PROPERTY(bool loading READ loading NOTIFY summaryChanged)
    Q_PROPERTY(bool hasPlace READ hasPlace NOTIFY summaryChanged)
    Q_PROPERTY(double radius READ radius NOTIFY summaryChanged)
    Q_PROPERTY(double farthest READ farthest NOTIFY summaryChanged)
    Q_PROPERTY(int insideCount READ insideCount NOTIFY summaryChanged)
    Q_PROPERTY(int outsideCount READ outsideCount NOTIFY summaryChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)

public:
    enum Roles
    {
        AuditRole = Qt::UserRole + 1,
        EastRole,
        NorthRole,
        AccuracyRole,
        WithinRadiusRole,
        TextRole
    };
    Q_ENUM(Roles)

    using TypedListModel::TypedListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    bool hasPlace() const { return m_hasPlace; }
    double radius() const { return m_radius; }
    double farthest() const { return m_farthest; }
    int insideCount() const;
    int outsideCount() const { return int(m_rows.size()) - insideCount(); }
    QString summary() const;

    void setLoading();
    // The answer of GET /sites/{id}/check-ins.
    void load(const QJsonObject &answer);
    void fail(const QString &message);
    void clear();

signals:
    void summaryChanged();

private:
    QVariant valueOf(const SiteCheckInRow &row, int role) const;

    QList<SiteCheckInRow> m_rows;
    bool m_loading = false;
    bool m_hasPlace = false;
    double m_radius = 0;
    double m_farthest = 0;
    QString m_error;
};

} // namespace tp::ui
