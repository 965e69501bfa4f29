#pragma once

#include "ui/AppContext.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

// How the app was asked to run: where its data lives, demo or not, which GPS log, which server.
struct LaunchOptions
{
    tp::ui::AppOptions app;
    QString error; // a readable reason the arguments cannot be used
};

constexpr char kDemoNmeaResource[] = ":/demo-position/mt3339.nmea";

// Adds --demo, --data-dir, --nmea and --server to a parser (`touchpoint` and `touchpoint-tour`).
void addAppOptions(QCommandLineParser &parser);

// Reads the options addAppOptions() added from a parser that has parsed the arguments, and
// creates the data folder. `demo` forces demo mode (the tour always walks the demo).
LaunchOptions readAppOptions(const QCommandLineParser &parser, bool demo = false);

// The whole command line of `touchpoint`: --help and --version print and exit.
LaunchOptions parseLaunchOptions(const QStringList &arguments);
