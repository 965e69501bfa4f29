// The canonical audit JSON written directly (core/CanonicalAudit, core/JsonText) is byte for byte
// what QJsonDocument writes: its SHA-256 is what receipts compare, and phones of earlier versions
// computed it through QJsonDocument. Compared on the demo audits, on hand-picked awkward values,
// and on thousands of random audits (strings with escapes, non-ASCII, emoji and lone surrogates;
// numbers integral, fractional, huge, tiny, negative zero, not finite; nested values).

#include "RandomAudits.h"

#include "core/JsonText.h"
#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tp;
using tp::test::RandomAudits;

namespace {

QByteArray throughQt(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray direct(const QJsonValue &value)
{
    QByteArray out;
    jsontext::appendValue(out, value);
    return out;
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void demoAudits()
    {
        const QDir dir(test::sourcePath(QStringLiteral("assets/demo/audits")));
        int compared = 0;
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const AuditDecodeResult decoded = decodeAuditFile(dir.filePath(file));
            if (!decoded.ok())
                continue; // expected.json and friends are not audits
            QByteArray json;
            QVERIFY(writeCanonicalAudit(*decoded.audit, &json));
            QCOMPARE(json, canonicalAuditJsonThroughQt(*decoded.audit));
            ++compared;
        }
        QVERIFY(compared >= 2);
    }

    void awkwardValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("integers") << QByteArray(
            "[0, -0, -5, 9007199254740993, -9223372036854775808]");
        QTest::newRow("doubles") << QByteArray(
            "[3.0, -0.0, 1e15, 1e18, 1e20, 0.1, 1.5e300, 5e-324]");
        QTest::newRow("beyond int64") << QByteArray("[12345678901234567890, -1e19]");
        QTest::newRow("escapes") << QByteArray(
            "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f\"]");
        QTest::newRow("non-ASCII")
            << QByteArray("[\"\u00e9\u20ac\u4e2d\\ud83d\\ude00\\ufeff\\u2028\"]");
        QTest::newRow("lone surrogates")
            << QByteArray("[\"\\ud83d\", \"a\\ude00b\", \"\\udbff\\udbff\"]");
        QTest::newRow("nested") << QByteArray(
            "[{\"b\": [1, {\"\u00e9\": null}], \"a\": true, \"\": false}]");
    }
    void awkwardValues()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonArray values = QJsonDocument::fromJson(json, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(!values.isEmpty());
        for (const QJsonValue &value : values)
            QCOMPARE(direct(value), throughQt(value));
    }

    void numbersAsQJsonValueHoldsThem()
    {
        RandomAudits random(11);
        for (int i = 0; i < 20000; ++i) {
            const double number = random.number();
            QByteArray out;
            jsontext::appendNumber(out, number);
            QCOMPARE(out, throughQt(QJsonValue(number)));
        }
    }

    void randomValues()
    {
        RandomAudits random(23);
        for (int i = 0; i < 20000; ++i) {
            const QJsonValue value = random.value();
            QCOMPARE(direct(value), throughQt(value));
            // And as the server sees it: parsed from a phone's text.
            const QJsonValue parsed =
                QJsonDocument::fromJson("[" + throughQt(value) + "]").array().at(0);
            QCOMPARE(direct(parsed), throughQt(parsed));
        }
    }

    void randomAudits()
    {
        RandomAudits random(42);
        int answers = 0;
        for (int i = 0; i < 3000; ++i) {
            const Audit audit = random.audit();
            QByteArray json;
            QVERIFY(writeCanonicalAudit(audit, &json));
            QCOMPARE(json, canonicalAuditJsonThroughQt(audit));
            QCOMPARE(canonicalAuditJson(audit), json);
            answers += int(audit.answers.size());
        }
        QVERIFY(answers > 30000);
    }

    // The score summary the server stores and sends in receipts, for the demo audits and for
    // random scores of the demo scripts.
    void scoreSummaries()
    {
        const QDir scripts(test::sourcePath(QStringLiteral("assets/demo/scripts")));
        QList<Script> loaded;
        for (const QString &file : scripts.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const ScriptLoadResult script = loadScriptFile(scripts.filePath(file));
            QVERIFY2(script.ok(), qPrintable(file));
            loaded.append(*script.script);
        }
        QVERIFY(loaded.size() >= 2);
        const auto throughQtSummary = [](const Script &script, const ScoreResult &score) {
            return QJsonDocument(scoreToJson(script, score, ScoreDetail::Summary))
                .toJson(QJsonDocument::Compact);
        };
        int demoAudits = 0;
        const QDir audits(test::sourcePath(QStringLiteral("assets/demo/audits")));
        for (const QString &file : audits.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const AuditDecodeResult decoded = decodeAuditFile(audits.filePath(file));
            if (!decoded.ok())
                continue;
            for (const Script &script : loaded) {
                if (script.id != decoded.audit->scriptId)
                    continue;
                const ScoreResult score = scoreAudit(script, *decoded.audit);
                QCOMPARE(scoreSummaryJson(script, score), throughQtSummary(script, score));
                ++demoAudits;
            }
        }
        QVERIFY(demoAudits >= 2);

        RandomAudits random(99);
        for (int i = 0; i < 5000; ++i) {
            const Script &script = loaded[i % loaded.size()];
            const ScoreResult score = random.score(script);
            QCOMPARE(scoreSummaryJson(script, score), throughQtSummary(script, score));
        }
    }

    void nonAsciiAnswerIdsTakeQtsPath()
    {
        Audit audit;
        audit.uuid = QStringLiteral("u");
        audit.answers.insert(QStringLiteral("é1"), Answer{QJsonValue(1), false, {}, {}, {}});
        audit.answers.insert(QStringLiteral("z"), Answer{QJsonValue(2), false, {}, {}, {}});
        QByteArray json;
        QVERIFY(!writeCanonicalAudit(audit, &json));
        QCOMPARE(canonicalAuditJson(audit), canonicalAuditJsonThroughQt(audit));
        QVERIFY(canonicalAuditJson(audit).startsWith("{\"answers\":{\"z\":"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonical_json.moc"
