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
