#pragma once

#include <QString>

// A SQLite database filled by `touchpoint-server demo-data --seed 1` with `audits` generated
// audits, made once at `file` and reused while it exists (generating 100,000 takes a minute and
// a half). False, with the reason on stderr, when it cannot be made.
bool ensureGeneratedDatabase(const QString &file, int audits);
