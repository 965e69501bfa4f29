#pragma once

#include "core/Trust.h"
#include "storage/AuditStore.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tp::ui {

// How far the audit on screen can be trusted: its check-in at the store (verified, or why not)
// and the doubts the server would have about it (time on site, timeline, answer bursts).
class TrustSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the trust summary belongs to an AuditSession")

    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
    Q_PROPERTY(bool checkInVerified READ checkInVerified NOTIFY changed)
    Q_PROPERTY(QString checkInText READ checkInText NOTIFY changed)
    Q_PROPERTY(bool trusted READ trusted NOTIFY changed)
    Q_PROPERTY(QStringList trustReasons READ trustReasons NOTIFY changed)
    Q_PROPERTY(QString trustText READ trustText NOTIFY changed)

public:
    explicit TrustSummary(QObject *parent);

    bool checkedIn() const { return !m_checkInStatus.isEmpty(); }
    bool checkInVerified() const;
    QString checkInText() const;
    bool trusted() const { return m_trust.trusted; }
    QStringList trustReasons() const { return m_trust.reasons; }
    QString trustText() const { return m_trust.reasons.join(QLatin1Char('\n')); }

    void update(const Script &script, const storage::StoredAudit &stored,
                const std::optional<SitePlace> &place);

signals:
    void changed();

private:
    QString m_checkInStatus;
    QString m_checkInReason;
    std::optional<double> m_checkInDistance;
    TrustAssessment m_trust;
};

} // namespace tp::ui
