#pragma once

#include "core/Script.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace tp::storage {

class DeviceDatabase;

struct Account
{
    QString username;
    QString displayName;
    QString role; // shopper, executive, manager, store_manager, admin
};

struct SiteInfo
{
    QString id;
    QString region;
    QString kind; // "store" or "phone"
    QString name;
    QString address;
    QString phone;
    std::optional<double> latitude;
    std::optional<double> longitude;
    double radiusMetres = 100;
    QString timezone;
    QString openingHours; // JSON object text, for display
};

struct AssignmentInfo
{
    QString id;
    QString site;
    QString scriptId;
    int scriptVersion = 0;
    QString auditor;
    QString windowStart;
    QString windowEnd;
    QString state; // offered, accepted, in_progress, submitted, approved, rejected
};

// What the phone knows of the organisation: accounts, sites, scripts and assignments (seeded in
// demo mode now; pulled from the server by sync), and the app's own settings.
class OrganisationStore
{
public:
    explicit OrganisationStore(DeviceDatabase &db)
        : m_db(db)
    {
    }

    WriteResult putAccount(const Account &account);
    WriteResult putSite(const SiteInfo &site);
    // Stores a script version after checking it with the core loader; a published version
    // never changes, so storing a different body under a known version is refused.
    WriteResult putScript(const QByteArray &json);
    WriteResult putAssignment(const AssignmentInfo &assignment);
    WriteResult setAssignmentState(const QString &id, const QString &state);

    std::optional<Account> account(const QString &username);
    QList<Account> accounts();
    std::optional<SiteInfo> site(const QString &id);
    QList<SiteInfo> sites();
    // Loaded scripts are cached: a script version never changes.
    std::shared_ptr<const Script> script(const QString &id, int version);
    std::shared_ptr<const Script> latestScript(const QString &id);
    QList<QPair<QString, int>> scriptVersions(); // (id, version), newest version first
    QList<AssignmentInfo> assignmentsFor(const QString &auditor);
    std::optional<AssignmentInfo> assignment(const QString &id);

    QString setting(const QString &key, const QString &fallback = QString());
    WriteResult setSetting(const QString &key, const QString &value);

private:
    DeviceDatabase &m_db;
    QHash<QString, std::shared_ptr<const Script>> m_scripts;
};

} // namespace tp::storage
