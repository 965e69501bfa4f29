// The phone keeps its data to itself: the Android manifest turns backup off and its
// rules exclude every domain from cloud backup and device transfer; the iOS bundle does not share
// its files through the Files app or iTunes. (The iOS folder's exclusion from backups is set at
// run time by platform/BackupExclusion.cpp, which needs an iOS device to test.)

#include "support/TestPaths.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList kDomains = {QStringLiteral("root"), QStringLiteral("file"),
                              QStringLiteral("database"), QStringLiteral("sharedpref"),
                              QStringLiteral("external")};

QByteArray readSource(const QString &path)
{
    QFile file(tp::test::sourcePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The android: attributes of the manifest's <application>.
QHash<QString, QString> applicationAttributes(const QByteArray &manifest)
{
    QHash<QString, QString> attributes;
    QXmlStreamReader xml(manifest);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("application")) {
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                attributes.insert(attribute.qualifiedName().toString(),
                                  attribute.value().toString());
            break;
        }
    }
    return attributes;
}

// For each section of a rules file (e.g. "cloud-backup"), the domains it excludes with path ".".
QHash<QString, QSet<QString>> excludedDomains(const QByteArray &rules, QString *error)
{
    QHash<QString, QSet<QString>> excluded;
    QXmlStreamReader xml(rules);
    QString section;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("exclude")) {
            if (xml.attributes().value(QLatin1String("path")) == QLatin1String("."))
                excluded[section].insert(
                    xml.attributes().value(QLatin1String("domain")).toString());
        } else if (xml.name() == QLatin1String("include")) {
            *error = QStringLiteral("an <include> in %1").arg(section);
        } else {
            section = xml.name().toString();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return excluded;
}

} // namespace

class TestPlatformPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void androidTurnsBackupOff()
    {
        const QByteArray manifest =
            readSource(QStringLiteral("platform/android/AndroidManifest.xml"));
        QVERIFY(!manifest.isEmpty());
        const QHash<QString, QString> attributes = applicationAttributes(manifest);
        QCOMPARE(attributes.value(QStringLiteral("android:allowBackup")), QStringLiteral("false"));
        QCOMPARE(attributes.value(QStringLiteral("android:fullBackupContent")),
                 QStringLiteral("@xml/backup_rules"));
        QCOMPARE(attributes.value(QStringLiteral("android:dataExtractionRules")),
                 QStringLiteral("@xml/data_extraction_rules"));
    }

    void androidRulesExcludeEveryDomain_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("section");
        QTest::newRow("backup, Android 6-11")
            << QStringLiteral("backup_rules.xml") << QStringLiteral("full-backup-content");
        QTest::newRow("cloud backup, Android 12+")
            << QStringLiteral("data_extraction_rules.xml") << QStringLiteral("cloud-backup");
        QTest::newRow("device transfer, Android 12+")
            << QStringLiteral("data_extraction_rules.xml") << QStringLiteral("device-transfer");
    }

    void androidRulesExcludeEveryDomain()
    {
        QFETCH(QString, file);
        QFETCH(QString, section);
        const QByteArray rules = readSource(QStringLiteral("platform/android/res/xml/") + file);
        QVERIFY2(!rules.isEmpty(), qPrintable(file));
        QString error;
        const auto excluded = excludedDomains(rules, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &domain : kDomains)
            QVERIFY2(excluded.value(section).contains(domain),
                     qPrintable(QStringLiteral("%1 does not exclude %2").arg(section, domain)));
    }

    void iosSharesNoFiles()
    {
        const QByteArray plist = readSource(QStringLiteral("platform/ios/Info.plist"));
        QVERIFY(!plist.isEmpty());
        // Either would show the app's Documents in the Files app or on a connected computer.
        QVERIFY(!plist.contains("UIFileSharingEnabled"));
        QVERIFY(!plist.contains("LSSupportsOpeningDocumentsInPlace"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformPrivacy)
#include "tst_platform_privacy.moc"
