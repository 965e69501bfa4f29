// Where the desktop window opens: a desk size the first time, then where it was closed, and
// back to the default when the saved place is on no screen.
#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace tp::app;

class TestWindowPlacement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void defaultIsADeskSize()
    {
        QCOMPARE(defaultDesktopGeometry(QRect(0, 0, 2560, 1400)), QRect(560, 250, 1440, 900));
        // A small screen: most of it, centred.
        const QRect small = defaultDesktopGeometry(QRect(0, 0, 1280, 720));
        QCOMPARE(small.size(), QSize(1152, 648));
        QCOMPARE(small.center(), QRect(0, 0, 1280, 720).center());
    }

    void firstStartOpensAtTheDefault()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("placement.ini")));
        QWindow window;
        QSettings s(m_dir.filePath(QStringLiteral("placement.ini")), QSettings::IniFormat);
        restoreWindowPlacement(window, s);
        QCOMPARE(window.geometry(),
                 defaultDesktopGeometry(QGuiApplication::primaryScreen()->availableGeometry()));
    }

    void reopensWhereItWasClosed()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect closedAt(available.topLeft() + QPoint(20, 30), QSize(500, 400));
        {
            QWindow window;
            window.setGeometry(closedAt);
            QSettings s(m_dir.filePath(QStringLiteral("placement.ini")), QSettings::IniFormat);
            saveWindowPlacement(window, s);
        }
        QWindow reopened;
        QSettings s(m_dir.filePath(QStringLiteral("placement.ini")), QSettings::IniFormat);
        restoreWindowPlacement(reopened, s);
        QCOMPARE(reopened.geometry(), closedAt);
        QVERIFY(!reopened.windowStates().testFlag(Qt::WindowMaximized));
    }

    void maximisedStaysMaximised()
    {
        QSettings s(m_dir.filePath(QStringLiteral("placement.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("window/maximised"), true);
        QWindow window;
        restoreWindowPlacement(window, s);
        QVERIFY(window.windowStates().testFlag(Qt::WindowMaximized));
    }

    void aPlaceOnNoScreenFallsBackToTheDefault()
    {
        QSettings s(m_dir.filePath(QStringLiteral("placement.ini")), QSettings::IniFormat);
        s.setValue(QStringLiteral("window/geometry"), QRect(-30000, -30000, 800, 600));
        s.setValue(QStringLiteral("window/maximised"), false);
        QWindow window;
        restoreWindowPlacement(window, s);
        QCOMPARE(window.geometry(),
                 defaultDesktopGeometry(QGuiApplication::primaryScreen()->availableGeometry()));
    }
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_window_placement.moc"
