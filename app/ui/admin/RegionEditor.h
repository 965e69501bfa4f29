#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

// The region an admin is naming (or creating). The admin controller loads it and sends it.
class RegionEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller owns the editor")

    Q_PROPERTY(bool open MEMBER m_open NOTIFY changed)
    Q_PROPERTY(bool isNew MEMBER m_isNew NOTIFY changed)
    Q_PROPERTY(QString regionId MEMBER m_regionId NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)

public:
    using QObject::QObject;

    bool m_open = false;
    bool m_isNew = false;
    QString m_regionId;
    QString m_name;

signals:
    void changed();
};

} // namespace tp::ui
