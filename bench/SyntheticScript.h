#pragma once

#include <QByteArray>

namespace tp::bench {

// A realistic script of `itemCount` items in sections of ten: every item type, bands, options,
// conditions, N/A and critical items, as an author would write them.
QByteArray syntheticScript(int itemCount);
// An audit of that script answering every item, with a full store timeline.
QByteArray syntheticAudit(int itemCount);

} // namespace tp::bench
