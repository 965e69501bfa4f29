#pragma once

// Helpers shared by the device storage tests: databases in temporary folders, a second
// connection that sees only what was committed, and the demo store visit written answer by
// answer through AuditStore.

#include "core/Audit.h"
#include "core/Script.h"
#include "storage/AuditStore.h"
#include "storage/DeviceDatabase.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

namespace tp::test {

// Opens (and migrates) a device database; null with *error set when it cannot.
std::unique_ptr<storage::DeviceDatabase> openDevice(const QString &fileName,
                                                    QString *error = nullptr);

// Every row a query returns, each row's columns as variants; nullopt (and *error) on failure.
std::optional<QList<QVariantList>> queryRows(storage::DeviceDatabase &db, const QString &sql,
                                             std::initializer_list<QVariant> values = {},
                                             QString *error = nullptr);
// The first column of the first row; an invalid QVariant when there is none or on failure.
QVariant queryValue(storage::DeviceDatabase &db, const QString &sql,
                    std::initializer_list<QVariant> values = {});
// COUNT(*) of a query; -1 on failure.
int queryCount(storage::DeviceDatabase &db, const QString &sql,
               std::initializer_list<QVariant> values = {});

// Every row of every table that holds audits, as text: two dumps compare equal exactly when
// nothing about any audit (answers, photos, timeline, outbox) changed.
QStringList dumpAuditTables(storage::DeviceDatabase &db);

// The demo store-visit script as stored by seedDemoOrganisation().
std::shared_ptr<const Script> storeVisitScript(storage::DeviceDatabase &db);

// A new mystery shop of the demo Bend store by shopper1 (assignment demo-bend-visit).
storage::NewAudit bendVisit();

// The demo audit assets/demo/audits/good.json, decoded.
std::optional<Audit> goodAudit();

// Creates a small file standing in for a photo; returns its path.
QString writePhotoFile(const QString &folder, const QString &name, const QByteArray &bytes);

struct GoodAnswersOptions
{
    QSet<QString> skipItems;  // items whose answer is not written
    QSet<QString> skipEvents; // timeline events that are not tapped
    bool checkIn = true;
};

// Writes the answers, timeline and check-in of good.json into the audit `uuid`, one AuditStore
// call each. The storefront photo is a small file imported into `photoFolder` (good.json names
// a photo this test does not have). False with *error on the first failed write.
bool writeGoodAnswers(storage::DeviceDatabase &db, const QString &uuid, const QString &photoFolder,
                      const GoodAnswersOptions &options, QString *error);

// The audit's canonical JSON, or an empty array when it cannot be loaded.
QByteArray loadedCanonicalJson(storage::DeviceDatabase &db, const QString &uuid);

} // namespace tp::test
