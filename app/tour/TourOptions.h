#pragma once

#include "LaunchOptions.h"

#include <QString>
#include <QStringList>

// How `touchpoint-tour` was asked to run: one of its three walks, on the app's own options.
struct TourOptions
{
    enum class Mode
    {
        SelfTest,
        Screenshots,
        FirstFrame
    };

    LaunchOptions launch;
    Mode mode = Mode::SelfTest;
    QString screenshotFolder; // Mode::Screenshots: where the PNG of every screen goes
};

// True when the arguments ask for a walk that needs no screen (self-test, screenshots).
bool tourRunsOffscreen(int argc, char *argv[]);

TourOptions parseTourOptions(const QStringList &arguments);
