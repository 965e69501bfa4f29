#pragma once

#include "core/Audit.h"
#include "core/Score.h"
#include "core/Script.h"

#include <QTextStream>

namespace tp::cli {

// The score breakdown as a plain-text table for people.
void printScoreTable(QTextStream &out, const Script &script, const Audit &audit,
                     const ScoreResult &score);

} // namespace tp::cli
