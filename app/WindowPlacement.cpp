#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

namespace tp::app {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kMaximised = QStringLiteral("window/maximised");

} // namespace

QRect defaultDesktopGeometry(const QRect &available)
{
    const QSize size(qMin(1440, available.width() * 9 / 10),
                     qMin(900, available.height() * 9 / 10));
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    return geometry;
}

void restoreWindowPlacement(QWindow &window, QSettings &settings)
{
    const QRect saved = settings.value(kGeometry).toRect();
    const QScreen *screen = saved.isValid() ? QGuiApplication::screenAt(saved.center()) : nullptr;
    if (screen && saved.width() >= window.minimumWidth() &&
        saved.height() >= window.minimumHeight()) {
        window.setGeometry(saved.intersected(screen->availableGeometry()));
    } else if (const QScreen *primary = QGuiApplication::primaryScreen()) {
        window.setGeometry(defaultDesktopGeometry(primary->availableGeometry()));
    }
    if (settings.value(kMaximised).toBool())
        window.setWindowStates(Qt::WindowMaximized);
}

void saveWindowPlacement(const QWindow &window, QSettings &settings)
{
    const bool maximised = window.windowStates().testFlag(Qt::WindowMaximized);
    settings.setValue(kMaximised, maximised);
    // A maximised window's own geometry is the screen's: keep the one it returns to.
    if (!maximised && window.windowStates() == Qt::WindowNoState)
        settings.setValue(kGeometry, window.geometry());
}

void keepWindowPlacement(QWindow &window)
{
    {
        QSettings settings;
        restoreWindowPlacement(window, settings);
    }
    QObject::connect(qApp, &QGuiApplication::aboutToQuit, &window, [&window] {
        QSettings settings;
        saveWindowPlacement(window, settings);
    });
}

} // namespace tp::app
