#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace tp::server {

// The schema, one migration per entry, each applied in its own transaction. Never edit a
// migration that has shipped: add a new one.
QList<QStringList> migrations(Dialect dialect);

} // namespace tp::server
