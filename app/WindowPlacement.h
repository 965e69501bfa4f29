#pragma once

#include <QRect>
#include <QString>

class QSettings;
class QWindow;

// Where the app's window opens on a desktop: where it was last closed (size, position,
// maximised), or at a desktop size centred on the primary screen the first time. Phones always
// fill their screen, so none of this runs there.
namespace tp::app {

// A size for a desk: most of the available area, at most 1440 × 900.
QRect defaultDesktopGeometry(const QRect &available);

// The saved placement put back on `window`; the default when nothing is saved or the saved
// place is on no screen any more (a monitor unplugged).
void restoreWindowPlacement(QWindow &window, QSettings &settings);
void saveWindowPlacement(const QWindow &window, QSettings &settings);

// Both: restores now and saves when the application quits (QSettings of the application).
void keepWindowPlacement(QWindow &window);

} // namespace tp::app
