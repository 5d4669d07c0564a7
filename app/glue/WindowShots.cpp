#include "WindowShots.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QThread>

Q_LOGGING_CATEGORY(lcShots, "plein.shots")

namespace plein::app {

void settle(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
}

bool saveWindowShot(QQuickWindow *window, QSize size, const QString &path)
{
    if (window->size() != size) {
        window->resize(size);
        // Layout by width switches whole layouts (phone, tablet, desktop); give it time.
        settle(400);
    }
    settle(100);
    // Offscreen there is no render loop: items are polished only inside a grab. Text re-wraps
    // in one polish pass and the list places the taller cards in the next, so the first grab
    // can show the list one pass behind. Grab once to settle, keep the second.
    window->grabWindow();
    settle(50);
    const QImage image = window->grabWindow();
    if (image.isNull()) {
        qCWarning(lcShots) << "grab failed for" << path;
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image.save(path)) {
        qCWarning(lcShots) << "could not write" << path;
        return false;
    }
    return true;
}

} // namespace plein::app
