#pragma once

#include "storage/AuditStore.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace tp::ui {

// Where the app keeps its data and how it finds its position; built in main() (or by a test).
struct AppOptions
{
    QString databaseFile;
    QString photoFolder;
    bool demo = false;
    QString nmeaReplayFile; // demo mode: the GPS log replayed instead of a receiver
    int positionTimeoutMs = 30000;
    QUrl serverUrl;               // where to sync; empty: this phone works alone
    bool tokenInFileOnly = false; // keep the sign-in token in a file, never ask the keychain
};

// The services every screen's controller shares: one device database, its stores, the options.
struct AppContext
{
    AppOptions options;
    std::unique_ptr<storage::DeviceDatabase> database;
    std::unique_ptr<storage::AuditStore> audits;
    std::unique_ptr<storage::OrganisationStore> organisation;
};

} // namespace tp::ui
