#pragma once

class QQuickWindow;

// For bench_startup: prints the monotonic time of the window's first frame, and of the first
// frame that shows a screen (the screens load asynchronously after the first frame), then quits.
void reportFramesAndQuit(QQuickWindow *window);
