// The audit decoder on any bytes, then what the server does with an audit that decodes: check it
// against its script, score it and assess its trust, for both demo scripts. A refusal must say
// why, and a decoded audit must survive its own canonical JSON unchanged.

#include "FuzzSupport.h"

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/Score.h"
#include "core/ScriptLoader.h"
#include "core/Trust.h"

#include <QList>

using namespace tp;

namespace {

QList<Script> &demoScripts()
{
    static QList<Script> scripts;
    return scripts;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    for (const char *file :
         {"assets/demo/scripts/store-visit.json", "assets/demo/scripts/support-call.json"}) {
        ScriptLoadResult loaded = loadScript(fuzz::sourceFile(file));
        if (!loaded.ok())
            fuzz::fail("a demo script does not load", file);
        demoScripts().append(*loaded.script);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const AuditDecodeResult decoded = decodeAudit(input);
    if (!decoded.ok()) {
        FUZZ_CHECK(!decoded.issues.isEmpty(), input);
        for (const Issue &issue : decoded.issues)
            FUZZ_CHECK(!issue.code.isEmpty() && !issue.message.isEmpty(), input);
        return 0;
    }
    const Audit &audit = *decoded.audit;

    // The receipt's hash is over the canonical JSON: decoding it again must give the same bytes.
    const QByteArray canonical = canonicalAuditJson(audit);
    const AuditDecodeResult again = decodeAudit(canonical);
    FUZZ_CHECK(again.ok(), canonical);
    FUZZ_CHECK(canonicalAuditJson(*again.audit) == canonical, canonical);
    FUZZ_CHECK(auditContentSha256(*again.audit) == auditContentSha256(audit), canonical);

    // The server's intake: checked against the script, scored, trust assessed.
    const SitePlace bend{44.0582, -121.3153, 150};
    for (const Script &script : std::as_const(demoScripts())) {
        const Issues issues = checkAudit(script, audit);
        if (!issues.isEmpty())
            continue;
        const ScoreResult score = scoreAudit(script, audit);
        checkComplete(script, score);
        scoreToJson(script, score, ScoreDetail::WithItems);
        trustToJson(assessTrust(script, audit, bend));
        assessTrust(script, audit, std::nullopt);
    }
    return 0;
}
