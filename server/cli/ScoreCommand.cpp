#include "cli/Commands.h"
#include "cli/ScoreTable.h"

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace tp::cli {

namespace {

void printIssues(QTextStream &err, const QString &fileName, const Issues &issues)
{
    for (const Issue &issue : issues)
        err << fileName << ": " << issue.toString() << " [" << issue.code << "]\n";
}

// The script to score with: the file given, or, for a folder, the script in it with the id and
// version that the audit names.
ScriptLoadResult findScript(const QString &path, const Audit &audit)
{
    if (!QFileInfo(path).isDir())
        return loadScriptFile(path);
    const QDir dir(path);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        ScriptLoadResult candidate = loadScriptFile(dir.filePath(file));
        if (candidate.ok() && candidate.script->id == audit.scriptId &&
            candidate.script->version == audit.scriptVersion)
            return candidate;
    }
    ScriptLoadResult none;
    none.issues.append({QString(), QStringLiteral("script_not_found"),
                        QStringLiteral("no valid script %1 version %2 in %3")
                            .arg(audit.scriptId)
                            .arg(audit.scriptVersion)
                            .arg(path)});
    return none;
}

} // namespace

int scoreCommand(const QStringList &arguments, Streams streams)
{
    QStringList files;
    bool json = false;
    bool unknownOption = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--json"))
            json = true;
        else if (argument.startsWith(QLatin1Char('-')))
            unknownOption = true;
        else
            files.append(argument);
    }
    if (files.size() != 2 || unknownOption) {
        streams.err
            << "usage: touchpoint-server score SCRIPT.json|SCRIPT_FOLDER AUDIT.json [--json]\n";
        return Usage;
    }
    const AuditDecodeResult audit = decodeAuditFile(files[1]);
    if (!audit.ok()) {
        printIssues(streams.err, files[1], audit.issues);
        return Invalid;
    }
    const ScriptLoadResult script = findScript(files[0], *audit.audit);
    if (!script.ok()) {
        printIssues(streams.err, files[0], script.issues);
        return Invalid;
    }
    const Issues mismatches = checkAudit(*script.script, *audit.audit);
    if (!mismatches.isEmpty()) {
        printIssues(streams.err, files[1], mismatches);
        return Invalid;
    }
    const ScoreResult score = scoreAudit(*script.script, *audit.audit);
    if (json)
        streams.out
            << QJsonDocument(scoreToJson(*script.script, score)).toJson(QJsonDocument::Indented);
    else
        printScoreTable(streams.out, *script.script, *audit.audit, score);
    return Success;
}

} // namespace tp::cli
