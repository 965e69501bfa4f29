#pragma once

#include "core/Issue.h"
#include "core/Script.h"

#include <QByteArray>

#include <optional>

namespace tp {

struct ScriptLoadResult
{
    std::optional<Script> script; // set only when there are no issues
    Issues issues;                // every problem found, each with its path

    bool ok() const { return script.has_value(); }
};

constexpr qsizetype kMaxScriptBytes = 4 * 1024 * 1024;

// Parses and validates a script. Never throws and never crashes on any input; a script with
// problems yields no Script and the full list of problems.
ScriptLoadResult loadScript(const QByteArray &json);
ScriptLoadResult loadScriptFile(const QString &fileName);

} // namespace tp
