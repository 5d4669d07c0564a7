#pragma once
// The headless screenshot mode of `plein --screenshots DIR`: signs in with the pre-filled
// details, waits for the feed, and writes each main screen at phone and desktop size.
#include <QString>

class QQuickWindow;

namespace plein::app {

class Session;

// Returns the process exit code: 0 when every PNG was written.
int runScreenshots(QQuickWindow *window, Session *session, const QString &dir);

} // namespace plein::app
