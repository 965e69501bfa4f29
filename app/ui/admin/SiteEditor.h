#pragma once

#include "ui/admin/OpeningHoursModel.h"

#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

// The store or support line an admin is editing (or creating). Coordinates and radius are text
// as typed (empty: none); the admin controller checks and sends them.
class SiteEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller owns the editor")

    Q_PROPERTY(bool open MEMBER m_open NOTIFY changed)
    Q_PROPERTY(bool isNew MEMBER m_isNew NOTIFY changed)
    Q_PROPERTY(QString siteId MEMBER m_siteId NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    Q_PROPERTY(QString region MEMBER m_region NOTIFY changed)
    Q_PROPERTY(bool isPhone MEMBER m_isPhone NOTIFY changed)
    Q_PROPERTY(QString address MEMBER m_address NOTIFY changed)
    Q_PROPERTY(QString phone MEMBER m_phone NOTIFY changed)
    Q_PROPERTY(QString latitude MEMBER m_latitude NOTIFY changed)
    Q_PROPERTY(QString longitude MEMBER m_longitude NOTIFY changed)
    Q_PROPERTY(QString checkInRadius MEMBER m_checkInRadius NOTIFY changed)
    Q_PROPERTY(QString timezone MEMBER m_timezone NOTIFY changed)
    Q_PROPERTY(tp::ui::OpeningHoursModel *openingHours READ openingHours CONSTANT)

public:
    explicit SiteEditor(QObject *parent = nullptr)
        : QObject(parent)
        , m_openingHours(new OpeningHoursModel(this))
    {
    }

    OpeningHoursModel *openingHours() const { return m_openingHours; }

    bool m_open = false;
    bool m_isNew = false;
    QString m_siteId;
    QString m_name;
    QString m_region;
    bool m_isPhone = false;
    QString m_address;
    QString m_phone;
    QString m_latitude;
    QString m_longitude;
    QString m_checkInRadius;
    QString m_timezone;
    QJsonObject m_loaded; // what the server sent: fields the form does not show are kept

signals:
    void changed();

private:
    OpeningHoursModel *m_openingHours;
};

} // namespace tp::ui
