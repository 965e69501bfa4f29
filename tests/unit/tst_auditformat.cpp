// Tests of the audit format: tp::decodeAudit() (structure), tp::checkAudit() (against the
// script) and tp::checkComplete() (required items before submit).

#include "core/AuditChecker.h"
#include "core/Score.h"
#include "core/ScriptLoader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace tp;
using namespace Qt::StringLiterals;

namespace {

// Covers every item type; the audits below are made with it.
const char kScript[] = R"({
  "id": "chk", "version": 2, "title": "Check", "channel": "store", "passMark": 80,
  "sections": [{"id": "s", "title": "S", "touchpoint": "tp", "department": "sales", "items": [
    {"id": "yn", "type": "yesno", "prompt": "Yes or no?"},
    {"id": "sc", "type": "scale", "prompt": "Scale", "min": 1, "max": 5},
    {"id": "np", "type": "nps", "prompt": "NPS"},
    {"id": "nu", "type": "number", "prompt": "Bounded number", "min": 0, "max": 100},
    {"id": "nf", "type": "number", "prompt": "Free number"},
    {"id": "du", "type": "duration", "prompt": "Duration"},
    {"id": "co", "type": "count", "prompt": "Count"},
    {"id": "ch", "type": "choice", "prompt": "Choice",
     "options": [{"id": "x", "label": "X", "points": 1}, {"id": "y", "label": "Y"}]},
    {"id": "cl", "type": "checklist", "prompt": "Checklist",
     "options": [{"id": "p", "label": "P", "points": 1}, {"id": "q", "label": "Q", "points": 1}]},
    {"id": "tx", "type": "text", "prompt": "Text"},
    {"id": "ph", "type": "photo", "prompt": "Photo"},
    {"id": "nay", "type": "yesno", "prompt": "May be N/A", "allowNA": true},
    {"id": "ttg", "metric": "timeToGreet", "prompt": "Time to greet",
     "bands": [{"max": 30, "points": 2}, {"points": 0}]}
  ]}]
})";

const char kPhotoHash[] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

// A valid audit of kScript; the invalid ones are JSON merge patches (RFC 7386) of it.
const char kAudit[] = R"({
  "uuid": "3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b",
  "script": {"id": "chk", "version": 2},
  "site": "store-bend",
  "auditor": "shopper1",
  "mode": "mystery_shop",
  "assignment": "as-17",
  "startedAt": "2026-03-14T10:02:00Z",
  "submittedAt": "2026-03-14T11:31:00.250+01:00",
  "checkIn": {"latitude": 44.0688, "longitude": -121.3142, "accuracy": 6.5,
              "at": "2026-03-14T10:01:30Z"},
  "timeline": [{"event": "entered", "elapsedMs": 0, "at": "2026-03-14T10:02:00Z"},
               {"event": "greeted", "elapsedMs": 12000}],
  "answers": {
    "yn": {"value": true, "note": "fine", "answeredAt": "2026-03-14T10:03:00Z"},
    "sc": {"value": 4},
    "np": {"value": 9},
    "nu": {"value": 12.5},
    "nf": {"value": -7.25},
    "du": {"value": 30.5},
    "co": {"value": 3},
    "ch": {"value": "x"},
    "cl": {"value": ["p", "q"]},
    "tx": {"value": "all good"},
    "ph": {"photos": ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},
    "nay": {"na": true, "note": "no fitting rooms"},
    "ttg": {"value": null}
  }
})";

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject changes = patch.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

// kAudit with a merge patch applied ("null" removes a field).
QByteArray patchedAudit(const QByteArray &patch)
{
    const QJsonValue merged = mergePatch(parseObject(kAudit), parseObject(patch));
    return QJsonDocument(merged.toObject()).toJson(QJsonDocument::Compact);
}

QString describe(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(QStringLiteral("[%1] %2 | %3").arg(issue.code, issue.path, issue.message));
    return lines.join(QLatin1Char('\n'));
}

Script loadedScript(const QByteArray &json)
{
    ScriptLoadResult result = loadScript(json);
    if (!result.ok())
        qFatal("test script does not load:\n%s", qPrintable(describe(result.issues)));
    return *result.script;
}

Audit decoded(const QByteArray &json)
{
    AuditDecodeResult result = decodeAudit(json);
    if (!result.ok())
        qFatal("test audit does not decode:\n%s", qPrintable(describe(result.issues)));
    return *result.audit;
}

// Whether `issues` holds [code] at `path` with `fragment` (if not empty) in its message.
bool hasIssue(const Issues &issues, const QString &code, const QString &path,
              const QString &fragment)
{
    for (const Issue &issue : issues) {
        if (issue.code == code && issue.path == path &&
            (fragment.isEmpty() || issue.message.contains(fragment)))
            return true;
    }
    return false;
}

} // namespace

class TestAuditFormat : public QObject
{
    Q_OBJECT

private slots:
    // isValidTimestamp checks the phones' own shape by hand; it must agree with the general
    // check (the pattern, then Qt's ISO 8601 parser) on every string.
    void timestampFastPathAgreesWithQt()
    {
        const QRegularExpression pattern(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
        const auto reference = [&](const QString &text) {
            return pattern.match(text).hasMatch() &&
                   QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
        };
        QStringList samples{QStringLiteral("2026-03-14T10:02:00Z"),
                            QStringLiteral("2026-03-14T10:02:00.123Z"),
                            QStringLiteral("2024-02-29T23:59:59.9Z"),
                            QStringLiteral("2023-02-29T10:00:00Z"),
                            QStringLiteral("2026-04-31T10:00:00Z"),
                            QStringLiteral("0000-01-01T00:00:00Z"),
                            QStringLiteral("2026-13-01T00:00:00Z"),
                            QStringLiteral("2026-03-14T24:00:00Z"),
                            QStringLiteral("2026-03-14T23:60:00Z"),
                            QStringLiteral("2026-03-14T23:59:60Z"),
                            QStringLiteral("2026-03-14T10:02:00.Z"),
                            QStringLiteral("2026-03-14T10:02:00.1234Z"),
                            QStringLiteral("2026-03-14T10:02:00+02:00"),
                            QStringLiteral("2026-03-14 10:02:00Z"),
                            QStringLiteral("2026-03-14T10:02:00z"),
                            QStringLiteral("2026-03-14T10:02:00"),
                            QStringLiteral("2026-3-14T10:02:00Z"),
                            QStringLiteral("\u0662026-03-14T10:02:00Z")};
        QRandomGenerator random(5);
        const QString digits = QStringLiteral("0123456789");
        for (int i = 0; i < 20000; ++i) {
            QString text = QStringLiteral("%1-%2-%3T%4:%5:%6")
                               .arg(random.bounded(3000), 4, 10, QLatin1Char('0'))
                               .arg(random.bounded(14), 2, 10, QLatin1Char('0'))
                               .arg(random.bounded(33), 2, 10, QLatin1Char('0'))
                               .arg(random.bounded(26), 2, 10, QLatin1Char('0'))
                               .arg(random.bounded(62), 2, 10, QLatin1Char('0'))
                               .arg(random.bounded(62), 2, 10, QLatin1Char('0'));
            for (int f = int(random.bounded(6)); f > 0; --f)
                text += (f == 5 ? QChar(u'.') : digits[random.bounded(10)]);
            text += random.bounded(4) == 0 ? QStringLiteral("+01:00") : QStringLiteral("Z");
            if (random.bounded(8) == 0) // damage one character
                text[random.bounded(int(text.size()))] = QChar(char16_t(0x20 + random.bounded(96)));
            samples.append(text);
        }
        int valid = 0;
        for (const QString &text : samples) {
            QVERIFY2(isValidTimestamp(text) == reference(text), qPrintable(text));
            valid += reference(text) ? 1 : 0;
        }
        QVERIFY(valid > 1000);
        QVERIFY(valid < samples.size() - 1000);
    }

    void validAuditDecodes();
    void minimalAuditDecodes();
    void unreadableFile();
    void invalidAudit_data();
    void invalidAudit();
    void validAuditChecks();
    void checkAudit_data();
    void checkAudit();
    void checkComplete_data();
    void checkComplete();
};

void TestAuditFormat::validAuditDecodes()
{
    const AuditDecodeResult result = decodeAudit(kAudit);
    QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
    QVERIFY(result.issues.isEmpty());
    const Audit &audit = *result.audit;
    QCOMPARE(audit.uuid, QStringLiteral("3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b"));
    QCOMPARE(audit.scriptId, QStringLiteral("chk"));
    QCOMPARE(audit.scriptVersion, 2);
    QCOMPARE(audit.site, QStringLiteral("store-bend"));
    QCOMPARE(audit.auditor, QStringLiteral("shopper1"));
    QCOMPARE(audit.mode, AuditMode::MysteryShop);
    QCOMPARE(audit.assignment, QStringLiteral("as-17"));
    QCOMPARE(audit.startedAt, QStringLiteral("2026-03-14T10:02:00Z"));
    QCOMPARE(audit.submittedAt, QStringLiteral("2026-03-14T11:31:00.250+01:00"));
    QVERIFY(audit.checkIn);
    QCOMPARE(audit.checkIn->latitude, 44.0688);
    QCOMPARE(audit.checkIn->longitude, -121.3142);
    QCOMPARE(audit.checkIn->accuracy, std::optional<double>(6.5));
    QCOMPARE(audit.checkIn->at, QStringLiteral("2026-03-14T10:01:30Z"));
    QCOMPARE(audit.timeline.size(), 2);
    QCOMPARE(audit.timeline[0].event, QStringLiteral("entered"));
    QCOMPARE(audit.timeline[0].elapsedMs, qint64(0));
    QCOMPARE(audit.timeline[0].at, QStringLiteral("2026-03-14T10:02:00Z"));
    QCOMPARE(audit.timeline[1].event, QStringLiteral("greeted"));
    QCOMPARE(audit.timeline[1].elapsedMs, qint64(12000));
    QVERIFY(audit.timeline[1].at.isEmpty());

    QCOMPARE(audit.answers.size(), 13);
    const Answer yn = audit.answers.value(QStringLiteral("yn"));
    QCOMPARE(yn.value, QJsonValue(true));
    QCOMPARE(yn.note, QStringLiteral("fine"));
    QCOMPARE(yn.answeredAt, QStringLiteral("2026-03-14T10:03:00Z"));
    QVERIFY(!yn.notApplicable);
    const Answer nay = audit.answers.value(QStringLiteral("nay"));
    QVERIFY(nay.notApplicable);
    QVERIFY(nay.value.isUndefined());
    QCOMPARE(nay.note, QStringLiteral("no fitting rooms"));
    const Answer ph = audit.answers.value(QStringLiteral("ph"));
    QCOMPARE(ph.photos, QStringList{QLatin1String(kPhotoHash)});
    QVERIFY(ph.value.isUndefined());
    QCOMPARE(audit.answers.value(QStringLiteral("cl")).value,
             QJsonValue(QJsonArray{u"p"_s, u"q"_s}));
    QVERIFY(audit.answers.value(QStringLiteral("ttg")).value.isNull());
}

void TestAuditFormat::minimalAuditDecodes()
{
    const AuditDecodeResult result = decodeAudit(R"({
        "uuid": "00000000-0000-4000-8000-000000000000", "script": {"id": "chk", "version": 1},
        "site": "s1", "auditor": "Ann Example", "mode": "self_audit",
        "startedAt": "2026-01-01T00:00:00+05:30", "answers": {}})");
    QVERIFY2(result.ok(), qPrintable(describe(result.issues)));
    QCOMPARE(result.audit->mode, AuditMode::SelfAudit);
    QVERIFY(!result.audit->checkIn);
    QVERIFY(result.audit->timeline.isEmpty());
    QVERIFY(result.audit->answers.isEmpty());
    QVERIFY(result.audit->submittedAt.isEmpty());
    QVERIFY(result.audit->assignment.isEmpty());
}

void TestAuditFormat::unreadableFile()
{
    const QString name = QStringLiteral("/nonexistent/folder/audit.json");
    const AuditDecodeResult result = decodeAuditFile(name);
    QVERIFY(!result.ok());
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().code, QStringLiteral("cannot_read"));
    QVERIFY2(result.issues.first().message.contains(name),
             qPrintable(result.issues.first().message));
}

void TestAuditFormat::invalidAudit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("issueCount");

    const auto row = [](const char *name, const QByteArray &json, const char *code,
                        const char *path, const char *fragment = "", int count = 1) {
        QTest::newRow(name) << json << QString::fromLatin1(code) << QString::fromLatin1(path)
                            << QString::fromUtf8(fragment) << count;
    };
    const auto patched = [&row](const char *name, const char *patch, const char *code,
                                const char *path, const char *fragment = "", int count = 1) {
        row(name, patchedAudit(patch), code, path, fragment, count);
    };

    row("parse error", R"({"uuid": "3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b",)", "parse_error", "",
        "not valid JSON");
    row("not an object", R"(["3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b"])", "not_object", "",
        "an audit must be a JSON object");

    patched("uuid in uppercase", R"({"uuid": "3F2B8C1E-6A4D-4E8F-9B1A-2C3D4E5F6A7B"})",
            "invalid_uuid", "", "'uuid' must be a UUID in lowercase");
    patched("uuid partly uppercase", R"({"uuid": "3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7B"})",
            "invalid_uuid", "");
    patched("uuid without dashes", R"({"uuid": "3f2b8c1e6a4d4e8f9b1a2c3d4e5f6a7b"})",
            "invalid_uuid", "");
    patched("uuid in braces", R"({"uuid": "{3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b}"})",
            "invalid_uuid", "");
    patched("uuid with a non-hex digit", R"({"uuid": "3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7g"})",
            "invalid_uuid", "");
    patched("uuid a number", R"({"uuid": 42})", "wrong_type", "", "'uuid' must be a string");
    patched("missing uuid", R"({"uuid": null})", "missing_field", "", "'uuid' is missing");
    patched("startedAt without zone", R"({"startedAt": "2026-03-14T10:02:00"})", "invalid_time", "",
            "'startedAt' must be an ISO 8601 time with a zone");
    patched("startedAt date only", R"({"startedAt": "2026-03-14"})", "invalid_time", "");
    patched("startedAt February 30", R"({"startedAt": "2026-02-30T10:02:00Z"})", "invalid_time",
            "");
    patched("startedAt lowercase z", R"({"startedAt": "2026-03-14T10:02:00z"})", "invalid_time",
            "");
    patched("submittedAt with a space", R"({"submittedAt": "2026-03-14 10:31:00Z"})",
            "invalid_time", "", "'submittedAt'");
    patched("submittedAt without zone, with ms", R"({"submittedAt": "2026-03-14T10:31:00.250"})",
            "invalid_time", "");
    patched("checkIn time without zone", R"({"checkIn": {"at": "2026-03-14T10:01:30"}})",
            "invalid_time", "checkIn", "'at'");
    patched("event time without zone",
            R"({"timeline": [{"event": "entered", "elapsedMs": 0, "at": "2026-03-14T10:02:00"}]})",
            "invalid_time", "timeline[0]");
    patched("answeredAt without zone",
            R"({"answers": {"yn": {"answeredAt": "2026-03-14T10:03:00"}}})", "invalid_time",
            "answers/yn");
    patched("negative elapsedMs",
            R"({"timeline": [{"event": "entered", "elapsedMs": 0},
                             {"event": "greeted", "elapsedMs": -1}]})",
            "invalid_elapsed", "timeline[1]", "'elapsedMs' must not be negative");
    patched("fractional elapsedMs", R"({"timeline": [{"event": "entered", "elapsedMs": 1.5}]})",
            "wrong_type", "timeline[0]", "'elapsedMs' must be an integer");
    patched("missing elapsedMs", R"({"timeline": [{"event": "entered"}]})", "missing_field",
            "timeline[0]", "'elapsedMs' is missing");
    patched("event not an object", R"({"timeline": ["entered"]})", "wrong_type", "timeline[0]",
            "an event must be an object, not a string");
    patched("answer not an object", R"({"answers": {"yn": true}})", "wrong_type", "answers/yn",
            "an answer must be an object, not a boolean");
    patched("N/A with a value", R"({"answers": {"nay": {"value": false}}})", "na_with_value",
            "answers/nay", "an answer cannot be N/A and have a value");
    patched("na not a boolean", R"({"answers": {"nay": {"na": "yes"}}})", "wrong_type",
            "answers/nay", "'na' must be true or false");
    patched("photo hash in uppercase",
            R"({"answers": {"ph": {"photos":
                ["9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"]}}})",
            "invalid_photo_hash", "answers/ph", "64 lowercase hex digits");
    patched("photo hash too short", R"({"answers": {"ph": {"photos": ["9f86d081"]}}})",
            "invalid_photo_hash", "answers/ph");
    patched("photo hash not a string", R"({"answers": {"ph": {"photos": [7]}}})",
            "invalid_photo_hash", "answers/ph");
    patched("photos not an array", R"({"answers": {"ph": {"photos": "9f86d081"}}})", "wrong_type",
            "answers/ph", "'photos' must be an array");
    patched("unknown root field", R"({"notes": "x"})", "unknown_field", "",
            "unknown field 'notes'");
    patched("unknown answer field", R"({"answers": {"yn": {"vaule": false}}})", "unknown_field",
            "answers/yn", "unknown field 'vaule'");
    patched("unknown script field", R"({"script": {"name": "chk"}})", "unknown_field", "script",
            "unknown field 'name'");
    patched("unknown event field",
            R"({"timeline": [{"event": "entered", "elapsedMs": 0, "elapsed": 0}]})",
            "unknown_field", "timeline[0]");
    patched("unknown checkIn field", R"({"checkIn": {"altitude": 3}})", "unknown_field", "checkIn");
    patched("missing script", R"({"script": null})", "missing_field", "", "'script' is missing");
    patched("script not an object", R"({"script": "chk"})", "wrong_type", "",
            "'script' must be an object");
    patched("script version 0", R"({"script": {"version": 0}})", "invalid_version", "script");
    patched("script version a string", R"({"script": {"version": "2"}})", "wrong_type", "script",
            "'version' must be an integer");
    patched("script id invalid", R"({"script": {"id": "Chk"}})", "invalid_id", "script");
    patched("missing answers", R"({"answers": null})", "missing_field", "", "'answers' is missing");
    patched("answers an array", R"({"answers": [1]})", "wrong_type", "",
            "'answers' must be an object");
    patched("answer key not an id", R"({"answers": {"Bad Id": {"value": 1}}})", "invalid_id",
            "answers/Bad Id");
    patched("invalid site", R"({"site": "Store Bend"})", "invalid_id", "");
    patched("empty auditor", R"({"auditor": " "})", "empty_text", "", "'auditor' is empty");
    patched("invalid mode", R"({"mode": "audit"})", "invalid_mode", "",
            "'mode' must be \"mystery_shop\" or \"self_audit\"");
    patched("latitude out of range", R"({"checkIn": {"latitude": 90.5}})", "out_of_range",
            "checkIn", "'latitude' must be from -90 to 90");
    patched("longitude out of range", R"({"checkIn": {"longitude": -181}})", "out_of_range",
            "checkIn");
    patched("negative accuracy", R"({"checkIn": {"accuracy": -1}})", "out_of_range", "checkIn");
    patched("missing latitude", R"({"checkIn": {"latitude": null}})", "missing_field", "checkIn");
    row("note too long",
        patchedAudit(
            ("{\"answers\": {\"yn\": {\"note\": \"" + QByteArray(4001, 'n') + "\"}}}").constData()),
        "too_long", "answers/yn", "'note' is longer than 4000 characters");
    row("text value too long",
        patchedAudit(("{\"answers\": {\"tx\": {\"value\": \"" + QByteArray(4001, 't') + "\"}}}")
                         .constData()),
        "too_long", "answers/tx", "'value' is longer than 4000 characters");
    {
        QByteArray events = R"({"timeline": [)";
        for (int i = 0; i < 1001; ++i)
            events += QByteArray(i > 0 ? "," : "") + R"({"event": "entered", "elapsedMs": )" +
                      QByteArray::number(i) + '}';
        row("1001 events", patchedAudit(events + "]}"), "too_many", "",
            "'timeline' has 1001 entries; at most 1000 are allowed");
        QByteArray photos = R"({"answers": {"ph": {"photos": [)";
        for (int i = 0; i < 21; ++i)
            photos += QByteArray(i > 0 ? "," : "") + '"' + kPhotoHash + '"';
        row("21 photos", patchedAudit(photos + "]}}}"), "too_many", "answers/ph",
            "'photos' has 21 entries; at most 20 are allowed");
        QByteArray answers = R"({"answers": {)";
        for (int i = 0; i < 5001; ++i)
            answers += QByteArray(i > 0 ? "," : "") + "\"a" + QByteArray::number(i) + "\": {}";
        row("5001 answers", patchedAudit(answers + "}}"), "too_many", "",
            "an audit may have at most 5000 answers");
    }
    row("event name too long",
        patchedAudit(
            ("{\"timeline\": [{\"event\": \"" + QByteArray(41, 'e') + "\", \"elapsedMs\": 0}]}")
                .constData()),
        "too_long", "timeline[0]", "'event' is longer than 40 characters");
    patched("three problems",
            R"({"uuid": "X", "mode": "audit", "answers": {"yn": {"na": true, "value": true}}})",
            "na_with_value", "answers/yn", "", 3);
}

void TestAuditFormat::invalidAudit()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, issueCount);

    const AuditDecodeResult result = decodeAudit(json);
    const QString all = describe(result.issues);
    QVERIFY2(!result.ok(), "the audit decoded although it is invalid");
    for (const Issue &issue : result.issues)
        QVERIFY2(!issue.code.isEmpty() && !issue.message.isEmpty(), qPrintable(all));
    QVERIFY2(hasIssue(result.issues, code, path, fragment),
             qPrintable(QStringLiteral("expected [%1] %2 containing \"%3\"; got:\n%4")
                            .arg(code, path, fragment, all)));
    QVERIFY2(result.issues.size() == issueCount,
             qPrintable(QStringLiteral("expected %1 issue(s), got:\n%2").arg(issueCount).arg(all)));
}

void TestAuditFormat::validAuditChecks()
{
    const Script script = loadedScript(kScript);
    const Audit audit = decoded(kAudit);
    const Issues issues = tp::checkAudit(script, audit);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));

    // Boundary values are in range.
    const Audit edges = decoded(patchedAudit(R"({"answers": {
        "sc": {"value": 1}, "np": {"value": 0}, "nu": {"value": 100}, "du": {"value": 0},
        "co": {"value": 0}, "cl": {"value": []}, "tx": {"value": ""}, "ttg": {"value": 0},
        "nay": {"value": false, "na": null}}})"));
    const Issues edgeIssues = tp::checkAudit(script, edges);
    QVERIFY2(edgeIssues.isEmpty(), qPrintable(describe(edgeIssues)));
}

void TestAuditFormat::checkAudit_data()
{
    QTest::addColumn<QByteArray>("audit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("issueCount");

    const auto patched = [](const char *name, const char *patch, const char *code, const char *path,
                            const char *fragment = "", int count = 1) {
        QTest::newRow(name) << patchedAudit(patch) << QString::fromLatin1(code)
                            << QString::fromLatin1(path) << QString::fromUtf8(fragment) << count;
    };

    patched("other script id", R"({"script": {"id": "other"}, "answers": {"zz": {"value": 1}}})",
            "script_mismatch", "script", "made with other version 2, not chk version 2");
    patched("other script version", R"({"script": {"version": 3}})", "script_mismatch", "script",
            "version 3");
    patched("unknown item", R"({"answers": {"zz": {"value": true}}})", "unknown_item", "answers/zz",
            "the script has no item \"zz\"");
    patched("yesno: string", R"({"answers": {"yn": {"value": "yes"}}})", "wrong_value_type", "s/yn",
            "the answer must be true or false, not a string");
    patched("yesno: number", R"({"answers": {"yn": {"value": 1}}})", "wrong_value_type", "s/yn");
    patched("scale: fraction", R"({"answers": {"sc": {"value": 2.5}}})", "wrong_value_type", "s/sc",
            "a whole number from 1 to 5");
    patched("scale: above max", R"({"answers": {"sc": {"value": 6}}})", "value_out_of_range",
            "s/sc", "6 is out of range");
    patched("scale: below min", R"({"answers": {"sc": {"value": 0}}})", "value_out_of_range",
            "s/sc");
    patched("scale: string", R"({"answers": {"sc": {"value": "3"}}})", "wrong_value_type", "s/sc");
    patched("nps: 11", R"({"answers": {"np": {"value": 11}}})", "value_out_of_range", "s/np",
            "from 0 to 10");
    patched("nps: -1", R"({"answers": {"np": {"value": -1}}})", "value_out_of_range", "s/np");
    patched("nps: fraction", R"({"answers": {"np": {"value": 7.5}}})", "wrong_value_type", "s/np");
    patched("number: above max", R"({"answers": {"nu": {"value": 100.5}}})", "value_out_of_range",
            "s/nu", "a number from 0 to 100");
    patched("number: below min", R"({"answers": {"nu": {"value": -0.01}}})", "value_out_of_range",
            "s/nu");
    patched("number: boolean", R"({"answers": {"nf": {"value": false}}})", "wrong_value_type",
            "s/nf", "a number, not a boolean");
    patched("duration: negative", R"({"answers": {"du": {"value": -3}}})", "value_out_of_range",
            "s/du", "seconds from 0");
    patched("duration: string", R"({"answers": {"du": {"value": "30"}}})", "wrong_value_type",
            "s/du");
    patched("count: fraction", R"({"answers": {"co": {"value": 1.5}}})", "wrong_value_type", "s/co",
            "a whole number from 0");
    patched("count: negative", R"({"answers": {"co": {"value": -1}}})", "value_out_of_range",
            "s/co");
    patched("metric override: negative", R"({"answers": {"ttg": {"value": -1}}})",
            "value_out_of_range", "s/ttg");
    patched("choice: unknown option", R"({"answers": {"ch": {"value": "z"}}})", "unknown_option",
            "s/ch", "ch has no option \"z\"");
    patched("choice: number", R"({"answers": {"ch": {"value": 1}}})", "wrong_value_type", "s/ch",
            "one option id");
    patched("choice: array", R"({"answers": {"ch": {"value": ["x"]}}})", "wrong_value_type",
            "s/ch");
    patched("checklist: duplicate option", R"({"answers": {"cl": {"value": ["p", "q", "p"]}}})",
            "duplicate_option", "s/cl", "option \"p\" is ticked twice");
    patched("checklist: unknown option", R"({"answers": {"cl": {"value": ["p", "z"]}}})",
            "unknown_option", "s/cl", "cl has no option \"z\"");
    patched("checklist: not a string", R"({"answers": {"cl": {"value": ["p", 3]}}})",
            "unknown_option", "s/cl", "options are named by their id, a string, not a number");
    patched("checklist: a single string", R"({"answers": {"cl": {"value": "p"}}})",
            "wrong_value_type", "s/cl", "an array of option ids");
    patched("text: number", R"({"answers": {"tx": {"value": 5}}})", "wrong_value_type", "s/tx");
    patched("photo: with a value", R"({"answers": {"ph": {"value": true}}})", "wrong_value_type",
            "s/ph", "a photo item is answered with 'photos', not with a 'value'");
    patched("N/A not allowed", R"({"answers": {"yn": {"value": null, "na": true}}})",
            "na_not_allowed", "s/yn", "cannot be answered N/A");
    patched("phone event in a store audit",
            R"({"timeline": [{"event": "dialled", "elapsedMs": 0}]})", "unknown_event",
            "timeline[0]", "\"dialled\" is not a store timeline event");
    patched("misspelt event",
            R"({"timeline": [{"event": "entered", "elapsedMs": 0},
                             {"event": "greated", "elapsedMs": 5}]})",
            "unknown_event", "timeline[1]", "\"greated\"");
    patched("every problem reported",
            R"({"timeline": [{"event": "rang", "elapsedMs": 0}],
                "answers": {"zz": {"value": 1}, "yn": {"value": "no"}, "np": {"value": 12},
                            "ch": {"value": "z"}, "tx": {"na": true, "value": null}}})",
            "value_out_of_range", "s/np", "", 6);
}

void TestAuditFormat::checkAudit()
{
    QFETCH(QByteArray, audit);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, issueCount);

    const Script script = loadedScript(kScript);
    // Every one of these audits is well-formed: only the check against the script fails.
    const Audit decodedAudit = decoded(audit);
    const Issues issues = tp::checkAudit(script, decodedAudit);
    const QString all = describe(issues);
    QVERIFY2(hasIssue(issues, code, path, fragment),
             qPrintable(QStringLiteral("expected [%1] %2 containing \"%3\"; got:\n%4")
                            .arg(code, path, fragment, all)));
    QVERIFY2(issues.size() == issueCount,
             qPrintable(QStringLiteral("expected %1 issue(s), got:\n%2").arg(issueCount).arg(all)));
}

void TestAuditFormat::checkComplete_data()
{
    QTest::addColumn<QByteArray>("answers");  // the audit's "answers" and "timeline"
    QTest::addColumn<QStringList>("missing"); // item paths, in script order

    QTest::newRow("nothing answered: hidden b is not missing")
        << QByteArray(R"({"answers": {}})") << QStringList{u"s/a"_s, u"s/c"_s, u"s/e"_s, u"u/f"_s};
    QTest::newRow("a no: b stays hidden") << QByteArray(R"({"answers": {"a": {"value": false}}})")
                                          << QStringList{u"s/c"_s, u"s/e"_s, u"u/f"_s};
    QTest::newRow("a yes: b shown and missing; critical g shown and missing")
        << QByteArray(R"({"answers": {"a": {"value": true}, "c": {"value": "x"}}})")
        << QStringList{u"s/b"_s, u"s/e"_s, u"s/g"_s, u"u/f"_s};
    QTest::newRow("critical g answered")
        << QByteArray(R"({"answers": {"a": {"value": false}, "c": {"value": "x"},
                          "e": {"value": true}, "f": {"value": 3}, "g": {"value": false}}})")
        << QStringList{};
    QTest::newRow("N/A counts as answered; timeline fills f")
        << QByteArray(R"({"answers": {"a": {"value": false}, "c": {"value": "y"},
                          "e": {"na": true}},
                          "timeline": [{"event": "entered", "elapsedMs": 0},
                                       {"event": "greeted", "elapsedMs": 4000}]})")
        << QStringList{};
    QTest::newRow("N/A where not allowed is still missing")
        << QByteArray(R"({"answers": {"a": {"na": true}, "c": {"value": "y"}, "e": {"value": true},
                          "f": {"value": 3}}})")
        << QStringList{u"s/a"_s};
    QTest::newRow("wrong value type is missing")
        << QByteArray(R"({"answers": {"a": {"value": "yes"}, "c": {"value": "nope"},
                          "e": {"value": true}, "f": {"value": 3}}})")
        << QStringList{u"s/a"_s, u"s/c"_s};
    QTest::newRow("all answered")
        << QByteArray(R"({"answers": {"a": {"value": true}, "b": {"value": false},
                          "c": {"value": "x"}, "e": {"value": false}, "f": {"value": 3},
                          "g": {"value": true}}})")
        << QStringList{};
}

void TestAuditFormat::checkComplete()
{
    QFETCH(QByteArray, answers);
    QFETCH(QStringList, missing);

    const Script script = loadedScript(R"({
      "id": "req", "version": 1, "title": "Required", "channel": "store", "passMark": 50,
      "sections": [
        {"id": "s", "title": "S", "touchpoint": "tp", "department": "sales", "items": [
          {"id": "a", "type": "yesno", "prompt": "Prompt A", "required": true},
          {"id": "b", "type": "yesno", "prompt": "Prompt B", "required": true,
           "showIf": {"item": "a", "equals": true}},
          {"id": "c", "type": "choice", "prompt": "Prompt C", "required": true,
           "options": [{"id": "x", "label": "X", "points": 1}, {"id": "y", "label": "Y"}]},
          {"id": "d", "type": "text", "prompt": "Prompt D"},
          {"id": "e", "type": "yesno", "prompt": "Prompt E", "required": true, "allowNA": true},
          {"id": "g", "type": "yesno", "prompt": "Prompt G", "critical": true,
           "showIf": {"item": "c", "equals": "x"}}]},
        {"id": "u", "title": "U", "touchpoint": "tp", "department": "sales", "items": [
          {"id": "f", "metric": "timeToGreet", "prompt": "Prompt F", "required": true}]}]})");
    QJsonObject audit = parseObject(R"({
        "uuid": "3f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b", "script": {"id": "req", "version": 1},
        "site": "s1", "auditor": "a", "mode": "self_audit",
        "startedAt": "2026-03-14T10:02:00Z"})");
    const QJsonObject parts = parseObject(answers);
    for (auto it = parts.begin(); it != parts.end(); ++it)
        audit.insert(it.key(), it.value());
    const Audit decodedAudit = decoded(QJsonDocument(audit).toJson());

    const ScoreResult score = scoreAudit(script, decodedAudit);
    const Issues issues = tp::checkComplete(script, score);
    QStringList paths;
    for (const Issue &issue : issues) {
        QCOMPARE(issue.code, QStringLiteral("missing_required"));
        const Item *item = script.findItem(issue.path.section(QLatin1Char('/'), 1));
        QVERIFY2(item, qPrintable(issue.path));
        QVERIFY2(issue.message.contains(item->prompt), qPrintable(issue.message));
        paths.append(issue.path);
    }
    QCOMPARE(paths, missing);
    QCOMPARE(score.complete(), missing.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditFormat)
#include "tst_auditformat.moc"
