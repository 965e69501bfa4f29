#include "cli/Commands.h"

#include "core/ScriptLoader.h"

namespace tp::cli {

int validateCommand(const QStringList &arguments, Streams streams)
{
    if (arguments.isEmpty() || arguments.first().startsWith(QLatin1Char('-'))) {
        streams.err << "usage: touchpoint-server validate SCRIPT.json [SCRIPT.json ...]\n";
        return Usage;
    }
    int exitCode = Success;
    for (const QString &fileName : arguments) {
        const ScriptLoadResult result = loadScriptFile(fileName);
        if (result.ok()) {
            const Script &script = *result.script;
            streams.out << fileName << ": valid: " << script.id << " version " << script.version
                        << ", " << script.sections.size() << " sections, " << script.items.size()
                        << " items\n";
            continue;
        }
        exitCode = Invalid;
        for (const Issue &issue : result.issues)
            streams.err << fileName << ": " << issue.toString() << " [" << issue.code << "]\n";
        streams.err << fileName << ": " << result.issues.size()
                    << (result.issues.size() == 1 ? " problem\n" : " problems\n");
    }
    return exitCode;
}

} // namespace tp::cli
