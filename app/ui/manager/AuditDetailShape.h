#pragma once

#include "ui/manager/ReportShapes.h"

#include <QJsonObject>

namespace tp::ui::shapes {

// GET /api/v1/audits/{uuid} as the audit detail screen shows it: the header (site, script,
// who and when, review), the score per section, every item with its answer and result (failed
// and low items of an approved audit can start a corrective action), the photos' hashes, the
// timeline, the check-in and the trust reasons, and the audit's corrective actions.
AuditDetailData auditDetail(const QJsonObject &stored, const SiteLabels &sites);

// "1:05" for 65,000 ms.
QString elapsedText(qint64 milliseconds);

} // namespace tp::ui::shapes
