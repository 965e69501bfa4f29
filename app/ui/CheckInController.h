#pragma once

#include "core/Trust.h"
#include "ui/AppContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tp {
class PositionFixer;
}

namespace tp::ui {

// The check-in screen's live view: the phone's position, its accuracy and the distance to the
// store, and whether a check-in now would be verified. In demo mode the position comes from a
// recorded GPS log, so check-in works on a desktop.
class CheckInController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by AuditSession for a store visit")

    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY changed)
    Q_PROPERTY(QString accuracyText READ accuracyText NOTIFY changed)
    Q_PROPERTY(QString distanceText READ distanceText NOTIFY changed)
    Q_PROPERTY(bool wouldVerify READ wouldVerify NOTIFY changed)
    Q_PROPERTY(QString verdictText READ verdictText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    CheckInController(const AppOptions &options, const SitePlace &place, QObject *parent);
    ~CheckInController() override;

    bool active() const;
    bool hasFix() const;
    QString accuracyText() const;
    QString distanceText() const;
    bool wouldVerify() const { return preview().verified(); }
    QString verdictText() const;
    QString errorText() const { return m_error; }
    std::optional<CheckIn> bestFix() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

signals:
    void changed();

private:
    CheckInResult preview() const;

    SitePlace m_place;
    PositionFixer *m_fixer = nullptr;
    QString m_error;
};

} // namespace tp::ui
