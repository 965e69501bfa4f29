#pragma once

#include <functional>

namespace tp::platform {

// Asks for the runtime permissions Touchpoint needs (precise location for check-in, the camera
// for evidence photos) once at start-up, so that no system dialog appears in the middle of a
// timed visit. Call it after the QGuiApplication exists. `done` runs exactly once, on the
// application's thread.
//
// Android: asks for ACCESS_FINE_LOCATION, then CAMERA, asynchronously, and reports what the user
// granted. Elsewhere `done(true, true)` runs before this returns: desktop needs no grant, and iOS
// asks by itself the first time the position source or the camera is used, showing the texts
// from platform/ios/Info.plist; a refusal there shows up as an access error from that source.
void requestRuntimePermissions(std::function<void(bool locationGranted, bool cameraGranted)> done);

} // namespace tp::platform
