#include "BackupExclusion.h"

#ifdef Q_OS_IOS
#include <QFile>

#include <CoreFoundation/CoreFoundation.h>
#endif

namespace tp::platform {

bool excludeFromBackup(const QString &folder, QString *error)
{
#ifdef Q_OS_IOS
    const QByteArray path = QFile::encodeName(folder);
    CFURLRef url = CFURLCreateFromFileSystemRepresentation(
        kCFAllocatorDefault, reinterpret_cast<const UInt8 *>(path.constData()), path.size(), true);
    if (!url) {
        *error = QStringLiteral("no URL for %1").arg(folder);
        return false;
    }
    CFErrorRef failure = nullptr;
    const bool excluded = CFURLSetResourcePropertyForKey(url, kCFURLIsExcludedFromBackupKey,
                                                         kCFBooleanTrue, &failure);
    CFRelease(url);
    if (!excluded) {
        *error = QStringLiteral("cannot exclude %1 from backups").arg(folder);
        if (failure)
            CFRelease(failure);
        return false;
    }
    return true;
#else
    Q_UNUSED(folder);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace tp::platform
