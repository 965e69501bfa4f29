#pragma once

#include "ui/AppContext.h"

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace tp::ui {
class FieldApp;
}

// The start of the field app that `touchpoint` and `touchpoint-tour` share.
namespace tp::app {

// Before the QGuiApplication exists: the names that place settings and the data folder.
void nameApplication();

// Once the QGuiApplication exists: style and desktop entry.
void styleApplication();

// Opens the device database and the services on it (keeping the data folder out of backups)
// and makes the result the instance QML sees. nullptr, with the reason on stderr, if it cannot.
std::unique_ptr<ui::FieldApp> openFieldApp(const ui::AppOptions &options);

// Loads the main screen into the engine; its window, or nullptr when it did not load.
QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine);

} // namespace tp::app
