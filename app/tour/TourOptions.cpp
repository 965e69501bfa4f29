#include "TourOptions.h"

#include <QCommandLineParser>

#include <cstring>

namespace {

const QString kSelfTest = QStringLiteral("self-test");
const QString kScreenshots = QStringLiteral("screenshots");
const QString kFirstFrame = QStringLiteral("quit-after-first-frame");

} // namespace

bool tourRunsOffscreen(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--self-test") == 0 || std::strcmp(argv[i], "--screenshots") == 0)
            return true;
    }
    return false;
}

TourOptions parseTourOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Walks the Touchpoint field app for its tests, screenshots and start-up benchmark. "
        "Give exactly one of --self-test, --screenshots or --quit-after-first-frame."));
    parser.addHelpOption();
    addAppOptions(parser);
    parser.addOption({kSelfTest, QStringLiteral("Load every screen offscreen on a fresh demo "
                                                "database and exit 0 if all loaded cleanly.")});
    parser.addOption({kScreenshots,
                      QStringLiteral("Like --self-test, and save a PNG of every screen into "
                                     "<folder>."),
                      QStringLiteral("folder")});
    parser.addOption({kFirstFrame, QStringLiteral("Print the monotonic time of the first frame "
                                                  "and of the first screen shown, then quit "
                                                  "(for bench_startup).")});

    TourOptions options;
    if (!parser.parse(arguments)) {
        options.launch.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.process(arguments); // prints and exits
    const int modes = int(parser.isSet(kSelfTest)) + int(parser.isSet(kScreenshots)) +
                      int(parser.isSet(kFirstFrame));
    if (modes != 1) {
        options.launch.error = QStringLiteral("give exactly one of --self-test, --screenshots or "
                                              "--quit-after-first-frame (see --help)");
        return options;
    }
    if (parser.isSet(kFirstFrame)) {
        options.mode = TourOptions::Mode::FirstFrame;
        options.launch = readAppOptions(parser);
        return options;
    }
    options.mode =
        parser.isSet(kScreenshots) ? TourOptions::Mode::Screenshots : TourOptions::Mode::SelfTest;
    options.screenshotFolder = parser.value(kScreenshots);
    options.launch = readAppOptions(parser, /*demo=*/true);
    return options;
}
