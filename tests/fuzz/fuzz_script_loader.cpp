// The script loader on any bytes: it must never crash, a refusal must say why, and whatever loads
// must survive its own canonical JSON unchanged and be scorable.

#include "FuzzSupport.h"

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/Score.h"
#include "core/ScriptLoader.h"

#include <QJsonDocument>

using namespace tp;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScriptLoadResult loaded = loadScript(input);
    if (!loaded.ok()) {
        FUZZ_CHECK(!loaded.issues.isEmpty(), input);
        for (const Issue &issue : loaded.issues)
            FUZZ_CHECK(!issue.code.isEmpty() && !issue.message.isEmpty(), input);
        return 0;
    }
    FUZZ_CHECK(loaded.issues.isEmpty(), input);
    const Script &script = *loaded.script;

    // loadScript(scriptToJson(script)) gives back the same script.
    const QByteArray canonical = QJsonDocument(scriptToJson(script)).toJson(QJsonDocument::Compact);
    const ScriptLoadResult again = loadScript(canonical);
    FUZZ_CHECK(again.ok(), canonical);
    FUZZ_CHECK(QJsonDocument(scriptToJson(*again.script)).toJson(QJsonDocument::Compact) ==
                   canonical,
               canonical);

    // An audit with nothing answered scores without a crash, as the phone shows it on opening.
    Audit audit;
    audit.scriptId = script.id;
    audit.scriptVersion = script.version;
    const ScoreResult score = scoreAudit(script, audit);
    checkComplete(script, score);
    scoreToJson(script, score);
    return 0;
}
