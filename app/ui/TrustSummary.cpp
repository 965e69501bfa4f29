#include "ui/TrustSummary.h"

namespace tp::ui {

TrustSummary::TrustSummary(QObject *parent)
    : QObject(parent)
{
}

void TrustSummary::update(const Script &script, const storage::StoredAudit &stored,
                          const std::optional<SitePlace> &place)
{
    m_checkInStatus = stored.checkInStatus;
    m_checkInReason = stored.checkInReason;
    m_checkInDistance = stored.checkInDistance;
    m_trust = assessTrust(script, stored.audit, place);
    emit changed();
}

bool TrustSummary::checkInVerified() const
{
    return m_checkInStatus == checkInStatusName(CheckInStatus::Verified);
}

QString TrustSummary::checkInText() const
{
    if (!checkedIn())
        return tr("Not checked in");
    if (checkInVerified()) {
        return m_checkInDistance
                   ? tr("Verified, %1 m from the store").arg(qRound(*m_checkInDistance))
                   : tr("Verified");
    }
    return tr("Unverified: %1").arg(m_checkInReason);
}

} // namespace tp::ui
