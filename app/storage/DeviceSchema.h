#pragma once

#include <QStringList>

namespace tp::storage {

// The device schema, one list of statements per version; PRAGMA user_version holds the version
// reached. A step is never edited once released: a change is a new version.
int currentSchemaVersion();
QStringList migrationSteps(int version);

} // namespace tp::storage
