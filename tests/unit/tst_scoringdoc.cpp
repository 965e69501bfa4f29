// Every worked example in docs/scoring.md is run here, so the documentation cannot drift from
// the code: a block marked <!-- example --> holds a script, answers, a timeline and the figures
// worked out by hand.

#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"
#include "support/JsonSubset.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tp;

class TestScoringDoc : public QObject
{
    Q_OBJECT

private slots:
    void example_data()
    {
        QTest::addColumn<QJsonObject>("example");
        QFile file(test::sourcePath(QStringLiteral("docs/scoring.md")));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(file.readAll());
        const QString marker = QStringLiteral("<!-- example -->");
        int count = 0;
        for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            const qsizetype open = text.indexOf(QStringLiteral("```json\n"), at);
            const qsizetype close = text.indexOf(QStringLiteral("\n```"), open + 8);
            QVERIFY(open > at && close > open);
            QJsonParseError error;
            const QJsonDocument document =
                QJsonDocument::fromJson(text.mid(open + 8, close - open - 8).toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            ++count;
            QTest::addRow("example %d", count) << document.object();
        }
        QVERIFY(count >= 5);
    }

    void example()
    {
        QFETCH(QJsonObject, example);
        const QJsonObject scriptJson = example.value(QStringLiteral("script")).toObject();
        const ScriptLoadResult script = loadScript(QJsonDocument(scriptJson).toJson());
        QVERIFY2(script.ok(), qPrintable(script.issues.value(0).toString()));

        const QJsonObject auditJson{
            {QStringLiteral("uuid"), QStringLiteral("6f1c2a9e-1b7d-4c3e-8a2f-5d6e7f8a9b0c")},
            {QStringLiteral("script"),
             QJsonObject{{QStringLiteral("id"), script.script->id},
                         {QStringLiteral("version"), script.script->version}}},
            {QStringLiteral("site"), QStringLiteral("example-store")},
            {QStringLiteral("auditor"), QStringLiteral("shopper1")},
            {QStringLiteral("mode"), QStringLiteral("mystery_shop")},
            {QStringLiteral("startedAt"), QStringLiteral("2026-03-14T10:00:00Z")},
            {QStringLiteral("answers"), example.value(QStringLiteral("answers"))},
            {QStringLiteral("timeline"), example.value(QStringLiteral("timeline")).toArray()},
        };
        const AuditDecodeResult audit = decodeAudit(QJsonDocument(auditJson).toJson());
        QVERIFY2(audit.ok(), qPrintable(audit.issues.value(0).toString()));

        const ScoreResult score = scoreAudit(*script.script, *audit.audit);
        TP_COMPARE_JSON_SUBSET(example.value(QStringLiteral("expect")),
                               QJsonValue(scoreToJson(*script.script, score)));
    }
};

QTEST_GUILESS_MAIN(TestScoringDoc)
#include "tst_scoringdoc.moc"
