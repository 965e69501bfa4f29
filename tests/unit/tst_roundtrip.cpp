// Scripts and audits survive a write and a re-read unchanged, so the server can store and serve
// exactly what a phone sent and what an author wrote.

#include "core/JsonWriters.h"
#include "core/ScriptLoader.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace tp;

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void script_data()
    {
        QTest::addColumn<QString>("fileName");
        const QDir dir(test::sourcePath(QStringLiteral("assets/demo/scripts")));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
        QTest::newRow("every field")
            << test::sourcePath(QStringLiteral("tests/data/scripts/every-field.json"));
    }
    void script()
    {
        QFETCH(QString, fileName);
        const ScriptLoadResult first = loadScriptFile(fileName);
        QVERIFY2(first.ok(), qPrintable(first.issues.value(0).toString()));
        const QJsonObject written = scriptToJson(*first.script);
        const ScriptLoadResult second = loadScript(QJsonDocument(written).toJson());
        QVERIFY2(second.ok(), qPrintable(second.issues.value(0).toString()));
        QCOMPARE(scriptToJson(*second.script), written);
        QCOMPARE(second.script->items.size(), first.script->items.size());
        for (int i = 0; i < first.script->items.size(); ++i) {
            QCOMPARE(second.script->items[i].possible, first.script->items[i].possible);
            QCOMPARE(second.script->items[i].showIf.has_value(),
                     first.script->items[i].showIf.has_value());
        }

        // Nothing the author wrote is lost: the canonical form equals the file up to defaults.
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("sections")).toArray().size(),
                 original.value(QStringLiteral("sections")).toArray().size());
    }

    void audit_data()
    {
        QTest::addColumn<QString>("fileName");
        const QDir dir(test::sourcePath(QStringLiteral("assets/demo/audits")));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : files) {
            if (file != QLatin1String("expected.json"))
                QTest::newRow(qPrintable(file)) << dir.filePath(file);
        }
    }
    void audit()
    {
        QFETCH(QString, fileName);
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
        const AuditDecodeResult decoded = decodeAudit(QJsonDocument(original).toJson());
        QVERIFY2(decoded.ok(), qPrintable(decoded.issues.value(0).toString()));
        // Every field of an audit is kept exactly: the written audit equals the file.
        QCOMPARE(auditToJson(*decoded.audit), original);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
