#pragma once

#include "ui/AppContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp {
class PositionFixer;
}

namespace tp::ui {

// "Use this device's position" in the site form: one fix from the device's position source (the
// same one a check-in uses: the platform's, or the NMEA log of demo mode), handed over with its
// accuracy, or the reason in words there is none (no positioning, or no fix in time).
class SitePositionFinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the admin controller owns the finder")

    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)

public:
    SitePositionFinder(const AppOptions &options, QObject *parent = nullptr);
    ~SitePositionFinder() override;

    bool busy() const;
    QString status() const { return m_status; }
    bool failed() const { return m_failed; }

    Q_INVOKABLE void locate();
    // Another site is open: stops looking and forgets the last answer.
    void reset();

signals:
    void changed();
    // accuracy in metres, or below 0 when the fix has none.
    void found(double latitude, double longitude, double accuracy);

private:
    void fail(const QString &message);
    void onFix();

    AppOptions m_options;
    PositionFixer *m_fixer = nullptr;
    QString m_sourceError;
    QString m_status;
    bool m_failed = false;
};

} // namespace tp::ui
