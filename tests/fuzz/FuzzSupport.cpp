#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace tp::fuzz {

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void startQt(int *argc, char ***argv)
{
    // Never destroyed: at exit Qt's own globals go first, and a QCoreApplication outliving them
    // crashes in its destructor. The pointer keeps it reachable, so LeakSanitizer is quiet.
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    if (qEnvironmentVariableIntValue("TOUCHPOINT_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(quietMessages);
    // QCoreApplication keeps a reference to argc: give it one that outlives it.
    static int appArgc = 1;
    static char *appArgv[] = {argc && *argc > 0 ? (*argv)[0] : const_cast<char *>("fuzz"), nullptr};
    app = new QCoreApplication(appArgc, appArgv);
}

QString scratchDir()
{
    static const QString path = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        QTemporaryDir made(base + QStringLiteral("/touchpoint-fuzz-XXXXXX"));
        if (!made.isValid())
            fail("cannot make a scratch folder", made.errorString().toUtf8());
        made.setAutoRemove(false);
        // Removed at exit without Qt, whose globals may be gone by then.
        static std::string removeAtExit = made.path().toStdString();
        std::atexit([] { std::filesystem::remove_all(removeAtExit); });
        return made.path();
    }();
    return path;
}

QByteArray sourceFile(const char *relativePath)
{
    QFile file(QStringLiteral(TOUCHPOINT_SOURCE_DIR "/") + QLatin1String(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        fail("cannot read a source file", QByteArray(relativePath));
    return file.readAll();
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "FUZZ CHECK FAILED: %s\n%s\n", what, detail.left(4000).constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace tp::fuzz
