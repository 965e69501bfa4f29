// The manager screens' offline copy: answers kept per user and request, written once by save()
// and read back by a new cache on the same file (the next start of the app), the oldest dropped
// past the limit, and a put without save() not on disk.
#include "ui/manager/ReportCache.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using tp::ui::ReportCache;

class TestReportCache : public QObject
{
    Q_OBJECT

private slots:
    void keptPerUserUntilSaved()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("manager-cache.json"));
        const QDateTime at = QDateTime(QDate(2026, 12, 8), QTime(9, 30), Qt::UTC);
        {
            ReportCache cache(file);
            cache.setUser(QStringLiteral("manager1"));
            cache.put(QStringLiteral("/audits?"), QJsonArray{1, 2}, at);
            QVERIFY(!QFile::exists(file));
            QVERIFY(cache.save());
            cache.put(QStringLiteral("/actions?"), QJsonArray{3}, at);
            QCOMPARE(cache.get(QStringLiteral("/actions?"))->data.toArray().size(), 1);
        }
        ReportCache next(file);
        next.setUser(QStringLiteral("manager1"));
        const auto audits = next.get(QStringLiteral("/audits?"));
        QVERIFY(audits);
        QCOMPARE(audits->data.toArray(), (QJsonArray{1, 2}));
        QCOMPARE(audits->fetchedAt, at);
        QVERIFY(!next.get(QStringLiteral("/actions?"))); // put, never saved
        next.setUser(QStringLiteral("manager2"));
        QVERIFY(!next.get(QStringLiteral("/audits?")));
    }

    void oldestDroppedPastTheLimit()
    {
        QTemporaryDir dir;
        ReportCache cache(dir.filePath(QStringLiteral("manager-cache.json")));
        cache.setUser(QStringLiteral("manager1"));
        const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < ReportCache::kMaxEntries + 5; ++i)
            cache.put(QStringLiteral("/reports/ranking?from=%1").arg(i), i, start.addSecs(i));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!cache.get(QStringLiteral("/reports/ranking?from=%1").arg(i)));
        for (int i = 5; i < ReportCache::kMaxEntries + 5; ++i)
            QCOMPARE(cache.get(QStringLiteral("/reports/ranking?from=%1").arg(i))->data.toInt(), i);
    }
};

QTEST_GUILESS_MAIN(TestReportCache)

#include "tst_report_cache.moc"
