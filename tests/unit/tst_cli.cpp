// The authoring commands of the real touchpoint-server binary, run as a user would run them.

#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(tp::test::serverBinary(), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString demo(const char *relative)
{
    return tp::test::sourcePath(QStringLiteral("assets/demo/") + QLatin1String(relative));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void validateDemoScripts()
    {
        const Run run = runServer({QStringLiteral("validate"), demo("scripts/store-visit.json"),
                                   demo("scripts/support-call.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out.count(QStringLiteral(": valid: ")), 2);
        QVERIFY(run.out.contains(QStringLiteral("store-visit version 1")));
    }

    void validateBrokenScriptListsEveryProblem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("broken.json"));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id":"broken","version":2,"title":"Broken","channel":"store","passMark":80,
          "sections":[{"id":"s","title":"S","touchpoint":"greeting","department":"sales","weight":1,"items":[
            {"id":"a","type":"yesno","prompt":"A?"},
            {"id":"a","type":"yesno","prompt":"again"},
            {"id":"b","type":"frobnicate","prompt":"B?"},
            {"id":"w","type":"duration","prompt":"Wait","bands":[{"max":30,"points":1}]}]}]})");
        file.close();

        const Run run = runServer({QStringLiteral("validate"), fileName});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // three problems, one per line, and the count
        QVERIFY2(lines[0].contains(
                     QStringLiteral("s/a: item id \"a\" is used more than once [duplicate_id]")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(QStringLiteral("s/b: unknown item type \"frobnicate\"")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QStringLiteral("s/w: bands leave values above 30 unscored")),
                 qPrintable(lines[2]));
        QVERIFY(lines[3].endsWith(QStringLiteral("3 problems")));
    }

    void validateMissingFile()
    {
        const Run run =
            runServer({QStringLiteral("validate"), QStringLiteral("/nonexistent/script.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("cannot read /nonexistent/script.json")));
    }

    void scoreTable()
    {
        const Run run = runServer(
            {QStringLiteral("score"), demo("scripts/store-visit.json"), demo("audits/good.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Overall:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("PASSED")));
        QVERIFY(run.out.contains(QStringLiteral("Department")));
        QVERIFY(run.out.contains(QStringLiteral("Touchpoint")));
    }

    void scoreJson()
    {
        const Run run = runServer({QStringLiteral("score"), demo("scripts/store-visit.json"),
                                   demo("audits/critical.json"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject score = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key :
             {"overall", "passed", "criticalFailures", "sections", "touchpoints", "departments"})
            QVERIFY2(score.contains(QLatin1String(key)), key);
        QVERIFY(!score.value(QStringLiteral("criticalFailures")).toArray().isEmpty());
        QCOMPARE(score.value(QStringLiteral("passed")).toBool(), false);
    }

    void scoreWithTheWrongScript()
    {
        const Run run = runServer(
            {QStringLiteral("score"), demo("scripts/support-call.json"), demo("audits/good.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("[script_mismatch]")), qPrintable(run.err));
    }

    void scoreWithAScriptFolderPicksTheVersion()
    {
        const Run run = runServer(
            {QStringLiteral("score"), demo("scripts"), demo("audits/support-call-good.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("(support-call v1)")), qPrintable(run.out));
    }

    void scoreWithAFolderLackingTheVersion()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(demo("scripts/support-call.json"),
                            dir.filePath(QStringLiteral("support-call.json"))));
        const Run run = runServer({QStringLiteral("score"), dir.path(), demo("audits/good.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no valid script store-visit version 1")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("[script_not_found]")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("validate without files") << QStringList{QStringLiteral("validate")};
        QTest::newRow("score with one file")
            << QStringList{QStringLiteral("score"), demo("scripts/store-visit.json")};
        QTest::newRow("score with an unknown option")
            << QStringList{QStringLiteral("score"), demo("scripts/store-visit.json"),
                           demo("audits/good.json"), QStringLiteral("--xml")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = runServer(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("usage:")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
