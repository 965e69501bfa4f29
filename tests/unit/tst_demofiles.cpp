// The demo content in assets/demo: every script validates, every audit scores as documented in
// assets/demo/audits/expected.json, the scripts cover every item type and timeline metric, and
// the organisation has what the other parts of the product rely on.

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/Metric.h"
#include "core/ScriptLoader.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QtMath>

using namespace tp;

namespace {

QJsonObject readObject(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<Script> demoScripts()
{
    QList<Script> scripts;
    const QDir dir(test::sourcePath(QStringLiteral("assets/demo/scripts")));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const ScriptLoadResult result = loadScriptFile(dir.filePath(file));
        if (result.ok())
            scripts.append(*result.script);
    }
    return scripts;
}

// First position with a fix (GGA quality > 0) in an NMEA log, in degrees.
std::optional<std::pair<double, double>> firstFix(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() < 7 || !f[0].endsWith("GGA") || f[6].toInt() <= 0 || f[2].isEmpty())
            continue;
        const auto degrees = [](const QByteArray &value, int degreeDigits) {
            return value.left(degreeDigits).toDouble() + value.mid(degreeDigits).toDouble() / 60.0;
        };
        double latitude = degrees(f[2], 2);
        double longitude = degrees(f[4], 3);
        if (f[3] == "S")
            latitude = -latitude;
        if (f[5] == "W")
            longitude = -longitude;
        return std::pair{latitude, longitude};
    }
    return std::nullopt;
}

double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    const double p1 = qDegreesToRadians(lat1), p2 = qDegreesToRadians(lat2);
    const double dp = p2 - p1, dl = qDegreesToRadians(lon2 - lon1);
    const double a =
        qSin(dp / 2) * qSin(dp / 2) + qCos(p1) * qCos(p2) * qSin(dl / 2) * qSin(dl / 2);
    return 6371000.0 * 2 * qAtan2(qSqrt(a), qSqrt(1 - a));
}

} // namespace

class TestDemoFiles : public QObject
{
    Q_OBJECT

private slots:
    void scriptsValidate_data()
    {
        QTest::addColumn<QString>("fileName");
        const QDir dir(test::sourcePath(QStringLiteral("assets/demo/scripts")));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void scriptsValidate()
    {
        QFETCH(QString, fileName);
        const ScriptLoadResult result = loadScriptFile(fileName);
        QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    }

    void scriptsCoverEveryTypeMetricAndOperator()
    {
        const QList<Script> scripts = demoScripts();
        QCOMPARE(scripts.size(), 2);
        QSet<ItemType> types;
        QSet<int> metrics;
        QSet<ConditionOperator> operators;
        QSet<Channel> channels;
        int critical = 0;
        for (const Script &script : scripts) {
            channels.insert(script.channel);
            for (const Item &item : script.items) {
                types.insert(item.type);
                if (item.metric)
                    metrics.insert(int(*item.metric));
                if (item.showIf)
                    operators.insert(item.showIf->op);
                critical += item.critical ? 1 : 0;
            }
        }
        QCOMPARE(channels.size(), 2);
        QCOMPARE(types.size(), 10);
        QCOMPARE(metrics.size(), kMetricCount);
        QCOMPARE(operators.size(), 4);
        QVERIFY(critical >= 2);
    }

    void auditsScoreAsDocumented_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QJsonObject>("expected");
        const QDir dir(test::sourcePath(QStringLiteral("assets/demo/audits")));
        const QJsonObject expected = readObject(dir.filePath(QStringLiteral("expected.json")));
        QVERIFY(expected.size() >= 4);
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : files) {
            if (file == QLatin1String("expected.json"))
                continue;
            QVERIFY2(expected.contains(file),
                     qPrintable(file + QStringLiteral(" has no expected score")));
            QTest::newRow(qPrintable(file))
                << dir.filePath(file) << expected.value(file).toObject();
        }
        for (const QString &key : expected.keys())
            QVERIFY2(files.contains(key),
                     qPrintable(key + QStringLiteral(" is expected but missing")));
    }
    void auditsScoreAsDocumented()
    {
        QFETCH(QString, fileName);
        QFETCH(QJsonObject, expected);
        const AuditDecodeResult decoded = decodeAuditFile(fileName);
        QVERIFY2(decoded.ok(), qPrintable(decoded.issues.value(0).toString()));
        const Audit &audit = *decoded.audit;
        const QList<Script> scripts = demoScripts();
        const auto script = std::find_if(scripts.begin(), scripts.end(), [&](const Script &s) {
            return s.id == audit.scriptId && s.version == audit.scriptVersion;
        });
        QVERIFY(script != scripts.end());
        const Issues issues = checkAudit(*script, audit);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));

        const ScoreResult score = scoreAudit(*script, audit);
        const Issues incomplete = checkComplete(*script, score);
        QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.value(0).toString()));
        QCOMPARE(centiToJson(score.overall), expected.value(QStringLiteral("overall")));
        QCOMPARE(score.passed, expected.value(QStringLiteral("passed")).toBool());
        QStringList failures;
        for (int index : score.criticalFailures)
            failures.append(script->items[index].id);
        QCOMPARE(failures,
                 expected.value(QStringLiteral("criticalFailures")).toVariant().toStringList());
        const QJsonValue nps = expected.value(QStringLiteral("nps"));
        QCOMPARE(score.nps ? QJsonValue(npsCategoryName(npsCategory(*score.nps)))
                           : QJsonValue(QJsonValue::Null),
                 nps.isUndefined() ? QJsonValue(QJsonValue::Null) : nps);
        const QJsonObject sections = expected.value(QStringLiteral("sections")).toObject();
        QCOMPARE(sections.size(), script->sections.size());
        for (const SectionScore &section : score.sections) {
            const QString id = script->sections[section.section].id;
            QVERIFY2(sections.contains(id), qPrintable(id));
            QCOMPARE(centiToJson(section.percent), sections.value(id));
        }
    }

    void organisation()
    {
        const QJsonObject organisation =
            readObject(test::sourcePath(QStringLiteral("assets/demo/organisation.json")));
        QCOMPARE(organisation.value(QStringLiteral("regions")).toArray().size(), 2);
        int stores = 0, lines = 0;
        QHash<QString, QJsonObject> sites;
        for (const QJsonValue &value : organisation.value(QStringLiteral("sites")).toArray()) {
            const QJsonObject site = value.toObject();
            sites.insert(site.value(QStringLiteral("id")).toString(), site);
            if (site.value(QStringLiteral("kind")).toString() == QLatin1String("store"))
                ++stores;
            else if (site.value(QStringLiteral("kind")).toString() == QLatin1String("phone"))
                ++lines;
        }
        QVERIFY(stores >= 6);
        QCOMPARE(lines, 2);
        QSet<QString> roles;
        for (const QJsonValue &value : organisation.value(QStringLiteral("users")).toArray())
            roles.insert(value.toObject().value(QStringLiteral("role")).toString());
        for (const char *role :
             {"admin", "regional_manager", "executive", "shopper", "store_manager"})
            QVERIFY2(roles.contains(QLatin1String(role)), role);
    }

    // Two stores stand where real GPS logs were recorded, so check-in can be shown working.
    void storesAtTheRecordedPositions_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("log");
        QTest::newRow("Bend") << "store-bend"
                              << "mt3339.nmea";
        QTest::newRow("North Lakes") << "store-north-lakes"
                                     << "haicom-305N.nmea";
    }
    void storesAtTheRecordedPositions()
    {
        QFETCH(QString, site);
        QFETCH(QString, log);
        const QString logFile = test::sourcePath(QStringLiteral("tests/data/nmea/") + log);
        QVERIFY2(QFile::exists(logFile),
                 qPrintable(logFile + QStringLiteral(" is missing from the repository")));
        const auto fix = firstFix(logFile);
        QVERIFY(fix);
        const QJsonObject organisation =
            readObject(test::sourcePath(QStringLiteral("assets/demo/organisation.json")));
        for (const QJsonValue &value : organisation.value(QStringLiteral("sites")).toArray()) {
            const QJsonObject s = value.toObject();
            if (s.value(QStringLiteral("id")).toString() != site)
                continue;
            const double distance = distanceMetres(s.value(QStringLiteral("latitude")).toDouble(),
                                                   s.value(QStringLiteral("longitude")).toDouble(),
                                                   fix->first, fix->second);
            QVERIFY2(
                distance < s.value(QStringLiteral("checkInRadius")).toDouble(),
                qPrintable(
                    QStringLiteral("%1 is %2 m from the log's first fix").arg(site).arg(distance)));
            return;
        }
        QFAIL(qPrintable(site + QStringLiteral(" not found")));
    }
};

QTEST_GUILESS_MAIN(TestDemoFiles)
#include "tst_demofiles.moc"
