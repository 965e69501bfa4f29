#pragma once

#include <QString>

namespace tp::platform {

// Keeps the app's data folder (device database, photos, the token's fallback file) out of the
// phone's backups, so unsent audits and sign-in material never reach a cloud account or a new
// phone except through sync.
//
// iOS backs up Library/Application Support by default: the folder gets
// NSURLIsExcludedFromBackupKey (set again at every start, as Apple advises, since restores and
// moves can drop it). Android: the manifest turns backup and device transfer off for the whole
// app (platform/android). Desktop: nothing backs the folder up on the app's behalf; returns true.
bool excludeFromBackup(const QString &folder, QString *error);

} // namespace tp::platform
