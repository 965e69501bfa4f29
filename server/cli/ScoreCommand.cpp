#include "cli/Commands.h"
#include "cli/ScoreTable.h"

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"

#include <QJsonDocument>

namespace tp::cli {

namespace {

void printIssues(QTextStream &err, const QString &fileName, const Issues &issues)
{
    for (const Issue &issue : issues)
        err << fileName << ": " << issue.toString() << " [" << issue.code << "]\n";
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
        streams.err << "usage: touchpoint-server score SCRIPT.json AUDIT.json [--json]\n";
        return Usage;
    }
    const ScriptLoadResult script = loadScriptFile(files[0]);
    if (!script.ok()) {
        printIssues(streams.err, files[0], script.issues);
        return Invalid;
    }
    const AuditDecodeResult audit = decodeAuditFile(files[1]);
    if (!audit.ok()) {
        printIssues(streams.err, files[1], audit.issues);
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
