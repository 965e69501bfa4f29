// Start-up and memory of the field app, started as `touchpoint-tour --quit-after-first-frame`
// (the start of `touchpoint`, shared through AppStartup, plus the hook that reports frames):
// - cold start to first frame, against a bare Qt Quick window started the same way, in the same
//   run (target: at most 1.5 times the bare window), median of alternating runs;
// - peak resident memory of the app with 1,000 audits stored on the phone (figure, no target).
// Each run is a fresh process that prints the monotonic time of its first frame and quits; the
// start-up time runs from just before fork to that frame, and peak memory comes from the
// kernel's rusage of that child.
#include "core/Audit.h"
#include "storage/AuditStore.h"
#include "storage/DemoSeed.h"
#include "storage/DeviceDatabase.h"
#include "storage/OrganisationStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

struct Run
{
    double milliseconds = 0;      // to the first frame
    double readyMilliseconds = 0; // to the first frame showing a screen (the app only)
    long peakKilobytes = 0;
    bool ok = false;
};

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

Run runOnce(const std::vector<std::string> &command)
{
    int out[2];
    if (pipe(out) != 0)
        return {};
    const qint64 start = monotonicNs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::vector<char *> argv;
        for (const std::string &part : command)
            argv.push_back(const_cast<char *>(part.c_str()));
        argv.push_back(nullptr);
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    std::string output;
    char buffer[256];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, size_t(n));
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    auto stamp = [&output](const std::string &name) -> long long {
        const size_t at = output.find(name + ' ');
        return at == std::string::npos ? 0 : std::atoll(output.c_str() + at + name.size() + 1);
    };
    const long long frame = stamp("first-frame");
    run.milliseconds = double(frame - start) / 1e6;
    run.readyMilliseconds = double(stamp("screen-ready") - start) / 1e6;
    run.peakKilobytes = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && frame > start;
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// 1,000 submitted store visits by shopper1, each with the answers and moments of the demo's
// good visit, and shopper1 signed in, so the app lists them all on start.
bool makeThousandAudits(const QString &folder, QString *error)
{
    auto opened = tp::storage::DeviceDatabase::open(
        QDir(folder).filePath(QStringLiteral("touchpoint.sqlite")));
    if (!opened.database) {
        *error = opened.error;
        return false;
    }
    tp::storage::DeviceDatabase &db = *opened.database;
    if (!tp::storage::seedDemoOrganisation(db, QDate::currentDate()).ok()) {
        *error = QStringLiteral("cannot seed the demo");
        return false;
    }
    tp::storage::OrganisationStore organisation(db);
    tp::storage::AuditStore audits(db);
    const auto good =
        tp::decodeAuditFile(QStringLiteral(TOUCHPOINT_SOURCE_DIR "/assets/demo/audits/good.json"));
    const auto script = organisation.script(QStringLiteral("store-visit"), 1);
    if (!good.ok() || !script) {
        *error = QStringLiteral("cannot read the demo's good audit");
        return false;
    }
    for (int i = 0; i < 1000; ++i) {
        const auto uuid =
            audits.start({QStringLiteral("store-visit"), 1, QStringLiteral("store-bend"),
                          QStringLiteral("shopper1"), tp::AuditMode::MysteryShop, QString()},
                         error);
        if (!uuid || !db.begin())
            return false;
        for (auto it = good.audit->answers.cbegin(); it != good.audit->answers.cend(); ++it) {
            if (it->notApplicable)
                audits.setNotApplicable(*uuid, it.key(), true);
            else if (!it->value.isUndefined() && !it->value.isNull())
                audits.saveValue(*uuid, it.key(), it->value);
        }
        for (const tp::TimelineEvent &event : good.audit->timeline)
            audits.addMoment(*uuid, event.event, event.elapsedMs);
        if (!db.commit())
            return false;
        const auto submitted = audits.submit(*uuid, *script, {});
        if (!submitted.ok()) {
            *error = submitted.error;
            return false;
        }
    }
    return organisation.setSetting(QStringLiteral("signed-in-user"), QStringLiteral("shopper1"))
        .ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    const std::string appBinary = TOUCHPOINT_APP_BINARY;
    const std::string bareBinary = TOUCHPOINT_BARE_WINDOW_BINARY;

    QTemporaryDir demoFolder;
    QTemporaryDir thousandFolder;
    const std::vector<std::string> appCommand{appBinary, "--demo", "--data-dir",
                                              demoFolder.path().toStdString(),
                                              "--quit-after-first-frame"};
    const std::vector<std::string> bareCommand{bareBinary};
    // The first start seeds the demo organisation; measure the starts after it.
    const Run first = runOnce(appCommand);
    if (!first.ok || !runOnce(bareCommand).ok) {
        std::fprintf(stderr, "bench_startup: the app or the bare window did not start\n");
        return 2;
    }

    std::vector<double> appMs, appReadyMs, bareMs;
    long appPeak = 0, barePeak = 0;
    for (int i = 0; i < runs; ++i) {
        const Run bare = runOnce(bareCommand);
        const Run app = runOnce(appCommand);
        if (!bare.ok || !app.ok)
            return 2;
        bareMs.push_back(bare.milliseconds);
        appMs.push_back(app.milliseconds);
        appReadyMs.push_back(app.readyMilliseconds);
        barePeak = std::max(barePeak, bare.peakKilobytes);
        appPeak = std::max(appPeak, app.peakKilobytes);
    }
    const double ratio = median(appMs) / median(bareMs);
    constexpr double kTargetRatio = 1.5;

    QString error;
    if (!makeThousandAudits(thousandFolder.path(), &error)) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
        return 2;
    }
    const Run thousand = runOnce({appBinary, "--demo", "--data-dir",
                                  thousandFolder.path().toStdString(), "--quit-after-first-frame"});
    if (!thousand.ok)
        return 2;

    std::printf("start-up to first frame, median of %d alternating runs (offscreen, software "
                "renderer):\n",
                runs);
    std::printf("  bare Qt Quick window   %7.1f ms   peak RSS %6.1f MiB\n", median(bareMs),
                barePeak / 1024.0);
    std::printf("  the app (tour --demo)  %7.1f ms   peak RSS %6.1f MiB   (first start, seeding: "
                "%.1f ms)\n",
                median(appMs), appPeak / 1024.0, first.milliseconds);
    std::printf("  touchpoint, first frame showing the sign-in screen: %.1f ms (%.2f x the bare "
                "window)\n",
                median(appReadyMs), median(appReadyMs) / median(bareMs));
    std::printf("  ratio of first frames %.2f (target <= %.1f): %s\n", ratio, kTargetRatio,
                ratio <= kTargetRatio ? "met" : "MISSED");
    std::printf("resident memory with 1,000 submitted audits on the phone: peak RSS %.1f MiB, "
                "first frame %.1f ms, home screen %.1f ms\n",
                thousand.peakKilobytes / 1024.0, thousand.milliseconds, thousand.readyMilliseconds);
    return ratio <= kTargetRatio ? 0 : 1;
}
