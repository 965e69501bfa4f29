#pragma once

#include "ui/AppContext.h"

#include <QString>
#include <QStringList>

#include <optional>

// How `touchpoint` was asked to run.
struct LaunchOptions
{
    tp::ui::AppOptions app;
    bool selfTest = false;            // load every screen offscreen, exit 0 when all is well
    QString screenshotFolder;         // like the self-test, and keep a PNG of every screen
    bool quitAfterFirstFrame = false; // for the start-up benchmark
    QString error;                    // a readable reason the arguments cannot be used
};

constexpr char kDemoNmeaResource[] = ":/demo-position/mt3339.nmea";

LaunchOptions parseLaunchOptions(const QStringList &arguments);
