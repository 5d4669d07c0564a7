#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace plein::app {

RelativeTime::RelativeTime(QObject *parent) : QObject(parent), m_now(QDateTime::currentDateTimeUtc())
{
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        Q_EMIT nowChanged();
    });
    m_tick.start();
}

QString RelativeTime::format(const QDateTime &when, const QDateTime &now) const
{
    return formatAt(when, now.isValid() ? now : QDateTime::currentDateTimeUtc());
}

QString RelativeTime::formatAt(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid()) return {};
    const qint64 seconds = when.secsTo(now);
    // A clock a little ahead of the server's still reads as "now", not as the future.
    if (seconds < 60) return QCoreApplication::translate("RelativeTime", "now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60) return QCoreApplication::translate("RelativeTime", "%n min", nullptr, int(minutes));
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    const qint64 hours = minutes / 60;
    if (hours < 24 && day == today) return QCoreApplication::translate("RelativeTime", "%n h", nullptr, int(hours));
    if (day.daysTo(today) == 1) return QCoreApplication::translate("RelativeTime", "yesterday");
    const QLocale locale;
    if (day.year() == today.year()) return locale.toString(day, QStringLiteral("d MMM"));
    return locale.toString(day, QStringLiteral("d MMM yyyy"));
}

} // namespace plein::app
