#pragma once

#include "storage/Directory.h"

#include <QTextStream>

namespace tp::cli {

constexpr const char *kDemoPassword = "touchpoint-demo";

// Loads the demo organisation built into the binary (assets/demo): regions, sites, users (all
// with the demo password), the demo scripts, and assignments for the demo shoppers.
bool loadDemo(server::Directory &directory, QTextStream &out, QTextStream &err);

} // namespace tp::cli
