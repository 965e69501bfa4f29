// The server copies SQLite's write-ahead log back into the database file on its own thread
// (server/storage/WalCheckpointer), so no request pays for that copy inside its write
// transaction. Seen from outside: after a few megabytes of uploads, far below the size at which
// a writer would copy the log itself (64 MB), the database file grows within seconds.

#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace tp::test;

class TestServerWal : public QObject
{
    Q_OBJECT

private slots:
    void logIsCopiedBackWhileServing()
    {
        QString error;
        auto fixture = ServerFixture::create(QStringLiteral("sqlite"), nullptr, {}, &error);
        QVERIFY2(fixture, qPrintable(error));
        const QString databaseFile = fixture->db().spec();
        const QString logFile = databaseFile + QStringLiteral("-wal");
        QVERIFY2(QFileInfo::exists(databaseFile), qPrintable(databaseFile));
        TP_TOKEN(token, *fixture, "exec1");
        QTest::qWait(1500); // a checkpoint of what start-up wrote
        const qint64 sizeBefore = QFileInfo(databaseFile).size();

        constexpr int kPhotos = 3;
        constexpr qint64 kPhotoBytes = 1024 * 1024;
        QRandomGenerator random(17);
        for (int i = 0; i < kPhotos; ++i) {
            QByteArray photo(kPhotoBytes, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
            const QString path =
                QStringLiteral("/photos/") +
                QString::fromLatin1(
                    QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
            TP_EXPECT_STATUS(fixture->api().put(path, photo, token, "application/octet-stream"),
                             201);
        }
        const qint64 logSize = QFileInfo(logFile).size();
        QVERIFY2(logSize < 64 * 1024 * 1024, qPrintable(QString::number(logSize)));

        QElapsedTimer clock;
        clock.start();
        qint64 sizeNow = sizeBefore;
        while (clock.elapsed() < 10000 && sizeNow < sizeBefore + kPhotos * kPhotoBytes) {
            QTest::qWait(100);
            sizeNow = QFileInfo(databaseFile).size();
        }
        QVERIFY2(sizeNow >= sizeBefore + kPhotos * kPhotoBytes,
                 qPrintable(QStringLiteral("the database file went from %1 to %2 bytes in %3 ms "
                                           "(log: %4 bytes)")
                                .arg(sizeBefore)
                                .arg(sizeNow)
                                .arg(clock.elapsed())
                                .arg(QFileInfo(logFile).size())));
        qInfo("database file %lld -> %lld bytes %lld ms after the uploads", sizeBefore, sizeNow,
              clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestServerWal)
#include "tst_server_wal.moc"
