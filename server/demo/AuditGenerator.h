#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoWorld.h"

#include "core/Audit.h"

#include <QDateTime>

namespace tp::server::demo {

// One audit to make: where, with which script, by whom, when.
struct AuditPlan
{
    int index = 0; // its number in the run; its random numbers are derived from it
    const SiteProfile *site = nullptr;
    const Script *script = nullptr;
    const AuditorProfile *auditor = nullptr;
    QDateTime startedUtc;
    double yearFraction = 0; // 0 at the start of the period, 1 at its end
    QString assignment;      // mystery shops only
};

// A complete audit as a phone would send it: answers for every shown item from the quality the
// auditor met (site, touchpoint, trend, strictness, noise), a timeline of moments (entered,
// greeted, served, paid, left; or dialled, menus, holds, transfers, resolved, hung up) from
// which the measured items are scored, a check-in near the store, NPS, notes where a shopper
// would write them. Nothing is answered for a hidden item.
Audit generateAudit(const AuditPlan &plan, DemoRandom &random);

} // namespace tp::server::demo
