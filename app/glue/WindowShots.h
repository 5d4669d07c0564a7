#pragma once
// Renders the app's window at a given size into a PNG, for the screenshot mode and the UI
// tests.
#include <QSize>
#include <QString>

class QQuickWindow;

namespace plein::app {

inline constexpr QSize kPhoneSize{390, 844};
inline constexpr QSize kDesktopSize{1440, 900};
inline constexpr QSize kTabletSize{800, 1000};

// Resizes, lets bindings, layouts and images settle, then grabs. False if nothing was written.
bool saveWindowShot(QQuickWindow *window, QSize size, const QString &path);
// Spins the event loop for about `ms` so the scene can settle (animations, async images).
void settle(int ms);

} // namespace plein::app
