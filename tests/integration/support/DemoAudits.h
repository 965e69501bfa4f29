#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tp::test {

// Audits for the demo organisation, built from the files in assets/demo/audits.
QJsonObject readJsonFile(const QString &path);
QByteArray toJsonBytes(const QJsonObject &object);
// A new lowercase UUID.
QString newUuid();

// good.json (a store-visit of store-bend) as an executive's self-audit: auditor set, mode
// self_audit, no assignment, a new uuid.
QJsonObject selfAudit(const QString &auditor, const QString &site = QStringLiteral("store-bend"));
// good.json as a shopper's mystery shop of their assignment at `site`, checked in at
// (latitude, longitude).
QJsonObject mysteryShop(const QString &shopper, const QString &assignment, const QString &site,
                        double latitude, double longitude);

} // namespace tp::test
