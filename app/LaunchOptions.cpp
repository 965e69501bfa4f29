#include "LaunchOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

LaunchOptions parseLaunchOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Touchpoint: scripted store visits and support-line calls, scored on the phone."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Work with the demo organisation (seeded into "
                                                 "the local database on first start) and replay "
                                                 "a recorded GPS log for check-in."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the database and photos in <folder>."),
                                     QStringLiteral("folder"));
    const QCommandLineOption nmea(QStringLiteral("nmea"),
                                  QStringLiteral("Replay this NMEA log instead of the GPS."),
                                  QStringLiteral("file"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Sync with the Touchpoint server at <url>, e.g. "
                                                   "http://127.0.0.1:8080."),
                                    QStringLiteral("url"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every screen offscreen on a fresh demo "
                                                     "database and exit 0 if all loaded cleanly."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Like --self-test, and save a PNG of "
                                                        "every screen into <folder>."),
                                         QStringLiteral("folder"));
    QCommandLineOption firstFrame(QStringLiteral("quit-after-first-frame"),
                                  QStringLiteral("Quit once the first frame is shown (for the "
                                                 "start-up benchmark)."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, dataDir, nmea, server, selfTest, screenshots, firstFrame});

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        parser.process(arguments); // prints and exits
    }
    options.selfTest = parser.isSet(selfTest);
    options.quitAfterFirstFrame = parser.isSet(firstFrame);
    options.screenshotFolder = parser.value(screenshots);
    options.app.demo =
        parser.isSet(demo) || options.selfTest || !options.screenshotFolder.isEmpty();
    QString folder = parser.value(dataDir);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.app.demo && !parser.isSet(dataDir))
        folder += QStringLiteral("/demo"); // demo data never mixes with real audits
    if (!QDir().mkpath(folder)) {
        options.error = QStringLiteral("cannot create the data folder %1").arg(folder);
        return options;
    }
    options.app.databaseFile = QDir(folder).filePath(QStringLiteral("touchpoint.sqlite"));
    options.app.photoFolder = QDir(folder).filePath(QStringLiteral("photos"));
    options.app.nmeaReplayFile = parser.value(nmea);
    if (parser.isSet(server)) {
        options.app.serverUrl = QUrl(parser.value(server));
        if (!options.app.serverUrl.isValid() || options.app.serverUrl.scheme().isEmpty()) {
            options.error = QStringLiteral("--server needs a URL such as http://127.0.0.1:8080");
            return options;
        }
    }
    if (options.app.demo && options.app.nmeaReplayFile.isEmpty())
        options.app.nmeaReplayFile = QLatin1String(kDemoNmeaResource);
    return options;
}
