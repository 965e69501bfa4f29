#pragma once

#include "core/Role.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

// The account an admin is editing (or creating): what the form shows and changes. The admin
// controller loads it and sends it.
class UserEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller owns the editor")

    Q_PROPERTY(bool open MEMBER m_open NOTIFY changed)
    Q_PROPERTY(bool isNew MEMBER m_isNew NOTIFY changed)
    Q_PROPERTY(QString username MEMBER m_username NOTIFY changed)
    Q_PROPERTY(QString displayName MEMBER m_displayName NOTIFY changed)
    Q_PROPERTY(tp::roles::Role role MEMBER m_role NOTIFY changed)
    Q_PROPERTY(QStringList regions MEMBER m_regions NOTIFY changed)
    Q_PROPERTY(QString site MEMBER m_site NOTIFY changed)
    Q_PROPERTY(bool disabled MEMBER m_disabled NOTIFY changed)
    // A new initial password, shown once to the admin to hand over; empty otherwise.
    Q_PROPERTY(QString initialPassword MEMBER m_initialPassword NOTIFY changed)

public:
    using QObject::QObject;

    bool m_open = false;
    bool m_isNew = false;
    QString m_username;
    QString m_displayName;
    Role m_role = Role::Shopper;
    QStringList m_regions;
    QString m_site;
    bool m_disabled = false;
    QString m_initialPassword;

    Q_INVOKABLE void toggleRegion(const QString &region);

signals:
    void changed();
};

} // namespace tp::ui
