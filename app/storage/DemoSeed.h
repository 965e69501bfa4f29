#pragma once

#include "storage/StorageTypes.h"

#include <QDate>

namespace tp::storage {

class DeviceDatabase;

// The demo password of every demo account (the server's `init --demo` uses the same one).
inline constexpr char kDemoPassword[] = "touchpoint-demo";

// Loads the demo organisation (accounts, sites, scripts, assignments with windows around
// `today`) compiled into the app, in one transaction. Does nothing if it was loaded before.
WriteResult seedDemoOrganisation(DeviceDatabase &db, const QDate &today);
bool isDemoSeeded(DeviceDatabase &db);

} // namespace tp::storage
