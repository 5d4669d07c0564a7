#include "auth/LoginThrottle.h"

namespace plein::server {

QList<qint64> &LoginThrottle::recentFailures(const QString &email, qint64 nowMs)
{
    QList<qint64> &times = m_failures[email.toLower()];
    while (!times.isEmpty() && times.first() <= nowMs - kWindowMs) times.removeFirst();
    return times;
}

void LoginThrottle::forgetStale(qint64 nowMs)
{
    // Without this, guesses at many different emails would grow the table for ever.
    if (nowMs - m_lastSweep < kWindowMs) return;
    m_lastSweep = nowMs;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it->isEmpty() || it->last() <= nowMs - kWindowMs)
            it = m_failures.erase(it);
        else
            ++it;
    }
}

std::optional<int> LoginThrottle::retryAfter(const QString &email, qint64 nowMs)
{
    forgetStale(nowMs);
    const QList<qint64> &times = recentFailures(email, nowMs);
    if (times.size() <= kMaxFailures) return std::nullopt;
    // Unlocked once the count in the window is back to kMaxFailures.
    const qint64 unlockAt = times.at(times.size() - kMaxFailures - 1) + kWindowMs;
    return int(std::max<qint64>(1, (unlockAt - nowMs + 999) / 1000));
}

void LoginThrottle::recordFailure(const QString &email, qint64 nowMs)
{
    recentFailures(email, nowMs).append(nowMs);
}

void LoginThrottle::recordSuccess(const QString &email)
{
    m_failures.remove(email.toLower());
}

} // namespace plein::server
