#pragma once

#include <QString>

namespace tp::storage {
class OrganisationStore;
}

namespace tp::ui {

// What lets someone sign in again on this phone without the server: a salted PBKDF2 hash of the
// password they signed in with online, kept in the device database. The password itself is
// never stored.
class OfflineCredentials
{
public:
    explicit OfflineCredentials(storage::OrganisationStore &organisation);

    void remember(const QString &username, const QString &password);
    bool matches(const QString &username, const QString &password) const;

private:
    storage::OrganisationStore &m_organisation;
};

} // namespace tp::ui
