#include "RuntimePermissions.h"

#include <QtGlobal>

#ifdef Q_OS_ANDROID
#include <QCoreApplication>
#include <QFuture>
#include <QString>
// Qt 6.4 has no public permission API (QPermission arrived in 6.5); this private header is what
// Qt's own Positioning and Multimedia modules use on 6.4. Needs Qt6::CorePrivate.
#include <QtCore/private/qandroidextras_p.h>
#endif

namespace tp::platform {

#ifdef Q_OS_ANDROID
namespace {

using QtAndroidPrivate::PermissionResult;

// Calls `granted` with whether the app holds `permission`, asking the user first if it does not.
void ensurePermission(const QString &permission, std::function<void(bool)> granted)
{
    // checkPermission answers synchronously: its future is already finished.
    if (QtAndroidPrivate::checkPermission(permission).result() == QtAndroidPrivate::Authorized) {
        granted(true);
        return;
    }
    // The answer arrives on the Android UI thread; the context object brings it back to ours.
    QObject *context = QCoreApplication::instance();
    QtAndroidPrivate::requestPermission(permission)
        .then(context,
              [granted](QFuture<PermissionResult> answer) {
                  granted(answer.resultCount() > 0 &&
                          answer.result() == QtAndroidPrivate::Authorized);
              })
        .onCanceled(context, [granted] { granted(false); });
}

} // namespace

void requestRuntimePermissions(std::function<void(bool, bool)> done)
{
    if (!done)
        return;
    // One dialog at a time: Android shows them in sequence anyway.
    const auto askCamera = [done](bool location) {
        ensurePermission(QStringLiteral("android.permission.CAMERA"),
                         [done, location](bool camera) { done(location, camera); });
    };
    ensurePermission(QStringLiteral("android.permission.ACCESS_FINE_LOCATION"), askCamera);
}

#else

void requestRuntimePermissions(std::function<void(bool, bool)> done)
{
    if (done)
        done(true, true);
}

#endif

} // namespace tp::platform
