#include "LaunchOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {

const QString kDemo = QStringLiteral("demo");
const QString kDataDir = QStringLiteral("data-dir");
const QString kNmea = QStringLiteral("nmea");
const QString kServer = QStringLiteral("server");

} // namespace

void addAppOptions(QCommandLineParser &parser)
{
    parser.addOption({kDemo, QStringLiteral("Work with the demo organisation (seeded into the "
                                            "local database on first start) and replay a "
                                            "recorded GPS log for check-in.")});
    parser.addOption({kDataDir, QStringLiteral("Keep the database and photos in <folder>."),
                      QStringLiteral("folder")});
    parser.addOption({kNmea, QStringLiteral("Replay this NMEA log instead of the GPS."),
                      QStringLiteral("file")});
    parser.addOption({kServer,
                      QStringLiteral("Sync with the Touchpoint server at <url>, e.g. "
                                     "http://127.0.0.1:8080."),
                      QStringLiteral("url")});
}

LaunchOptions readAppOptions(const QCommandLineParser &parser, bool demo)
{
    LaunchOptions options;
    options.app.demo = demo || parser.isSet(kDemo);
    QString folder = parser.value(kDataDir);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.app.demo && !parser.isSet(kDataDir))
        folder += QStringLiteral("/demo"); // demo data never mixes with real audits
    if (!QDir().mkpath(folder)) {
        options.error = QStringLiteral("cannot create the data folder %1").arg(folder);
        return options;
    }
    options.app.databaseFile = QDir(folder).filePath(QStringLiteral("touchpoint.sqlite"));
    options.app.photoFolder = QDir(folder).filePath(QStringLiteral("photos"));
    options.app.nmeaReplayFile = parser.value(kNmea);
    if (parser.isSet(kServer)) {
        options.app.serverUrl = QUrl(parser.value(kServer));
        if (!options.app.serverUrl.isValid() || options.app.serverUrl.scheme().isEmpty()) {
            options.error = QStringLiteral("--server needs a URL such as http://127.0.0.1:8080");
            return options;
        }
    }
    if (options.app.demo && options.app.nmeaReplayFile.isEmpty())
        options.app.nmeaReplayFile = QLatin1String(kDemoNmeaResource);
    return options;
}

LaunchOptions parseLaunchOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Touchpoint: scripted store visits and support-line calls, scored on the phone."));
    parser.addHelpOption();
    parser.addVersionOption();
    addAppOptions(parser);
    if (!parser.parse(arguments)) {
        LaunchOptions options;
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        parser.process(arguments); // prints and exits
    return readAppOptions(parser);
}
