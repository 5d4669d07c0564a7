#pragma once
// Limits password guessing per account: more than kMaxFailures failed sign-ins for one email
// within kWindowMs locks that email until enough failures have aged out of the window.
// Unknown emails are counted the same way, so the answers never reveal which accounts exist.
// In memory only: a restart forgets the counts, which is acceptable for a rate limit.
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace plein::server {

class LoginThrottle {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kWindowMs = 60 * 1000;

    // Seconds until the email may try again, or nullopt when it may try now.
    std::optional<int> retryAfter(const QString &email, qint64 nowMs);
    void recordFailure(const QString &email, qint64 nowMs);
    void recordSuccess(const QString &email);

private:
    QList<qint64> &recentFailures(const QString &email, qint64 nowMs);
    void forgetStale(qint64 nowMs);
    QHash<QString, QList<qint64>> m_failures; // key: lower-cased email
    qint64 m_lastSweep = 0;
};

} // namespace plein::server
