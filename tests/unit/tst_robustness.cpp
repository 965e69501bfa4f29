// "No input may crash it": deterministic mutation testing of the script loader, the audit
// decoder, the checker, the scorer and the writers. Every mutated document is fed to both
// loadScript() and decodeAudit(); whatever loads is checked and scored against its partners.
// A failed load must explain itself with at least one issue that has a code and a message.

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/Score.h"
#include "core/ScriptLoader.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <functional>

using namespace tp;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kSeed = 20260314;
constexpr int kRounds = 12000;           // mutated documents; 1 to 3 mutations each
constexpr int kMinimumMutations = 20000; // in kRounds rounds; in proportion for fewer

const char kStoreScript[] = R"({
  "id": "robust-store", "version": 3, "title": "Robust store", "channel": "store",
  "passMark": 70, "criticalCap": 40, "description": "Every item type, condition and band.",
  "sections": [
    {"id": "front", "title": "Front", "touchpoint": "storefront", "department": "marketing",
     "weight": 1.5, "items": [
      {"id": "photo", "type": "photo", "prompt": "Photo of the front"},
      {"id": "clean", "type": "yesno", "prompt": "Clean?", "points": 2, "critical": true,
       "required": true},
      {"id": "display", "type": "scale", "prompt": "Display", "min": 1, "max": 5,
       "allowNA": true},
      {"id": "shelves", "type": "scale", "prompt": "Shelves", "min": 0, "max": 10,
       "bands": [{"min": 8, "points": 2}, {"min": 5, "points": 1}, {"points": 0}]}]},
    {"id": "greet", "title": "Greeting", "touchpoint": "greeting", "department": "sales",
     "weight": 2, "items": [
      {"id": "ttg", "metric": "timeToGreet", "prompt": "Time to greet", "required": true,
       "bands": [{"max": 30, "points": 4}, {"max": 60, "points": 2}, {"points": 0}]},
      {"id": "manner", "type": "choice", "prompt": "Manner",
       "options": [{"id": "warm", "label": "Warm", "points": 3},
                   {"id": "ok", "label": "OK", "points": 1}, {"id": "none", "label": "None"}]},
      {"id": "asked", "type": "checklist", "prompt": "Asked about",
       "options": [{"id": "use", "label": "Use", "points": 1},
                   {"id": "size", "label": "Size", "points": 0.5}],
       "showIf": {"item": "manner", "oneOf": ["warm", "ok"]}},
      {"id": "pushy", "type": "yesno", "prompt": "Pushy?", "good": "no",
       "showIf": {"item": "asked", "equals": "use"}},
      {"id": "helpful", "type": "scale", "prompt": "Helpful", "min": 1, "max": 5, "points": 2}]},
    {"id": "pay", "title": "Pay", "touchpoint": "checkout", "department": "finance", "items": [
      {"id": "queue", "type": "count", "prompt": "Queue", "allowNA": true,
       "bands": [{"max": 2, "points": 2}, {"points": 0}]},
      {"id": "ttp", "type": "duration", "metric": "timeToPay", "prompt": "Time to pay"},
      {"id": "total", "type": "number", "prompt": "Total", "min": 0, "max": 10000, "unit": "EUR",
       "bands": [{"max": 100, "points": 1}, {"min": 100, "points": 0}]},
      {"id": "wait", "type": "duration", "prompt": "Wait",
       "bands": [{"max": 60, "points": 1}, {"points": 0}], "showIf": {"item": "queue", "above": 0}},
      {"id": "nps", "type": "nps", "prompt": "Recommend?", "required": true},
      {"id": "why", "type": "text", "prompt": "Why?", "showIf": {"item": "nps", "below": 7}}]}
  ]
})";

const char kStoreAudit[] = R"({
  "uuid": "0f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b",
  "script": {"id": "robust-store", "version": 3},
  "site": "store-1", "auditor": "shopper", "mode": "mystery_shop", "assignment": "a-1",
  "startedAt": "2026-03-14T10:02:00Z", "submittedAt": "2026-03-14T10:40:00+01:00",
  "checkIn": {"latitude": 44.06, "longitude": -121.31, "accuracy": 5, "at": "2026-03-14T10:01:00Z"},
  "timeline": [
    {"event": "entered", "elapsedMs": 0, "at": "2026-03-14T10:02:00Z"},
    {"event": "greeted", "elapsedMs": 25000},
    {"event": "served", "elapsedMs": 70000},
    {"event": "paid", "elapsedMs": 400000},
    {"event": "left", "elapsedMs": 450000}],
  "answers": {
    "photo": {"photos": ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]},
    "clean": {"value": true, "note": "spotless", "answeredAt": "2026-03-14T10:03:00Z"},
    "display": {"na": true},
    "shelves": {"value": 7},
    "manner": {"value": "warm"},
    "asked": {"value": ["use", "size"]},
    "pushy": {"value": false},
    "helpful": {"value": 4},
    "queue": {"value": 3},
    "total": {"value": 59.9},
    "wait": {"value": 45.5},
    "nps": {"value": 6},
    "why": {"value": "slow till"}
  }
})";

const char kPhoneScript[] = R"({
  "id": "robust-phone", "version": 1, "title": "Robust phone", "channel": "phone", "passMark": 60,
  "sections": [
    {"id": "line", "title": "Line", "touchpoint": "ivr", "department": "operations", "items": [
      {"id": "tta", "metric": "timeToAnswer", "prompt": "Answer",
       "bands": [{"max": 20, "points": 2}, {"points": 0}]},
      {"id": "menus", "metric": "timeInMenus", "prompt": "Menus"},
      {"id": "hold", "metric": "totalHold", "prompt": "Hold",
       "bands": [{"max": 60, "points": 2}, {"max": 180, "points": 1}, {"points": 0}]},
      {"id": "holds", "metric": "holdCount", "prompt": "Holds",
       "bands": [{"max": 1, "points": 1}, {"points": 0}]},
      {"id": "transfers", "metric": "transferCount", "prompt": "Transfers"},
      {"id": "length", "metric": "callLength", "prompt": "Length"}]},
    {"id": "agent", "title": "Agent", "touchpoint": "agent", "department": "customer_service",
     "weight": 3, "items": [
      {"id": "solved", "type": "yesno", "prompt": "Solved?", "points": 3, "critical": true},
      {"id": "rec", "type": "nps", "prompt": "Recommend?", "required": true,
       "bands": [{"min": 9, "points": 2}, {"min": 7, "points": 1}, {"points": 0}]},
      {"id": "followup", "type": "yesno", "prompt": "Follow-up offered?",
       "showIf": {"item": "transfers", "above": 0}}]}
  ]
})";

const char kPhoneAudit[] = R"({
  "uuid": "1f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b",
  "script": {"id": "robust-phone", "version": 1},
  "site": "support-line", "auditor": "caller", "mode": "self_audit",
  "startedAt": "2026-03-14T10:02:00.125Z",
  "timeline": [
    {"event": "dialled", "elapsedMs": 0},
    {"event": "menuEntered", "elapsedMs": 5000},
    {"event": "agentAnswered", "elapsedMs": 40000},
    {"event": "holdStarted", "elapsedMs": 60000},
    {"event": "holdEnded", "elapsedMs": 90000},
    {"event": "transferred", "elapsedMs": 100000},
    {"event": "resolved", "elapsedMs": 200000},
    {"event": "hungUp", "elapsedMs": 210000}],
  "answers": {
    "solved": {"value": false},
    "rec": {"value": 8},
    "followup": {"value": true},
    "hold": {"value": 31.5}
  }
})";

// One document the mutations start from, with the valid documents it pairs with.
struct Seed
{
    QString name;
    QByteArray bytes;
    bool isScript = false;
    QList<int> partners; // indexes into m_seeds: the audits of a script, the script of an audit
};

struct Counts
{
    qint64 rounds = 0;
    qint64 mutations = 0;
    qint64 scriptsLoaded = 0;
    qint64 auditsDecoded = 0;
    qint64 scored = 0;
    std::array<qint64, 12> perOperator{};
};

QString excerpt(const QByteArray &bytes)
{
    QByteArray shown = bytes.left(600);
    for (char &c : shown) {
        if (uchar(c) < 0x20 && c != '\n')
            c = '?';
    }
    return QStringLiteral("%1 bytes: %2%3")
        .arg(bytes.size())
        .arg(QString::fromUtf8(shown))
        .arg(bytes.size() > 600 ? QStringLiteral("...") : QString());
}

// Empty when the result is consistent: loaded with no issues, or not loaded with at least one
// issue, each with a code and a message.
QString inconsistency(bool ok, const Issues &issues)
{
    if (ok && !issues.isEmpty())
        return QStringLiteral("loaded but reported %1 issue(s)").arg(issues.size());
    if (!ok && issues.isEmpty())
        return QStringLiteral("failed without reporting an issue");
    for (const Issue &issue : issues) {
        if (issue.code.isEmpty() || issue.message.isEmpty())
            return QStringLiteral("an issue without code or message at \"%1\" (code \"%2\")")
                .arg(issue.path, issue.code);
    }
    return {};
}

bool isPercent(const QJsonValue &value)
{
    return value.isNull() || (value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 100);
}

// Checks and scores an audit against a script; empty when every result is consistent.
QString exerciseScoring(const Script &script, const Audit &audit)
{
    const Issues checkIssues = checkAudit(script, audit);
    for (const Issue &issue : checkIssues) {
        if (issue.code.isEmpty() || issue.message.isEmpty())
            return QStringLiteral("checkAudit: an issue without code or message");
    }
    const ScoreResult score = scoreAudit(script, audit);
    if (score.items.size() != script.items.size() ||
        score.sections.size() != script.sections.size())
        return QStringLiteral("scoreAudit: %1 item scores for %2 items")
            .arg(score.items.size())
            .arg(script.items.size());
    const QJsonObject json = scoreToJson(script, score);
    if (json.value(QLatin1String("items")).toArray().size() != script.items.size())
        return QStringLiteral("scoreToJson: wrong number of items");
    if (!isPercent(json.value(QLatin1String("overall"))) ||
        !isPercent(json.value(QLatin1String("uncapped"))))
        return QStringLiteral("scoreToJson: overall %1 is not a percentage")
            .arg(json.value(QLatin1String("overall")).toDouble());
    for (const QJsonValue &section : json.value(QLatin1String("sections")).toArray()) {
        if (!isPercent(section.toObject().value(QLatin1String("percent"))))
            return QStringLiteral("scoreToJson: a section percent is out of 0..100");
    }
    for (const ItemScore &item : score.items) {
        if (item.earned < 0 || item.earned > item.possible)
            return QStringLiteral("scoreAudit: item %1 earns %2 of %3")
                .arg(script.itemPath(item.item))
                .arg(item.earned)
                .arg(item.possible);
    }
    // The same inputs give the same score.
    if (scoreToJson(script, scoreAudit(script, audit)) != json)
        return QStringLiteral("scoreAudit is not deterministic");
    for (const Issue &issue : checkComplete(script, score)) {
        if (issue.code != QLatin1String("missing_required"))
            return QStringLiteral("checkComplete: unexpected code %1").arg(issue.code);
    }
    return {};
}

// What the writers produce from a loaded document loads again.
QString exerciseWriters(const Script *script, const Audit *audit)
{
    if (script) {
        const ScriptLoadResult again =
            loadScript(QJsonDocument(scriptToJson(*script)).toJson(QJsonDocument::Compact));
        if (!again.ok())
            return QStringLiteral("scriptToJson output does not load: ") +
                   again.issues.first().toString();
    }
    if (audit) {
        const AuditDecodeResult again =
            decodeAudit(QJsonDocument(auditToJson(*audit)).toJson(QJsonDocument::Compact));
        if (!again.ok())
            return QStringLiteral("auditToJson output does not decode: ") +
                   again.issues.first().toString();
    }
    return {};
}

// --- mutations ------------------------------------------------------------------------------

enum class Token
{
    String,
    Number,
    Literal
};

struct TokenSpan
{
    int start;
    int length;
    Token kind;
};

// A forgiving scan for JSON value tokens; it works on broken documents too.
QList<TokenSpan> scanTokens(const QByteArray &text)
{
    QList<TokenSpan> tokens;
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        const char c = text.at(i);
        if (c == '"') {
            int j = i + 1;
            while (j < size && text.at(j) != '"')
                j += text.at(j) == '\\' ? 2 : 1;
            const int end = std::min(j + 1, size);
            tokens.append({i, end - i, Token::String});
            i = end;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            int j = i + 1;
            while (j < size &&
                   (std::isdigit(uchar(text.at(j))) || text.at(j) == '.' || text.at(j) == 'e' ||
                    text.at(j) == 'E' || text.at(j) == '+' || text.at(j) == '-'))
                ++j;
            tokens.append({i, j - i, Token::Number});
            i = j;
        } else if (text.mid(i, 4) == "true" || text.mid(i, 4) == "null") {
            tokens.append({i, 4, Token::Literal});
            i += 4;
        } else if (text.mid(i, 5) == "false") {
            tokens.append({i, 5, Token::Literal});
            i += 5;
        } else {
            ++i;
        }
    }
    return tokens;
}

const std::array<const char *, 22> kNumberTexts{"0",
                                                "-1",
                                                "1e308",
                                                "-1e308",
                                                "1.5",
                                                "0.001",
                                                "-0",
                                                "100.005",
                                                "2147483648",
                                                "9007199254740993",
                                                "4.9e-324",
                                                "1e400",
                                                "1e-400",
                                                "-9223372036854775809",
                                                "18446744073709551616",
                                                "00",
                                                "1.",
                                                ".5",
                                                "1e",
                                                "--1",
                                                "99999999999999999999999999999999",
                                                "0.1e1"};

const std::array<const char *, 14> kValueTexts{
    "null", "true", "false", "-1",     "1e308",          "1.5",         "\"\"",
    "[]",   "{}",   "\"x\"", "[null]", "{\"id\":\"x\"}", "\"\\u0000\"", "\"\\ud800\""};

const std::array<const char *, 9> kUnicodeBytes{
    "\xff",    "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
    "\\u0000", "\\ud83d",  "\xe2\x82",     "\xf0\x9f\x98\x80",
    "\\"};

QJsonValue interestingValue(QRandomGenerator &rng)
{
    switch (rng.bounded(14)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return true;
    case 2:
        return false;
    case 3:
        return -1;
    case 4:
        return 0;
    case 5:
        return 1e308;
    case 6:
        return 1.5;
    case 7:
        return QString();
    case 8:
        return QString(5000, QLatin1Char('x'));
    case 9:
        return QJsonArray();
    case 10:
        return QJsonObject();
    case 11:
        return QStringLiteral("x");
    case 12:
        return double(rng.bounded(200)) - 50;
    default:
        return 100.005;
    }
}

int countNodes(const QJsonValue &value)
{
    int count = 1;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            count += countNodes(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &child : value.toArray())
            count += countNodes(child);
    }
    return count;
}

// Changes the node at pre-order position `target` (counted down while walking).
QJsonValue mutateNode(const QJsonValue &value, int &target, QRandomGenerator &rng,
                      const QJsonValue &donor)
{
    if (target-- == 0) {
        const int choice = int(rng.bounded(10));
        if (value.isObject() && !value.toObject().isEmpty() && choice < 5) {
            QJsonObject object = value.toObject();
            const QStringList keys = object.keys();
            const QString key = keys.at(int(rng.bounded(int(keys.size()))));
            switch (choice) {
            case 0: // remove a field
                object.remove(key);
                break;
            case 1: // misspell a field
                object.insert(key.left(key.size() - 1), object.take(key));
                break;
            case 2: // an unknown field
                object.insert(key + QStringLiteral("s"), interestingValue(rng));
                break;
            case 3: // a field takes another node's value
                object.insert(key, donor);
                break;
            default:
                object.insert(key, interestingValue(rng));
                break;
            }
            return object;
        }
        if (value.isArray() && !value.toArray().isEmpty() && choice < 6) {
            QJsonArray array = value.toArray();
            const int index = int(rng.bounded(int(array.size())));
            switch (choice) {
            case 0:
                array.removeAt(index);
                break;
            case 1: // a duplicate: duplicate ids, a second nps, ...
                array.insert(index, array.at(index));
                break;
            case 2: { // reorder: conditions on later items
                const QJsonValue moved = array.takeAt(index);
                array.insert(int(rng.bounded(int(array.size()) + 1)), moved);
                break;
            }
            case 3:
                array.append(donor);
                break;
            case 4: // many copies
                for (int i = 0; i < 40; ++i)
                    array.append(array.at(index));
                break;
            default:
                array.replace(index, interestingValue(rng));
                break;
            }
            return array;
        }
        if (choice == 9)
            return donor;
        if (value.isDouble() && choice < 8) // nearby numbers: off-by-one and boundary values
            return value.toDouble() + (double(rng.bounded(7)) - 3) * (choice < 4 ? 1 : 0.005);
        return interestingValue(rng);
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && target >= 0; ++it)
            it.value() = mutateNode(it.value(), target, rng, donor);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (int i = 0; i < array.size() && target >= 0; ++i)
            array.replace(i, mutateNode(array.at(i), target, rng, donor));
        return array;
    }
    return value;
}

// A copy of the node at pre-order position `target`.
QJsonValue nodeAt(const QJsonValue &value, int &target)
{
    if (target-- == 0)
        return value;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue found = nodeAt(it.value(), target);
            if (target < 0)
                return found;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &child : value.toArray()) {
            const QJsonValue found = nodeAt(child, target);
            if (target < 0)
                return found;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {
    }

    QRandomGenerator &rng() { return m_rng; }

    // Applies one random mutation; returns the operator used.
    int mutate(QByteArray &doc)
    {
        // Structure-aware mutations keep the document parseable, so they reach the semantic
        // checks and the scorer; byte-level ones exercise the parser and the error paths.
        const int op = m_rng.bounded(100) < 35 ? 9 : int(m_rng.bounded(12));
        switch (op) {
        case 0: // flip a bit
            if (!doc.isEmpty()) {
                const int at = pos(doc);
                doc[at] = char(doc.at(at) ^ char(1 << m_rng.bounded(8)));
            }
            break;
        case 1: // set a byte to a JSON-significant or random one
            if (!doc.isEmpty()) {
                static const char significant[] = "{}[]\":,\\0123456789.-+eEtfn \n\t";
                doc[pos(doc)] = m_rng.bounded(2)
                                    ? significant[m_rng.bounded(int(sizeof significant - 1))]
                                    : char(m_rng.bounded(256));
            }
            break;
        case 2: { // insert bytes
            QByteArray bytes;
            const int n = 1 + int(m_rng.bounded(8));
            for (int i = 0; i < n; ++i)
                bytes += char(m_rng.bounded(256));
            doc.insert(pos(doc, true), bytes);
            break;
        }
        case 3: // delete a range
            if (!doc.isEmpty()) {
                const int at = pos(doc);
                doc.remove(at, 1 + int(m_rng.bounded(std::min<int>(64, int(doc.size()) - at))));
            }
            break;
        case 4: // truncate
            doc.truncate(pos(doc, true));
            break;
        case 5: { // duplicate a slice somewhere else
            if (doc.isEmpty())
                break;
            const int from = pos(doc);
            const QByteArray slice = doc.mid(from, 1 + int(m_rng.bounded(200)));
            doc.insert(pos(doc, true), slice);
            break;
        }
        case 6: // change a token's JSON type (numbers to strings, strings to numbers, ...)
            swapTokenType(doc);
            break;
        case 7: // a number at its limits or malformed
            replaceToken(doc, Token::Number, kNumberTexts[m_rng.bounded(int(kNumberTexts.size()))]);
            break;
        case 8: { // deep nesting
            const int depth = m_rng.bounded(2) ? 10000 : 1 + int(m_rng.bounded(3000));
            const QByteArray open =
                m_rng.bounded(2) ? QByteArray(depth, '[') : QByteArray("{\"a\":").repeated(depth);
            const int at = pos(doc, true);
            doc.insert(at, open);
            if (m_rng.bounded(2) && open.at(0) == '[')
                doc.insert(at + open.size(), QByteArray(depth, ']'));
            break;
        }
        case 9:
            mutateTree(doc);
            break;
        case 10: { // invalid or unusual UTF-8, escapes and NUL, usually inside a string
            const int index = int(m_rng.bounded(int(kUnicodeBytes.size()) + 1));
            const QByteArray bytes = index == int(kUnicodeBytes.size())
                                         ? QByteArray(1, '\0')
                                         : QByteArray(kUnicodeBytes[index]);
            doc.insert(insideString(doc), bytes);
            break;
        }
        default: { // swap two tokens (e.g. an id and a number)
            const QList<TokenSpan> tokens = scanTokens(doc);
            if (tokens.size() < 2)
                break;
            TokenSpan a = tokens.at(int(m_rng.bounded(int(tokens.size()))));
            TokenSpan b = tokens.at(int(m_rng.bounded(int(tokens.size()))));
            if (a.start == b.start)
                break;
            if (a.start > b.start)
                std::swap(a, b);
            const QByteArray first = doc.mid(a.start, a.length);
            const QByteArray second = doc.mid(b.start, b.length);
            doc.replace(b.start, b.length, first);
            doc.replace(a.start, a.length, second);
            break;
        }
        }
        return op;
    }

private:
    int pos(const QByteArray &doc, bool allowEnd = false)
    {
        const int size = int(doc.size()) + (allowEnd ? 1 : 0);
        return size <= 0 ? 0 : int(m_rng.bounded(size));
    }

    int insideString(const QByteArray &doc)
    {
        const QList<TokenSpan> tokens = scanTokens(doc);
        QList<TokenSpan> strings;
        for (const TokenSpan &t : tokens) {
            if (t.kind == Token::String && t.length >= 2)
                strings.append(t);
        }
        if (strings.isEmpty())
            return pos(doc, true);
        const TokenSpan &t = strings.at(int(m_rng.bounded(int(strings.size()))));
        return t.start + 1 + int(m_rng.bounded(t.length - 1));
    }

    void replaceToken(QByteArray &doc, Token kind, const QByteArray &replacement)
    {
        QList<TokenSpan> matching;
        for (const TokenSpan &t : scanTokens(doc)) {
            if (t.kind == kind)
                matching.append(t);
        }
        if (matching.isEmpty())
            return;
        const TokenSpan &t = matching.at(int(m_rng.bounded(int(matching.size()))));
        doc.replace(t.start, t.length, replacement);
    }

    void swapTokenType(QByteArray &doc)
    {
        const QList<TokenSpan> tokens = scanTokens(doc);
        if (tokens.isEmpty())
            return;
        const TokenSpan &t = tokens.at(int(m_rng.bounded(int(tokens.size()))));
        const QByteArray text = doc.mid(t.start, t.length);
        QByteArray replacement;
        switch (t.kind) {
        case Token::Number:
            replacement = '"' + text + '"';
            break;
        case Token::String: {
            const QByteArray inner = text.mid(1, text.size() - 2);
            bool isNumber = false;
            inner.toDouble(&isNumber);
            replacement =
                isNumber ? inner : QByteArray(kValueTexts[m_rng.bounded(int(kValueTexts.size()))]);
            break;
        }
        case Token::Literal:
            replacement = m_rng.bounded(2)
                              ? '"' + text + '"'
                              : QByteArray(kValueTexts[m_rng.bounded(int(kValueTexts.size()))]);
            break;
        }
        doc.replace(t.start, t.length, replacement);
    }

    void mutateTree(QByteArray &doc)
    {
        const QJsonDocument parsed = QJsonDocument::fromJson(doc);
        if (parsed.isNull()) {
            swapTokenType(doc);
            return;
        }
        const QJsonValue root =
            parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(parsed.array());
        const int nodes = countNodes(root);
        int donorIndex = int(m_rng.bounded(nodes));
        const QJsonValue donor = nodeAt(root, donorIndex);
        int target = int(m_rng.bounded(nodes));
        const QJsonValue mutated = mutateNode(root, target, m_rng, donor);
        const auto format = m_rng.bounded(2) ? QJsonDocument::Compact : QJsonDocument::Indented;
        if (mutated.isObject())
            doc = QJsonDocument(mutated.toObject()).toJson(format);
        else if (mutated.isArray())
            doc = QJsonDocument(mutated.toArray()).toJson(format);
        else // a bare scalar: "[x]" without its brackets
            doc =
                QJsonDocument(QJsonArray{mutated}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }

    QRandomGenerator m_rng;
};

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomMutations();
    void fieldReplacements_data();
    void fieldReplacements();
    void deepNesting_data();
    void deepNesting();
    void oversizedInputs();

private:
    void addSeed(const QString &name, const QByteArray &bytes);
    // Runs everything on one document; empty when all went well, else what went wrong.
    QString exercise(const QByteArray &bytes, const Seed &seed, Counts &counts);

    QList<Seed> m_seeds;
    QHash<int, Script> m_scripts; // seed index -> loaded script
    QHash<int, Audit> m_audits;   // seed index -> decoded audit
    QList<int> m_scriptSeeds;     // seed indexes by kind
    QList<int> m_otherSeeds;
};

void TestRobustness::addSeed(const QString &name, const QByteArray &bytes)
{
    Seed seed;
    seed.name = name;
    seed.bytes = bytes;
    const int index = int(m_seeds.size());
    const ScriptLoadResult script = loadScript(bytes);
    const AuditDecodeResult audit = decodeAudit(bytes);
    seed.isScript = script.ok();
    if (script.ok())
        m_scripts.insert(index, *script.script);
    if (audit.ok())
        m_audits.insert(index, *audit.audit);
    (seed.isScript ? m_scriptSeeds : m_otherSeeds).append(index);
    m_seeds.append(seed);
}

void TestRobustness::initTestCase()
{
    addSeed(QStringLiteral("inline store script"), kStoreScript);
    addSeed(QStringLiteral("inline store audit"), kStoreAudit);
    addSeed(QStringLiteral("inline phone script"), kPhoneScript);
    addSeed(QStringLiteral("inline phone audit"), kPhoneAudit);
    QVERIFY2(m_scripts.contains(0) && m_scripts.contains(2), "the inline scripts must load");
    QVERIFY2(m_audits.contains(1) && m_audits.contains(3), "the inline audits must decode");

    int demoFiles = 0;
    for (const char *folder : {"assets/demo/scripts", "assets/demo/audits"}) {
        QDirIterator it(test::sourcePath(QLatin1String(folder)), {QStringLiteral("*.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort(); // a fixed order keeps the run deterministic
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            addSeed(QDir(test::sourcePath(QString())).relativeFilePath(file), f.readAll());
            ++demoFiles;
        }
    }
    QVERIFY2(demoFiles > 0, "no demo scripts or audits found under assets/demo");

    // Pair every audit with the scripts of its id and version (in seed order: deterministic).
    for (int a = 0; a < m_seeds.size(); ++a) {
        for (int s = 0; s < m_seeds.size() && m_audits.contains(a); ++s) {
            const auto script = m_scripts.constFind(s);
            if (script != m_scripts.cend() && script->id == m_audits[a].scriptId &&
                script->version == m_audits[a].scriptVersion) {
                m_seeds[a].partners.append(s);
                m_seeds[s].partners.append(a);
            }
        }
    }
    QVERIFY(!m_seeds[0].partners.isEmpty());
    QVERIFY(!m_seeds[2].partners.isEmpty());
    for (int i = 0; i < m_seeds.size(); ++i) {
        const Seed &seed = m_seeds.at(i);
        qInfo("seed %s: %s, %d byte(s), %d partner(s)", qPrintable(seed.name),
              seed.isScript ? "script" : (m_audits.contains(i) ? "audit" : "neither"),
              int(seed.bytes.size()), int(seed.partners.size()));
    }
}

QString TestRobustness::exercise(const QByteArray &bytes, const Seed &seed, Counts &counts)
{
    const ScriptLoadResult script = loadScript(bytes);
    if (const QString problem = inconsistency(script.ok(), script.issues); !problem.isEmpty())
        return QStringLiteral("loadScript: ") + problem;
    const AuditDecodeResult audit = decodeAudit(bytes);
    if (const QString problem = inconsistency(audit.ok(), audit.issues); !problem.isEmpty())
        return QStringLiteral("decodeAudit: ") + problem;

    if (script.ok()) {
        ++counts.scriptsLoaded;
        QList<Audit> audits{Audit()}; // an empty audit: nothing answered
        for (int partner : seed.partners) {
            if (m_audits.contains(partner))
                audits.append(m_audits.value(partner));
        }
        for (const Audit &a : std::as_const(audits)) {
            ++counts.scored;
            if (const QString problem = exerciseScoring(*script.script, a); !problem.isEmpty())
                return problem;
        }
        if (const QString problem = exerciseWriters(&*script.script, nullptr); !problem.isEmpty())
            return problem;
    }
    if (audit.ok()) {
        ++counts.auditsDecoded;
        // Its own script, and a script of the other channel that it does not fit.
        QList<int> scripts = seed.partners;
        scripts.append(seed.name.contains(QLatin1String("phone")) ? 0 : 2);
        for (int index : std::as_const(scripts)) {
            if (!m_scripts.contains(index))
                continue;
            ++counts.scored;
            if (const QString problem = exerciseScoring(m_scripts.value(index), *audit.audit);
                !problem.isEmpty())
                return problem;
        }
        if (const QString problem = exerciseWriters(nullptr, &*audit.audit); !problem.isEmpty())
            return problem;
    }
    return {};
}

void TestRobustness::randomMutations()
{
    QElapsedTimer timer;
    timer.start();
    Mutator mutator(kSeed);
    Counts counts;
    // The sanitizer run (tools/test-sanitized) takes the first quarter: under ASan the rounds
    // are ten times slower, and its fuzzers go on past them.
    const int rounds = qEnvironmentVariableIntValue("TOUCHPOINT_ROBUSTNESS_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("TOUCHPOINT_ROBUSTNESS_ROUNDS")
                           : kRounds;
    for (int round = 0; round < rounds; ++round) {
        // Half the documents start from a script, half from an audit (or another file).
        const QList<int> &pool = mutator.rng().bounded(2) ? m_scriptSeeds : m_otherSeeds;
        const Seed &seed = m_seeds.at(pool.at(int(mutator.rng().bounded(int(pool.size())))));
        QByteArray doc = seed.bytes;
        const int mutations = 1 + int(mutator.rng().bounded(3));
        for (int m = 0; m < mutations; ++m) {
            ++counts.perOperator[std::size_t(mutator.mutate(doc))];
            ++counts.mutations;
            if (doc.size() > 256 * 1024) // keep runs fast; the size limits are tested separately
                doc.truncate(256 * 1024);
        }
        ++counts.rounds;
        const QString problem = exercise(doc, seed, counts);
        if (!problem.isEmpty()) {
            qWarning("round %d, seed %s: %s\n%s", round, qPrintable(seed.name), qPrintable(problem),
                     qPrintable(excerpt(doc)));
            QFAIL(qPrintable(problem));
        }
    }
    QStringList perOperator;
    for (qint64 n : counts.perOperator)
        perOperator.append(QString::number(n));
    qInfo("%lld documents, %lld mutations (per operator: %s): %lld loaded as scripts, "
          "%lld decoded as audits, %lld audits scored, in %lld ms",
          counts.rounds, counts.mutations, qPrintable(perOperator.join(QLatin1Char(' '))),
          counts.scriptsLoaded, counts.auditsDecoded, counts.scored, timer.elapsed());
    QVERIFY(counts.mutations >= qint64(kMinimumMutations) * rounds / kRounds);
    // The structure-aware mutations must reach the scorer, or this test checks too little.
    QVERIFY(counts.scriptsLoaded > 0);
    QVERIFY(counts.auditsDecoded > 0);
}

void TestRobustness::fieldReplacements_data()
{
    QTest::addColumn<int>("seedIndex");
    for (int i = 0; i < m_seeds.size(); ++i) {
        if (m_seeds[i].isScript || m_audits.contains(i))
            QTest::newRow(qPrintable(m_seeds[i].name)) << i;
    }
}

// Every field (and array element) of a valid document replaced, one at a time, with each of a
// set of awkward values.
void TestRobustness::fieldReplacements()
{
    QFETCH(int, seedIndex);
    const Seed &seed = m_seeds.at(seedIndex);
    const QJsonObject root = QJsonDocument::fromJson(seed.bytes).object();
    const QList<QJsonValue> replacements{
        QJsonValue(QJsonValue::Null),    true,         -1,           1e308, 1.5, QString(),
        QString(5000, QLatin1Char('x')), QJsonArray(), QJsonObject()};
    // No script field takes null, an empty array or object, or 5000 characters.
    const QList<bool> mustFailForScript{true, false, false, false, false, false, true, true, true};

    const int nodes = countNodes(root);
    Counts counts;
    int replaced = 0;
    for (int node = 1; node < nodes; ++node) { // node 0 is the document itself
        for (int r = 0; r < replacements.size(); ++r) {
            // Replace the node at pre-order position `node` with the value.
            std::function<QJsonValue(const QJsonValue &, int &)> replace =
                [&](const QJsonValue &value, int &target) -> QJsonValue {
                if (target-- == 0)
                    return replacements[r];
                if (value.isObject()) {
                    QJsonObject object = value.toObject();
                    for (auto it = object.begin(); it != object.end() && target >= 0; ++it)
                        it.value() = replace(it.value(), target);
                    return object;
                }
                if (value.isArray()) {
                    QJsonArray array = value.toArray();
                    for (int i = 0; i < array.size() && target >= 0; ++i)
                        array.replace(i, replace(array.at(i), target));
                    return array;
                }
                return value;
            };
            int target = node;
            const QByteArray bytes = QJsonDocument(replace(root, target).toObject()).toJson();
            ++replaced;
            const QString problem = exercise(bytes, seed, counts);
            if (!problem.isEmpty()) {
                qWarning("node %d replaced with value %d: %s\n%s", node, r, qPrintable(problem),
                         qPrintable(excerpt(bytes)));
                QFAIL(qPrintable(problem));
            }
            if (seed.isScript && mustFailForScript[r]) {
                const ScriptLoadResult result = loadScript(bytes);
                QVERIFY2(!result.ok(), qPrintable(QStringLiteral("node %1 replaced with value %2 "
                                                                 "still loads:\n%3")
                                                      .arg(node)
                                                      .arg(r)
                                                      .arg(excerpt(bytes))));
            }
        }
    }
    qInfo("%s: %d replacements: %lld loaded as scripts, %lld decoded as audits",
          qPrintable(seed.name), replaced, counts.scriptsLoaded, counts.auditsDecoded);
    QVERIFY(replaced >= 9 * 20);
    // Harmless replacements (e.g. a description set to "") still load.
    QVERIFY(seed.isScript ? counts.scriptsLoaded > 0 : counts.auditsDecoded > 0);
}

void TestRobustness::deepNesting_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("10000 [") << QByteArray(10000, '[');
    QTest::newRow("10000 [ and ]") << QByteArray(10000, '[') + QByteArray(10000, ']');
    QTest::newRow("10000 {\"a\":") << QByteArray("{\"a\":").repeated(10000);
    QTest::newRow("10000 nested objects")
        << QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}');
    QTest::newRow("nested in a description")
        << QByteArray(
               R"({"id":"t","version":1,"title":"T","channel":"store","passMark":1,"description":)") +
               QByteArray(10000, '[') + QByteArray(10000, ']') + R"(,"sections":[]})";
    QTest::newRow("500 deep in sections")
        << QByteArray(
               R"({"id":"t","version":1,"title":"T","channel":"store","passMark":1,"sections":)") +
               QByteArray(500, '[') + QByteArray(500, ']') + "}";
    QTest::newRow("500 deep in an answer")
        << QByteArray(
               R"({"uuid":"0f2b8c1e-6a4d-4e8f-9b1a-2c3d4e5f6a7b","script":{"id":"x","version":1},)"
               R"("site":"s","auditor":"a","mode":"self_audit","startedAt":"2026-01-01T00:00:00Z",)"
               R"("answers":{"a":{"value":)") +
               QByteArray(500, '[') + QByteArray(500, ']') + "}}}";
}

void TestRobustness::deepNesting()
{
    QFETCH(QByteArray, json);
    const ScriptLoadResult script = loadScript(json);
    QVERIFY(!script.ok());
    QCOMPARE(inconsistency(script.ok(), script.issues), QString());
    const AuditDecodeResult audit = decodeAudit(json);
    QCOMPARE(inconsistency(audit.ok(), audit.issues), QString());
    if (audit.ok()) {
        // A deeply nested value decodes; checking and scoring it must be safe too.
        for (int index : m_scripts.keys())
            QCOMPARE(exerciseScoring(m_scripts.value(index), *audit.audit), QString());
    }
}

void TestRobustness::oversizedInputs()
{
    QByteArray huge(kMaxScriptBytes + 1, ' ');
    huge[0] = '{';
    huge[huge.size() - 1] = '}';
    const ScriptLoadResult script = loadScript(huge);
    QVERIFY(!script.ok());
    QCOMPARE(script.issues.size(), 1);
    QCOMPARE(script.issues.first().code, QStringLiteral("too_large"));

    QByteArray hugeAudit(kMaxAuditBytes + 1, ' ');
    hugeAudit[0] = '{';
    hugeAudit[hugeAudit.size() - 1] = '}';
    const AuditDecodeResult audit = decodeAudit(hugeAudit);
    QVERIFY(!audit.ok());
    QCOMPARE(audit.issues.size(), 1);
    QCOMPARE(audit.issues.first().code, QStringLiteral("too_large"));

    // Many sections, items and answers, each within or just over the limits.
    QJsonObject base = QJsonDocument::fromJson(kStoreScript).object();
    QJsonArray sections;
    for (int s = 0; s < 200; ++s) {
        QJsonArray items;
        for (int i = 0; i < 11; ++i)
            items.append(QJsonObject{{u"id"_s, QStringLiteral("i%1_%2").arg(s).arg(i)},
                                     {u"type"_s, u"yesno"_s},
                                     {u"prompt"_s, u"Q?"_s}});
        sections.append(QJsonObject{{u"id"_s, QStringLiteral("s%1").arg(s)},
                                    {u"title"_s, u"S"_s},
                                    {u"touchpoint"_s, u"tp"_s},
                                    {u"department"_s, u"sales"_s},
                                    {u"items"_s, items}});
    }
    base.insert(u"sections"_s, sections);
    const ScriptLoadResult many = loadScript(QJsonDocument(base).toJson());
    QVERIFY(!many.ok()); // 2200 items: more than the 2000 allowed
    QCOMPARE(inconsistency(many.ok(), many.issues), QString());
    // The item limit is reported once, not again for every later section.
    const auto tooMany =
        std::count_if(many.issues.cbegin(), many.issues.cend(), [](const Issue &issue) {
            return issue.code == QLatin1String("too_many") &&
                   issue.path == QLatin1String("s181/items[9]");
        });
    QCOMPARE(tooMany, 1);
    QCOMPARE(many.issues.size(), 1);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
