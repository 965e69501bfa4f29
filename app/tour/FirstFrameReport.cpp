#include "FirstFrameReport.h"

#include <QCoreApplication>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>

namespace {

void printMonotonic(const char *what)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("%s %lld\n", what, qint64(now.tv_sec) * 1000000000LL + now.tv_nsec);
    std::fflush(stdout);
}

} // namespace

void reportFramesAndQuit(QQuickWindow *window)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window] {
        static bool first = true;
        if (first) {
            first = false;
            printMonotonic("first-frame");
        }
        if (window->property("ready").toBool()) {
            printMonotonic("screen-ready");
            QCoreApplication::quit();
        } else {
            window->requestUpdate();
        }
    });
}
